"""Which encoding a text (CSV) file is in: UTF-8, else Windows-1252, else refuse.

Swedish offices often export CSV files from Excel as "CSV (semikolonavgränsad)", which is
Windows-1252 (a superset of Latin-1), not UTF-8. Read as UTF-8 such a file turns "Gävle" into
"G\ufffdvle" (mojibake), silently. The rule here (issue 10, section 3):

1. valid UTF-8, with or without a byte order mark -> UTF-8 (``utf-8-sig`` drops the mark);
2. otherwise Windows-1252 when every byte decodes and the text looks like text: no control
   characters other than tab, line feed, carriage return and form feed (a UTF-16 file or a
   binary file has NUL bytes and is refused);
3. otherwise refuse, naming the file, the offset and line of the first byte that is not
   UTF-8 and of the first that is not Windows-1252 text.

UTF-8 is tested first because a Windows-1252 file with letters outside ASCII is practically
never valid UTF-8 (an "ä" is the single byte 0xE4, which in UTF-8 must start a 3-byte
sequence), while every UTF-8 file would decode, wrongly, as Windows-1252.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

UTF8 = "utf-8-sig"
WINDOWS_1252 = "cp1252"
#: Bytes read at a time while checking (the whole file is checked, a chunk at a time).
CHUNK = 1 << 24
#: Control characters allowed in text besides printable ones: tab, LF, FF, CR.
ALLOWED_CONTROLS = frozenset("\t\n\x0c\r")
#: Bytes that are not text in Windows-1252: other controls and the five undefined bytes.
NOT_TEXT_1252 = bytes(
    [c for c in range(32) if chr(c) not in ALLOWED_CONTROLS] + [0x81, 0x8D, 0x8F, 0x90, 0x9D]
)


@dataclass(frozen=True)
class TextEncoding:
    """The encoding to read a file with (a Python codec name) and, when it is not UTF-8,
    where the first byte that is not UTF-8 is (for the log)."""

    encoding: str
    first_non_utf8: int | None = None
    line: int | None = None

    @property
    def is_utf8(self) -> bool:
        return self.encoding == UTF8

    @property
    def label(self) -> str:
        return "UTF-8" if self.is_utf8 else "Windows-1252"


def _line_of(path: Path, offset: int) -> int:
    """The line number (1-based) of byte ``offset``, counted only when a message needs it."""
    lines = 1
    done = 0
    with path.open("rb") as fh:
        while done < offset:
            chunk = fh.read(min(CHUNK, offset - done))
            if not chunk:
                break
            lines += chunk.count(b"\n")
            done += len(chunk)
    return lines


def _first_invalid_utf8(path: Path) -> tuple[int, int] | None:
    """(byte offset, line number) of the first byte that is not UTF-8, or None."""
    base = 0  # file offset of data[0]
    carry = b""
    with path.open("rb") as fh:
        while True:
            chunk = fh.read(CHUNK)
            data = carry + chunk
            carry = b""
            if not data:
                return None
            try:
                data.decode("utf-8")
            except UnicodeDecodeError as exc:
                truncated = exc.reason == "unexpected end of data" and exc.end == len(data)
                if not (chunk and truncated):
                    return base + exc.start, _line_of(path, base + exc.start)
                carry = data[exc.start :]  # a character cut by the chunk boundary
                data = data[: exc.start]
            base += len(data)


def _first_non_text_cp1252(path: Path) -> tuple[int, int, int] | None:
    """(byte offset, line, byte) of the first byte that is not Windows-1252 text, or None.

    Windows-1252 is one byte per character: the bytes that are not text are the control
    characters (except :data:`ALLOWED_CONTROLS`) and the five bytes it leaves undefined.
    """
    offset = 0
    lines = 1
    with path.open("rb") as fh:
        while True:
            chunk = fh.read(CHUNK)
            if not chunk:
                return None
            if len(chunk.translate(None, NOT_TEXT_1252)) != len(chunk):
                pos = min(p for p in (chunk.find(bytes([b])) for b in NOT_TEXT_1252) if p >= 0)
                return offset + pos, lines + chunk[:pos].count(b"\n"), chunk[pos]
            lines += chunk.count(b"\n")
            offset += len(chunk)


def detect_encoding(path: str | Path) -> TextEncoding:
    """The encoding of the text file ``path`` (see the module docstring).

    Raises :class:`InputError` naming the file and the first bad byte when the file is
    neither UTF-8 nor Windows-1252 text.
    """
    path = Path(path)
    invalid = _first_invalid_utf8(path)
    if invalid is None:
        return TextEncoding(UTF8)
    bad = _first_non_text_cp1252(path)
    if bad is None:
        return TextEncoding(WINDOWS_1252, first_non_utf8=invalid[0], line=invalid[1])
    raise InputError(
        "The text file {path} is neither UTF-8 nor Windows-1252 (Latin-1) text: byte "
        "{offset} on line {line} is not valid UTF-8, and byte {offset2} (0x{byte:02X}) on "
        "line {line2} is not text in Windows-1252. Save the file as 'CSV UTF-8' and try again.",
        path=str(path),
        offset=invalid[0],
        line=invalid[1],
        offset2=bad[0],
        byte=bad[2],
        line2=bad[1],
    )
