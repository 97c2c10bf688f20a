"""The notes export as CSV: one format, written by Python or, on PostGIS, by the server.

Why one place: :meth:`~.repository.NotesRepository.export_csv` writes it generically from
:meth:`~.repository.NotesRepository.export_rows`, and the PostGIS store lets PostgreSQL write
the same bytes (``COPY ... TO STDOUT WITH (FORMAT csv)``, no value passing through Python);
both must give byte for byte the CSV the exportnotes algorithm has always written.

The format is what Python's :func:`csv.writer` writes with its default ``excel`` dialect
(Python documentation, "csv - CSV File Reading and Writing"; RFC 4180): comma-separated, a
value is quoted only when it holds a comma, a quote, CR or LF, a quote inside is doubled,
records end with CRLF, NULL and the empty string are both written as nothing, UTF-8.
PostgreSQL's CSV format (documentation of COPY, "CSV Format") quotes by the same rule but
ends records with LF and writes an empty string as ``""``; the PostGIS store turns empty
strings into NULL in its query and the record ends into CRLF (:func:`crlf_records`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from operator import itemgetter
from typing import Any, BinaryIO

from .errors import StoreError
from .model import EXPORT_COLUMNS

#: Columns of the CSV: the export columns without the geometry (a WKB is no CSV value;
#: the exportnotes algorithm adds its own geometry columns when asked).
CSV_COLUMNS: tuple[str, ...] = tuple(c for c in EXPORT_COLUMNS if c != "geometry_wkb")

#: Records gathered before one write to the file (about 1 kB each).
WRITE_BATCH = 2000

ENCODING = "utf-8"


def csv_line(values: Sequence[Any]) -> bytes:
    """One CSV record (CRLF included) as :func:`csv.writer` writes it, encoded."""
    buffer = io.StringIO()
    csv.writer(buffer).writerow(values)
    return buffer.getvalue().encode(ENCODING)


def write_rows(fh: BinaryIO, rows: Iterable[dict[str, Any]]) -> int:
    """The header and one record per export row (values of :data:`CSV_COLUMNS`) to the
    binary file *fh*; returns the number of rows."""
    fh.write(csv_line(CSV_COLUMNS))
    values = itemgetter(*CSV_COLUMNS)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    count = 0
    for row in rows:
        writer.writerow(values(row))
        count += 1
        if count % WRITE_BATCH == 0:
            fh.write(buffer.getvalue().encode(ENCODING))
            buffer.seek(0)
            buffer.truncate()
    fh.write(buffer.getvalue().encode(ENCODING))
    return count


def crlf_records(chunks: Iterable[Any]) -> Iterator[bytes]:
    """Records of PostgreSQL's CSV output (``COPY ... TO STDOUT WITH (FORMAT csv)``) with
    CRLF instead of LF at their ends; LF and CR inside quoted values stay as they are.

    The server sends each row in one CopyData message (PostgreSQL protocol, "COPY
    Operations"), so a chunk is normally one record: ending with its only LF and holding an
    even number of quote characters (quotes inside values are doubled). Anything else is
    split at the LFs that end a record: those after an even number of quotes.
    """
    pending = b""
    for chunk in chunks:
        data = pending + bytes(chunk)
        if data.count(b"\n") == 1 and data.endswith(b"\n") and not data.count(b'"') % 2:
            pending = b""
            yield data[:-1] + b"\r\n"
            continue
        start = scanned = quotes = 0
        end = data.find(b"\n")
        while end >= 0:
            quotes += data.count(b'"', scanned, end)
            scanned = end + 1
            if not quotes % 2:
                yield data[start:end] + b"\r\n"
                start, quotes = end + 1, 0
            end = data.find(b"\n", end + 1)
        pending = data[start:]
    if pending:
        raise StoreError(
            "The server's CSV output ended inside a record; the CSV file is incomplete."
        )
