"""HTML pieces of the method reports: a page, tables of values, images.

Values are written for reading: numbers with the separators of the report's language,
shares rounded, booleans as the caller's yes/no words, missing values blank.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import numpy as np
import pandas as pd

from ..numbers import format_number

esc = html.escape

#: Style of the reports.
CSS = (
    "body{font-family:sans-serif;max-width:64em;margin:1em auto;color:#222}"
    "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #999;padding:2px 6px}"
    "td.n{text-align:right}th{background:#eee}caption{text-align:left;font-style:italic}"
    "img{max-width:100%}pre{white-space:pre-wrap;word-break:break-word}"
)
#: Significant digits of a value below 100 in a report table.
SIGNIFICANT_DIGITS = 4


def html_page(title: str, parts: Sequence[str], css: str = CSS) -> str:
    """A whole HTML page: the title (also as heading), the style, then ``parts``."""
    return "\n".join(
        [
            "<!DOCTYPE html><html><head><meta charset='utf-8'>",
            f"<title>{esc(title)}</title><style>{css}</style></head><body>",
            f"<h1>{esc(title)}</h1>",
            *parts,
            "</body></html>",
        ]
    )


def format_cell(value, language: str = "en", yes_no: tuple[str, str] = ("yes", "no")) -> str:
    """A table cell's text: whole numbers of 100 and more without decimals, others to four
    significant digits, large ones to one decimal; booleans as ``yes_no``; missing blank."""
    if value is None or value is pd.NA:
        return ""
    if isinstance(value, (bool, np.bool_)):
        return yes_no[0] if value else yes_no[1]
    if isinstance(value, (int, np.integer)):
        return format_number(int(value), 0, language)
    if isinstance(value, (float, np.floating)):
        number = float(value)
        if np.isnan(number):
            return ""
        if abs(number) >= 100:
            return format_number(number, 0 if number.is_integer() else 1, language)
        if number == 0:
            return "0"
        decimals = max(SIGNIFICANT_DIGITS - 1 - int(np.floor(np.log10(abs(number)))), 0)
        text = format_number(number, decimals, language)
        decimal_mark = "," if language[:2] == "sv" else "."
        if decimal_mark in text:
            text = text.rstrip("0").rstrip(decimal_mark)
        return text
    return str(value)


def html_table(
    headers: Sequence[str],
    rows: Sequence[Sequence],
    caption: str | None = None,
    language: str = "en",
    yes_no: tuple[str, str] = ("yes", "no"),
) -> str:
    """A table with a header row; numeric cells right-aligned."""
    out = ["<table>"]
    if caption:
        out.append(f"<caption>{esc(caption)}</caption>")
    out.append("<tr>" + "".join(f"<th>{esc(h)}</th>" for h in headers) + "</tr>")
    for row in rows:
        cells = []
        for value in row:
            numeric = isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(
                value, (bool, np.bool_)
            )
            text = esc(format_cell(value, language, yes_no))
            cells.append(f"<td{' class=n' if numeric else ''}>{text}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "".join(out)


def img(png: str, alt: str, element_id: str) -> str:
    """An inline PNG (base64) as a paragraph."""
    return f"<p><img id='{element_id}' alt='{esc(alt)}' src='data:image/png;base64,{png}'></p>"
