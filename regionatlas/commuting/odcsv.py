"""Read the columns of an OD table from a CSV file: every field as text, fast.

A country-scale OD table has tens of millions of rows. Apache Arrow's multi-threaded CSV
reader (``pyarrow.csv``) reads the needed columns as text in a few seconds and hands them to
:class:`~regionatlas.commuting.odtable.ODTable` without a Python object per row; without
pyarrow, pandas' C reader does the same job more slowly. Either way the values are exactly
the text of the file (no type guessing: "0114" keeps its zero, an empty cell stays empty) and
rows are numbered 1, 2, ... after the header, as the messages of the core name them.

Conventions, as QGIS's OGR CSV reader applies them: the separator is the first of ';', tab
and ',' found in the header line; field names are trimmed and unquoted. The encoding is
detected (:func:`regionatlas.textencoding.detect_encoding`): UTF-8 (with or without a byte
order mark), else Windows-1252, else the file is refused.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError
from ..textencoding import UTF8, TextEncoding, detect_encoding

#: Separators tried in the header line, in this order (as OGR's CSV driver does).
SEPARATORS = (";", "\t", ",")


class NotPlainCsv(Exception):
    """The file cannot be read as a plain table by the fast readers (e.g. rows with more
    fields than the header); the caller may read it some other way (OGR)."""


def _header(path: Path, encoding: str) -> tuple[str, list[str]]:
    with path.open("r", encoding=encoding, newline="") as fh:
        line = fh.readline()
    sep = next((c for c in SEPARATORS if c in line), ",")
    raw = next(csv.reader(io.StringIO(line), delimiter=sep), [])
    return sep, raw


def _clean(name: str) -> str:
    return name.strip().strip('"')


def read_columns(
    path: str | Path,
    names: Sequence[str],
    *,
    encoding: TextEncoding | None = None,
    use_arrow: bool = True,
) -> tuple[list, TextEncoding]:
    """The columns ``names`` of the CSV file ``path`` as text, and the encoding used.

    Columns are Arrow arrays when pyarrow is installed (and ``use_arrow``), else numpy object
    arrays. Raises :class:`InputError` for a file that is not text (naming the byte) or has
    no such field (naming the fields it has), :class:`NotPlainCsv` when the fast readers
    cannot parse it.
    """
    path = Path(path)
    encoding = encoding or detect_encoding(path)
    sep, raw = _header(path, encoding.encoding)
    cleaned = [_clean(c) for c in raw]
    missing = [n for n in names if n not in cleaned]
    if missing:
        raise InputError(
            "The CSV file {path} has no field '{field}'. Its fields are: {fields}.",
            path=str(path),
            field=missing[0],
            fields=", ".join(cleaned),
        )
    wanted = [raw[cleaned.index(n)] for n in names]
    if use_arrow:
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            use_arrow = False
    reader = _read_arrow if use_arrow else _read_pandas
    columns = reader(path, sep, raw, wanted, encoding.encoding)
    return columns, encoding


def _read_arrow(path: Path, sep: str, raw: list[str], wanted: list[str], encoding: str) -> list:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    # Arrow's reader skips a UTF-8 byte order mark itself; other encodings are transcoded.
    arrow_encoding = "utf8" if encoding == UTF8 else encoding
    try:
        table = pacsv.read_csv(
            path,
            read_options=pacsv.ReadOptions(column_names=raw, skip_rows=1, encoding=arrow_encoding),
            parse_options=pacsv.ParseOptions(delimiter=sep),
            convert_options=pacsv.ConvertOptions(
                column_types={c: pa.string() for c in wanted},
                include_columns=list(dict.fromkeys(wanted)),
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        raise NotPlainCsv(str(exc)) from None
    return [table.column(c) for c in wanted]


def _read_pandas(path: Path, sep: str, raw: list[str], wanted: list[str], encoding: str) -> list:
    try:
        frame = pd.read_csv(
            path,
            sep=sep,
            dtype=str,
            keep_default_na=False,
            encoding=encoding,
            header=0,
            usecols=list(dict.fromkeys(wanted)),
        )
    except (ValueError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise NotPlainCsv(str(exc)) from None
    return [frame[c].to_numpy(dtype=object) for c in wanted]


def take_rows(column, keep: np.ndarray):
    """The rows of ``column`` (Arrow or numpy) where the boolean mask ``keep`` is true."""
    if type(column).__module__.startswith("pyarrow"):
        import pyarrow as pa

        return column.filter(pa.array(keep))
    return np.asarray(column, dtype=object)[keep]


def rows_of_year(
    columns: list, year_field: str, year: str, row_numbers: np.ndarray
) -> tuple[list, np.ndarray]:
    """The origin, destination and count columns (and their row numbers) of the rows of one
    year; ``columns[3]`` is the year column. Without ``year`` the table must hold one year.

    Years are compared as ids (text, normalised), so "2023" and 2023 are the same year.
    """
    from .odtable import encode_ids

    (codes,), years = encode_ids([columns[3]], [year_field], row_numbers, allow_missing=True)
    years_seen = sorted({y for y in years.tolist() if y is not None})
    if not year:
        if len(years_seen) > 1:
            raise InputError(
                "The table holds several years ({years}): choose one in 'Year to use'.",
                years=", ".join(years_seen),
            )
        return list(columns[:3]), row_numbers
    keep = np.isin(codes, np.flatnonzero(years == year))
    if not keep.any():
        raise InputError(
            "No row has year {year} in field '{field}'. Years present: {years}.",
            year=year,
            field=year_field,
            years=", ".join(years_seen),
        )
    return [take_rows(col, keep) for col in columns[:3]], row_numbers[keep]
