"""Text files that are not UTF-8 (issue 10, section 3): decoded correctly or refused, through
the core's encoding detection and CSV reader. Real Swedish names in Windows-1252 and in
UTF-8 with a byte order mark."""

from __future__ import annotations

import pytest
from RegionAtlas.regionatlas import textencoding
from RegionAtlas.regionatlas.commuting.odcsv import read_columns
from RegionAtlas.regionatlas.commuting.odtable import ODTable
from RegionAtlas.regionatlas.errors import InputError
from RegionAtlas.regionatlas.textencoding import detect_encoding

ROWS = [("Gävle", "Gävle", "120"), ("Gävle", "Malmö", "7"), ("Örebro", "Gävle", "3")]
TEXT = "bostad;arbete;antal\r\n" + "".join(f"{o};{d};{n}\r\n" for o, d, n in ROWS)


@pytest.fixture(params=["cp1252", "utf-8-sig", "utf-8"])
def swedish_csv(request, tmp_path):
    path = tmp_path / f"pendling_{request.param}.csv"
    path.write_bytes(TEXT.encode(request.param))
    return path, request.param


@pytest.mark.parametrize("use_arrow", [True, False])
def test_swedish_names_read_right_in_every_encoding(swedish_csv, use_arrow):
    path, written = swedish_csv
    columns, encoding = read_columns(path, ["bostad", "arbete", "antal"], use_arrow=use_arrow)
    assert encoding.encoding == ("cp1252" if written == "cp1252" else "utf-8-sig")
    table = ODTable.from_records(*columns)
    assert sorted(table.units.tolist()) == ["Gävle", "Malmö", "Örebro"]
    assert not any("\ufffd" in u or "Ã" in u for u in table.units)
    i = {u: k for k, u in enumerate(table.units)}
    assert table.matrix[i["Gävle"], i["Malmö"]] == 7


def test_windows_1252_says_where_utf8_failed(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes("kod;namn\n2180;Gävle\n".encode("cp1252"))
    enc = detect_encoding(path)
    assert enc.label == "Windows-1252"
    assert enc.first_non_utf8 == len(b"kod;namn\n2180;G") and enc.line == 2


@pytest.mark.parametrize(
    "data, offset, line",
    [
        ("kod;namn\n2180;Gävle\n".encode("utf-16"), 0, 1),  # UTF-16: NUL bytes, not text
        (b"kod;namn\n2180;G\xe4vle\n1880;\x81rebro\n", 15, 2),  # 0x81: not in cp1252
    ],
)
def test_neither_utf8_nor_text_is_refused_with_file_and_byte(tmp_path, data, offset, line):
    path = tmp_path / "binary.csv"
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        detect_encoding(path)
    text = str(err.value)
    assert str(path) in text and f"byte {offset} on line {line}" in text


def test_character_cut_by_the_read_chunk_is_still_utf8(tmp_path, monkeypatch):
    monkeypatch.setattr(textencoding, "CHUNK", 7)
    path = tmp_path / "u.csv"
    body = "ab;Gävle\n" * 5 + "Malmö;Örebro\n"
    path.write_bytes(body.encode("utf-8"))
    assert detect_encoding(path).is_utf8
    bad = body.encode("utf-8") + b"\xe4x\n"
    path.write_bytes(bad)
    enc = detect_encoding(path)
    assert not enc.is_utf8 and enc.first_non_utf8 == len(body.encode("utf-8"))
    assert enc.line == 7
