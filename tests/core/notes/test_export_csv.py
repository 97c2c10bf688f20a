"""The notes CSV format (regionatlas/notes/export_csv.py) without a database."""

from __future__ import annotations

import csv
import io

import pytest
from RegionAtlas.regionatlas.notes import EXPORT_COLUMNS, StoreError
from RegionAtlas.regionatlas.notes.export_csv import (
    CSV_COLUMNS,
    crlf_records,
    csv_line,
    write_rows,
)

ROWS = [
    ["a", 'b, "c"', "rad 1\nrad 2", None, ""],
    ["", "cr\rmitt", "slut\n", '"', "åäö"],
    ["x\r\n", "y", "", "", "z"],
]


def python_csv(rows) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue().encode("utf-8")


def postgres_like_csv(rows) -> list[bytes]:
    """One chunk per record as PostgreSQL's COPY (FORMAT csv) sends them (documentation of
    COPY, "CSV Format"): a value with a comma, quote, CR or LF quoted, quotes doubled, NULL
    as nothing, records ending in LF."""

    def value(v):
        if v is None:
            return ""
        if any(c in v for c in ',"\r\n'):
            return '"' + v.replace('"', '""') + '"'
        return v

    return [(",".join(value(v) for v in row) + "\n").encode("utf-8") for row in rows]


def test_crlf_records_changes_only_the_record_ends():
    chunks = postgres_like_csv(ROWS)
    assert b"".join(crlf_records(chunks)) == python_csv(ROWS)
    assert len(list(crlf_records(chunks))) == len(ROWS)


@pytest.mark.parametrize("size", [1, 2, 3, 5, 7, 1000])
def test_crlf_records_whatever_the_chunk_boundaries(size):
    data = b"".join(postgres_like_csv(ROWS))
    chunks = [data[k : k + size] for k in range(0, len(data), size)]
    records = list(crlf_records(chunks))
    assert b"".join(records) == python_csv(ROWS) and len(records) == len(ROWS)


def test_crlf_records_refuses_a_stream_cut_inside_a_record():
    data = b"".join(postgres_like_csv(ROWS))
    with pytest.raises(StoreError, match="incomplete"):
        list(crlf_records([data[:-3]]))


def test_write_rows_is_csv_writer_output():
    rows = [dict(zip(EXPORT_COLUMNS, [f"v{i}" for i in range(len(EXPORT_COLUMNS))]))]
    rows.append({**rows[0], "text": 'rad 1\nrad 2, "x"', "label": None, "author": ""})
    out = io.BytesIO()
    assert write_rows(out, iter(rows)) == 2
    expected = python_csv([CSV_COLUMNS, *([r[c] for c in CSV_COLUMNS] for r in rows)])
    assert out.getvalue() == expected
    assert "geometry_wkb" not in CSV_COLUMNS and csv_line(["a,b"]) == b'"a,b"\r\n'
