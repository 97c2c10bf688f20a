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

from ..errors import InputError
from ..ids import example_list, id_sort_key, normalise_id

#: How many example rows/ids a message lists before it says how many more there are.
MAX_EXAMPLES = 5


def _examples(values: Sequence[object]) -> str:
    return example_list(values, MAX_EXAMPLES, quoted=True)


def parse_counts(values: Sequence[object], field_name: str, row_numbers: np.ndarray) -> np.ndarray:
    """Parse counts that may arrive as numbers or as text (a CSV opened by OGR).

    Accepts "1234", "1234.0", "1 234" (space as thousands separator) and "12,5" (decimal
    comma, when there is no dot). Anything else names the first bad row.
    """
    series = pd.Series(list(values), dtype=object)
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
    arr = numeric.to_numpy(dtype=float)
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


def parse_ids(values: Sequence[object], field_name: str, row_numbers: np.ndarray) -> np.ndarray:
    """Normalise ids to text; a missing id names its row.

    Each distinct value is normalised once (``pd.factorize``), so 2 million rows with 100 000
    distinct ids cost 100 000 calls of :func:`normalise_id`, not 2 million.
    """
    codes, uniques = pd.factorize(pd.Series(list(values), dtype=object), use_na_sentinel=False)
    normalised = np.array([normalise_id(v) for v in uniques], dtype=object)
    ids = normalised[codes] if len(codes) else np.array([], dtype=object)
    missing = pd.isna(ids) if len(ids) else np.zeros(0, dtype=bool)
    if missing.any():
        pos = int(np.flatnonzero(missing)[0])
        raise InputError(
            "Row {row}: the id in field '{field}' is empty ({count} row(s) without an id in all).",
            row=row_numbers[pos],
            field=field_name,
            count=int(missing.sum()),
        )
    return ids


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

        ``row_numbers`` are what messages call the rows (default 1, 2, ...). ``extra_units``
        adds units with no flows (e.g. zones without commuting) so they are reported too.
        """
        n_rows = len(origins)
        if not (n_rows == len(destinations) == len(counts)):
            raise InputError("The origin, destination and count columns differ in length.")
        rows = np.arange(1, n_rows + 1) if row_numbers is None else np.asarray(row_numbers)
        if n_rows == 0:
            raise InputError("The OD table is empty: it has no rows.")
        o = parse_ids(origins, origin_field, rows)
        d = parse_ids(destinations, destination_field, rows)
        c = parse_counts(counts, count_field, rows)
        return cls.from_arrays(o, d, c, extra_units=extra_units)

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
        messages: list[str] = []
        counts = np.asarray(counts, dtype=float)
        nonzero = counts > 0
        n_zero = int((~nonzero).sum())
        if n_zero:
            messages.append(f"{n_zero} row(s) with a zero count were ignored.")
        if not nonzero.any():
            raise InputError("The OD table has no row with a count above zero.")
        o = np.asarray(origins, dtype=object)[nonzero]
        d = np.asarray(destinations, dtype=object)[nonzero]
        c = counts[nonzero]
        units = np.array(
            sorted(set(o.tolist()) | set(d.tolist()) | set(extra_units), key=id_sort_key),
            dtype=object,
        )
        index = pd.Index(units)
        oi = index.get_indexer(o)
        di = index.get_indexer(d)
        n = len(units)
        # Count duplicates before summing so that the log can say what happened.
        key = oi.astype(np.int64) * n + di
        uniq, first, occurrences = np.unique(key, return_index=True, return_counts=True)
        dup = occurrences > 1
        if dup.any():
            examples = [f"{o[first[k]]}->{d[first[k]]}" for k in np.flatnonzero(dup)]
            messages.append(
                f"{int(dup.sum())} origin-destination pair(s) occurred on several rows and were "
                f"summed ({int(occurrences[dup].sum() - dup.sum())} extra row(s)): "
                f"{_examples(examples)}."
            )
        matrix = sp.csr_array((c, (oi, di)), shape=(n, n))
        matrix.sum_duplicates()
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
            frame[origin].tolist(),
            frame[destination].tolist(),
            frame[count].tolist(),
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
        """(rows, cols, values) of all non-zero flows."""
        m = self.matrix.tocoo()
        return m.row.astype(np.int64), m.col.astype(np.int64), m.data

    def to_frame(self) -> pd.DataFrame:
        """Long format: origin, destination, count."""
        r, c, v = self.coo()
        return pd.DataFrame({"origin": self.units[r], "destination": self.units[c], "count": v})

    def restricted_to(self, keep: np.ndarray) -> ODTable:
        """The sub-table on a boolean mask of units (flows to dropped units vanish)."""
        keep = np.asarray(keep, dtype=bool)
        idx = np.flatnonzero(keep)
        sub = self.matrix[idx][:, idx]
        return ODTable(
            units=self.units[idx], matrix=sp.csr_array(sub), messages=list(self.messages)
        )


def largest_destination(table: ODTable) -> tuple[np.ndarray, np.ndarray]:
    """For each unit i: ``argmax_{j != i} F[i, j]`` and that flow.

    Ties go to the smallest id (units are in id order). Units with no flow to another unit get
    index -1 and flow 0. Vectorised: one lexsort over the off-diagonal non-zeros.
    """
    rows, cols, vals = table.coo()
    off = rows != cols
    rows, cols, vals = rows[off], cols[off], vals[off]
    best = np.full(table.n, -1, dtype=np.int64)
    best_flow = np.zeros(table.n)
    if len(rows):
        order = np.lexsort((cols, -vals, rows))
        rows_sorted = rows[order]
        first = np.ones(len(order), dtype=bool)
        first[1:] = rows_sorted[1:] != rows_sorted[:-1]
        pick = order[first]
        best[rows[pick]] = cols[pick]
        best_flow[rows[pick]] = vals[pick]
    return best, best_flow
