"""Origin-destination (OD) commuting tables as a sparse matrix.

Every commuting method in RegionAtlas starts from ``F[i, j]``: persons living in unit i and
working in unit j (spec commuting-regions.md, "Notation"). The input rules of that spec are
enforced here, once, for all methods:

- duplicate (i, j) rows are summed (and reported);
- rows with a missing id or a count that is not a finite number are rejected with a message
  that names the row and the field;
- negative counts are an error; zero rows are ignored;
- ids are strings (leading zeros kept), ordered by :func:`regionatlas.ids.id_sort_key`.

The matrix is a ``scipy.sparse.csr_array`` so that memory and time grow with the number of
flows, not with the square of the number of units.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import scipy.sparse as sp

from ..compiled import numba_available
from ..errors import InputError
from ..ids import example_list, id_order, normalise_id

#: How many example rows/ids a message lists before it says how many more there are.
MAX_EXAMPLES = 5


def _examples(values: Sequence[object]) -> str:
    return example_list(values, MAX_EXAMPLES, quoted=True)


def _is_arrow(values: object) -> bool:
    return type(values).__module__.startswith("pyarrow")


def _arrow_counts(values) -> np.ndarray | None:
    """Counts of an Arrow column as floats, or None when some value needs the full parser.

    Text is trimmed and cast by Arrow's number parser; anything it refuses ("1 234", "12,5",
    an empty cell) goes to :func:`parse_counts`' pandas path, which accepts or names it.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    if values.null_count:
        return None
    is_text = pa.types.is_string(values.type) or pa.types.is_large_string(values.type)
    if not (is_text or pa.types.is_integer(values.type) or pa.types.is_floating(values.type)):
        return None
    try:
        out = pc.cast(values, pa.float64())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        if not is_text:
            return None
        try:  # " 12" and "12 " are numbers too
            out = pc.cast(pc.utf8_trim_whitespace(values), pa.float64())
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            return None
    if isinstance(out, pa.ChunkedArray):
        out = out.combine_chunks()
    return out.to_numpy(zero_copy_only=False)


def parse_counts(values: Sequence[object], field_name: str, row_numbers: np.ndarray) -> np.ndarray:
    """Parse counts that may arrive as numbers or as text (a CSV opened by OGR).

    Accepts "1234", "1234.0", "1 234" (space as thousands separator) and "12,5" (decimal
    comma, when there is no dot). Anything else names the first bad row. Numeric arrays and
    Arrow columns (the CSV reader's) are converted without a Python object per row.
    """
    arr = None
    if _is_arrow(values):
        arr = _arrow_counts(values)
        if arr is None:
            values = values.to_numpy(zero_copy_only=False)
    elif isinstance(values, np.ndarray) and values.dtype.kind in "iuf":
        arr = values.astype(float, copy=False)
    if arr is None:
        arr = _parse_count_objects(values, field_name, row_numbers)
    nonfinite = ~np.isfinite(arr)
    if nonfinite.any():
        pos = int(np.flatnonzero(nonfinite)[0])
        raise InputError(
            "Row {row}: count {value} in field '{field}' is not a finite "
            "number ({count} such row(s) in all).",
            row=row_numbers[pos],
            value=arr[pos],
            field=field_name,
            count=int(nonfinite.sum()),
        )
    negative = arr < 0
    if negative.any():
        pos = int(np.flatnonzero(negative)[0])
        raise InputError(
            "Row {row}: count {value:g} in field '{field}' is negative; "
            "commuter counts must be >= 0 ({count} negative row(s) in all).",
            row=row_numbers[pos],
            value=arr[pos],
            field=field_name,
            count=int(negative.sum()),
        )
    return arr


def _parse_count_objects(
    values: Sequence[object], field_name: str, row_numbers: np.ndarray
) -> np.ndarray:
    """The general parser: numbers, numeric text, thousands spaces, decimal commas."""
    series = pd.Series(list(values) if not isinstance(values, np.ndarray) else values, dtype=object)
    numeric = pd.to_numeric(series, errors="coerce")
    bad = numeric.isna() & series.notna()
    if bad.any():
        text = series[bad].astype(str).str.replace(r"[\s\u00a0]", "", regex=True)
        comma_decimal = text.str.count(",").eq(1) & ~text.str.contains(".", regex=False)
        text = text.where(~comma_decimal, text.str.replace(",", ".", regex=False))
        numeric.loc[bad] = pd.to_numeric(text, errors="coerce")
    still_bad = numeric.isna()
    if still_bad.any():
        pos = int(np.flatnonzero(still_bad.to_numpy())[0])
        raw = series.iloc[pos]
        if raw is None or str(raw).strip() == "":
            raise InputError(
                "Row {row}: is empty in field '{field}' ({count} such row(s) in all).",
                row=row_numbers[pos],
                field=field_name,
                count=int(still_bad.sum()),
            )
        raise InputError(
            "Row {row}: {value!r} is not a number in field '{field}' ({count} such row(s) in all).",
            row=row_numbers[pos],
            value=str(raw),
            field=field_name,
            count=int(still_bad.sum()),
        )
    return numeric.to_numpy(dtype=float)


def factorize(values: Sequence[object]) -> tuple[np.ndarray, np.ndarray]:
    """``(codes, uniques)`` with ``uniques[codes] == values``: each distinct value once.

    Arrow columns (from the CSV reader) are dictionary-encoded by Arrow, everything else by
    ``pd.factorize``; missing values are kept as a unique of their own (None), never dropped.
    """
    if _is_arrow(values):
        import pyarrow as pa

        if isinstance(values, pa.ChunkedArray):
            values = values.combine_chunks()
        encoded = values.dictionary_encode()
        uniques = encoded.dictionary.to_numpy(zero_copy_only=False).astype(object)
        indices = encoded.indices
        if indices.null_count:
            indices = indices.fill_null(len(uniques))
            uniques = np.append(uniques, None)
        return indices.to_numpy(zero_copy_only=False), uniques
    if not isinstance(values, (np.ndarray, pd.Series)):
        values = np.asarray(list(values) if not isinstance(values, list) else values, dtype=object)
    if isinstance(values, np.ndarray) and values.dtype.kind == "U":
        values = values.astype(object)
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    return codes, np.asarray(uniques, dtype=object)


def _normalise_all(values: np.ndarray) -> list[str | None]:
    """:func:`normalise_id` of each value; plain text takes a shortcut with the same result."""
    out: list[str | None] = []
    append = out.append
    for v in values.tolist():
        if type(v) is str:
            t = v.strip()
            append(None if t == "" or (len(t) == 4 and t.upper() == "NULL") else t)
        else:
            append(normalise_id(v))
    return out


#: Digit-only ids up to this many digits are encoded as 64-bit keys (see _encode_digit_ids).
DIGIT_KEY_MAX_LENGTH = 17


def _encode_digit_ids(columns: Sequence[object]) -> tuple[list[np.ndarray], np.ndarray] | None:
    """:func:`encode_ids` for Arrow columns whose ids are all ASCII digits, or None; the ids
    come out in method order.

    Country-scale tables are often keyed by digit codes (kommunkod, SCB's 1 km grid ids).
    Each id becomes one integer, ``number * 32 + (31 - length)`` (``+ length`` for the
    all-zero ids): equal ids give equal keys, "0114" and "114" differ, and ascending keys are
    :func:`regionatlas.ids.id_sort_key`'s order, which is (number, text): more leading zeros
    first ("0114" < "114"), except among the all-zero ids, where the shorter text comes first
    ("0" < "00"). Hashing integers instead of text halves
    the cost at 20 million rows, and the distinct ids come out sorted, so the matrix needs no
    separate id sort. Digit ids need no normalising (no blanks, never "NULL"). Returns None
    (the general path runs) when a column has a missing value, an id that is not all ASCII
    digits (or is empty), or one longer than :data:`DIGIT_KEY_MAX_LENGTH` digits.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    arrays = []
    for col in columns:
        if not _is_arrow(col):
            return None
        if isinstance(col, pa.ChunkedArray):
            col = col.combine_chunks()
        if not (pa.types.is_string(col.type) or pa.types.is_large_string(col.type)):
            return None
        if col.null_count or len(col) == 0:
            return None
        if not pc.all(pc.ascii_is_decimal(col)).as_py():
            return None
        if pc.max(pc.binary_length(col)).as_py() > DIGIT_KEY_MAX_LENGTH:
            return None
        arrays.append(col)
    coded = []
    for col in arrays:
        number = pc.cast(col, pa.int64()).to_numpy()
        length = pc.binary_length(col).to_numpy()
        key = number * 32  # in place from here: 20 million rows make every temporary count
        key += 31
        key -= length
        zero = np.flatnonzero(number == 0)
        if len(zero):
            key[zero] = length[zero]
        coded.append(pd.factorize(key))
    keys = np.unique(np.concatenate([uniques for _, uniques in coded]))
    code_type = np.int32 if len(keys) < np.iinfo(np.int32).max else np.int64
    out = [np.searchsorted(keys, uniques).astype(code_type)[codes] for codes, uniques in coded]
    number = keys >> 5
    length = np.where(number == 0, keys & 31, 31 - (keys & 31))
    ids = np.empty(len(keys), dtype=object)
    for width in np.unique(length).tolist():
        at = np.flatnonzero(length == width)
        text = pc.utf8_lpad(pc.cast(pa.array(number[at]), pa.string()), width=width, padding="0")
        ids[at] = text.to_numpy(zero_copy_only=False)
    return out, ids


def encode_ids(
    columns: Sequence[Sequence[object]],
    field_names: Sequence[str],
    row_numbers: np.ndarray,
    normalise: bool = True,
    allow_missing: bool = False,
) -> tuple[list[np.ndarray], np.ndarray]:
    """Factorise id columns once into codes over one shared array of distinct ids.

    Returns one code array per column (``ids[codes[k]]`` is row k's id) and ``ids``. Each
    distinct raw value is normalised once (:func:`normalise_id`), so 20 million rows with a
    million distinct ids cost a million normalisations, not 20 million; a missing id names
    its row and field (or, with ``allow_missing``, gets code -1).
    """
    coded = [factorize(col) for col in columns]
    union_codes, union = factorize(np.concatenate([u for _, u in coded]))
    if normalise:
        normalised = _normalise_all(union)
        if None in normalised or normalised != union.tolist():
            norm_codes, ids = pd.factorize(pd.Series(normalised, dtype=object))
            union_codes = norm_codes[union_codes]
            ids = np.asarray(ids, dtype=object)
        else:
            ids = union
    else:
        ids = union
    code_type = np.int32 if len(ids) < np.iinfo(np.int32).max else np.int64
    union_codes = union_codes.astype(code_type, copy=False)
    out: list[np.ndarray] = []
    offset = 0
    for (codes, uniques), name in zip(coded, field_names):
        mapping = union_codes[offset : offset + len(uniques)]
        offset += len(uniques)
        row_codes = mapping[codes]
        if not allow_missing and (mapping < 0).any():
            missing = row_codes < 0
            if missing.any():
                pos = int(np.flatnonzero(missing)[0])
                raise InputError(
                    "Row {row}: the id in field '{field}' is empty "
                    "({count} row(s) without an id in all).",
                    row=row_numbers[pos],
                    field=name,
                    count=int(missing.sum()),
                )
        out.append(row_codes)
    return out, ids


def parse_ids(values: Sequence[object], field_name: str, row_numbers: np.ndarray) -> np.ndarray:
    """Normalise ids to text; a missing id names its row (one array of ids per row)."""
    (codes,), ids = encode_ids([values], [field_name], row_numbers)
    return ids[codes] if len(codes) else np.array([], dtype=object)


@dataclass(frozen=True, eq=False)
class ODTable:
    """A validated commuting OD matrix.

    ``units[k]`` is the id of row/column k; ``matrix[i, j]`` is ``F[i, j]``.
    ``messages`` keeps what validation did (summed duplicates, dropped zero rows) for the log.
    """

    units: np.ndarray
    matrix: sp.csr_array
    messages: list[str] = field(default_factory=list)

    # -- construction -----------------------------------------------------------------------
    @classmethod
    def from_records(
        cls,
        origins: Sequence[object],
        destinations: Sequence[object],
        counts: Sequence[object],
        *,
        origin_field: str = "origin",
        destination_field: str = "destination",
        count_field: str = "count",
        row_numbers: Sequence[int] | None = None,
        extra_units: Sequence[str] = (),
    ) -> ODTable:
        """Validate and build from three parallel columns.

        The columns may be lists, numpy arrays, pandas Series or Arrow arrays (what
        :mod:`.odcsv` reads). ``row_numbers`` are what messages call the rows (default 1,
        2, ...). ``extra_units`` adds units with no flows (e.g. zones without commuting) so
        they are reported too.
        """
        n_rows = len(origins)
        if not (n_rows == len(destinations) == len(counts)):
            raise InputError("The origin, destination and count columns differ in length.")
        rows = np.arange(1, n_rows + 1) if row_numbers is None else np.asarray(row_numbers)
        if n_rows == 0:
            raise InputError("The OD table is empty: it has no rows.")
        digits = _encode_digit_ids([origins, destinations])
        if digits is not None:
            (oc, dc), ids = digits
        else:
            names = [origin_field, destination_field]
            (oc, dc), ids = encode_ids([origins, destinations], names, rows)
        c = parse_counts(counts, count_field, rows)
        return cls._from_codes(oc, dc, ids, c, extra_units, ids_sorted=digits is not None)

    @classmethod
    def from_arrays(
        cls,
        origins: np.ndarray,
        destinations: np.ndarray,
        counts: np.ndarray,
        *,
        extra_units: Sequence[str] = (),
    ) -> ODTable:
        """Build from already validated id arrays (text) and finite, non-negative counts."""
        rows = np.arange(1, len(origins) + 1)
        (oc, dc), ids = encode_ids([origins, destinations], ["", ""], rows, normalise=False)
        return cls._from_codes(oc, dc, ids, np.asarray(counts, dtype=float), extra_units)

    @classmethod
    def _from_codes(
        cls,
        oc: np.ndarray,
        dc: np.ndarray,
        ids: np.ndarray,
        counts: np.ndarray,
        extra_units: Sequence[str],
        *,
        ids_sorted: bool = False,
    ) -> ODTable:
        """The sparse matrix from row codes into ``ids``: units in id order, duplicates summed.

        Cost: two gathers and one COO->CSR conversion over the rows, a sort over the distinct
        ids only (:func:`regionatlas.ids.id_order`), skipped when ``ids_sorted`` says ``ids``
        are in id order already and no extra unit is added.
        """
        messages: list[str] = []
        nonzero = counts > 0
        n_zero = int(len(counts) - np.count_nonzero(nonzero))
        if n_zero:
            messages.append(f"{n_zero} row(s) with a zero count were ignored.")
            if n_zero == len(counts):
                raise InputError("The OD table has no row with a count above zero.")
            oc, dc, counts = oc[nonzero], dc[nonzero], counts[nonzero]
        used = np.zeros(len(ids), dtype=bool)
        used[oc] = True
        used[dc] = True
        candidates = ids[used]
        extra: list[str] = []
        if len(extra_units):
            present = set(candidates.tolist())
            extra = [u for u in extra_units if u not in present]
        if extra:
            candidates = np.concatenate([candidates, np.array(sorted(set(extra)), dtype=object)])
        if ids_sorted and not extra:
            order = np.arange(len(candidates))
        else:
            order = id_order(candidates.tolist())
        units = candidates[order]
        n = len(units)
        # position of each used id among the units: the inverse of the sort permutation
        position = np.full(len(ids), -1, dtype=np.int64)
        used_pos = np.flatnonzero(used)
        in_units = order < len(used_pos)  # extra units (no flows) are not among the ids
        position[used_pos[order[in_units]]] = np.flatnonzero(in_units)
        index_dtype = np.int32 if n < np.iinfo(np.int32).max else np.int64
        oi = position.astype(index_dtype)[oc]
        di = position.astype(index_dtype)[dc]
        matrix = sp.csr_array((counts, (oi, di)), shape=(n, n))
        matrix.sum_duplicates()
        if matrix.nnz < len(counts):
            messages.append(_duplicate_message(units, oi, di, n))
        return cls(units=units, matrix=matrix, messages=messages)

    @classmethod
    def from_frame(
        cls,
        frame: pd.DataFrame,
        origin: str,
        destination: str,
        count: str,
    ) -> ODTable:
        """Validate a DataFrame; field names are checked and named in messages."""
        for name in (origin, destination, count):
            if name not in frame.columns:
                fields = ", ".join(map(str, frame.columns))
                raise InputError(
                    "The OD table has no field '{field}'. Fields: {fields}.",
                    field=name,
                    fields=fields,
                )
        return cls.from_records(
            frame[origin].to_numpy(dtype=object),
            frame[destination].to_numpy(dtype=object),
            frame[count].to_numpy(),
            origin_field=origin,
            destination_field=destination,
            count_field=count,
        )

    # -- views --------------------------------------------------------------------------------
    @property
    def n(self) -> int:
        return len(self.units)

    @property
    def nnz(self) -> int:
        return int(self.matrix.nnz)

    @property
    def residents(self) -> np.ndarray:
        """R[i]: employed residents (row sums)."""
        return np.asarray(self.matrix.sum(axis=1)).ravel()

    @property
    def jobs(self) -> np.ndarray:
        """W[j]: jobs (column sums)."""
        return np.asarray(self.matrix.sum(axis=0)).ravel()

    @property
    def self_flow(self) -> np.ndarray:
        """F[i, i]: live and work in the same unit."""
        return np.asarray(self.matrix.diagonal()).ravel()

    @property
    def total(self) -> float:
        return float(self.matrix.sum())

    def index_of(self, unit_ids: Sequence[str]) -> np.ndarray:
        """Positions of ids (-1 where absent)."""
        return pd.Index(self.units).get_indexer(list(unit_ids))

    def coo(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(rows, cols, values) of all stored flows, row by row (read from the CSR arrays)."""
        m = self.matrix
        rows = np.repeat(np.arange(m.shape[0], dtype=np.int64), np.diff(m.indptr))
        return rows, m.indices.astype(np.int64), m.data

    def to_frame(self) -> pd.DataFrame:
        """Long format: origin, destination, count."""
        r, c, v = self.coo()
        return pd.DataFrame({"origin": self.units[r], "destination": self.units[c], "count": v})

    def unknown_units(self, known) -> tuple[list[str], np.ndarray, float]:
        """Units not in ``known`` (e.g. the zones' ids): their ids, a boolean mask over
        :attr:`units`, and the persons in the flows from or to them (what dropping them loses).
        """
        missing = [u for u in self.units if u not in known]
        is_missing = np.isin(self.units, np.array(missing, dtype=object))
        r, c, v = self.coo()
        lost = float(v[is_missing[r] | is_missing[c]].sum()) if missing else 0.0
        return missing, is_missing, lost

    def restricted_to(self, keep: np.ndarray) -> ODTable:
        """The sub-table on a boolean mask of units (flows to dropped units vanish)."""
        keep = np.asarray(keep, dtype=bool)
        idx = np.flatnonzero(keep)
        sub = self.matrix[idx][:, idx]
        return ODTable(
            units=self.units[idx], matrix=sp.csr_array(sub), messages=list(self.messages)
        )


def _duplicate_message(units: np.ndarray, oi: np.ndarray, di: np.ndarray, n: int) -> str:
    """The log line for origin-destination pairs that occur on several rows (in id order)."""
    occurrences = sp.csr_array((np.ones(len(oi)), (oi, di)), shape=(n, n))
    occurrences.sum_duplicates()
    rows = np.repeat(np.arange(n), np.diff(occurrences.indptr))
    dup = np.flatnonzero(occurrences.data > 1)
    examples = [
        f"{units[rows[k]]}->{units[occurrences.indices[k]]}" for k in dup[: MAX_EXAMPLES + 1]
    ]
    extra_rows = int(occurrences.data[dup].sum() - len(dup))
    shown = example_list(examples[:MAX_EXAMPLES], MAX_EXAMPLES, quoted=True)
    if len(dup) > MAX_EXAMPLES:
        shown += f" … (+{len(dup) - MAX_EXAMPLES})"
    return (
        f"{len(dup)} origin-destination pair(s) occurred on several rows and were "
        f"summed ({extra_rows} extra row(s)): {shown}."
    )


#: From this many stored flows on, :func:`row_maximum` takes its compiled pass when numba is
#: installed (the same result; below it numpy is as fast and numba need not load). Speed only.
COMPILED_MIN_FLOWS = 1_000_000


def row_maximum(
    matrix: sp.csr_array, exclude_diagonal: bool = False
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per row: the column of the largest positive value (ties: the smallest column), that
    value, and how many columns reach it; -1, 0 and 0 for a row without one.

    One pass over the non-zeros: a per-row maximum (``np.maximum.reduceat``) and the first
    position reaching it (a canonical CSR row keeps its columns sorted). From
    :data:`COMPILED_MIN_FLOWS` stored flows on, with numba installed, the compiled pass of
    :mod:`.odtable_compiled` gives the same arrays without the numpy temporaries.
    """
    m = matrix
    if not m.has_canonical_format:
        m = m.copy()
        m.sum_duplicates()
    n_rows = m.shape[0]
    if m.nnz >= COMPILED_MIN_FLOWS and numba_available():
        from . import odtable_compiled

        best = np.full(n_rows, -1, dtype=np.int64)
        best_value = np.zeros(n_rows)
        ties = np.zeros(n_rows, dtype=np.int64)
        odtable_compiled.row_maximum(
            m.indptr, m.indices, np.asarray(m.data, dtype=float), exclude_diagonal, best,
            best_value, ties,
        )  # fmt: skip
        return best, best_value, ties
    counts = np.diff(m.indptr)
    rows = np.repeat(np.arange(n_rows, dtype=np.int64), counts)
    cols = m.indices
    vals = np.where(m.data > 0, m.data, -np.inf)
    if exclude_diagonal:
        vals[cols == rows] = -np.inf
    best = np.full(n_rows, -1, dtype=np.int64)
    best_value = np.zeros(n_rows)
    ties = np.zeros(n_rows, dtype=np.int64)
    nonempty = np.flatnonzero(counts)
    if len(nonempty) == 0:
        return best, best_value, ties
    row_max = np.full(n_rows, -np.inf)
    row_max[nonempty] = np.maximum.reduceat(vals, m.indptr[nonempty])
    at_max = np.flatnonzero((vals == row_max[rows]) & np.isfinite(vals))
    max_rows = rows[at_max]
    first = np.ones(len(at_max), dtype=bool)
    first[1:] = max_rows[1:] != max_rows[:-1]
    pick = at_max[first]
    best[rows[pick]] = cols[pick]
    best_value[rows[pick]] = m.data[pick]
    ties += np.bincount(max_rows, minlength=n_rows)
    return best, best_value, ties


def largest_destination_and_ties(table: ODTable) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each unit i: ``argmax_{j != i} F[i, j]``, that flow, and how many j reach it.

    Ties go to the smallest id (units are in id order). Units with no flow to another unit
    get index -1, flow 0 and 0 ties. See :func:`row_maximum`.
    """
    return row_maximum(table.matrix, exclude_diagonal=True)


def largest_destination(table: ODTable) -> tuple[np.ndarray, np.ndarray]:
    """For each unit i: ``argmax_{j != i} F[i, j]`` and that flow.

    Ties go to the smallest id (units are in id order). Units with no flow to another unit get
    index -1 and flow 0. See :func:`largest_destination_and_ties`.
    """
    best, best_flow, _ = largest_destination_and_ties(table)
    return best, best_flow
