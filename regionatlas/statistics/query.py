"""PxWebApi 2 data queries and their splitting under the provider's cell limit.

A query selects value codes per variable (PxWebApi 2, POST ``{base}/tables/{id}/data`` with
``{"selection": [{"variableCode": ..., "valueCodes": [...]}]}``, response json-stat2). Its
size is the product of the numbers of codes; a query above the provider's ``max_cells`` is
split along the variable with most codes until every part fits, so the parts together ask
for exactly the same cells.
"""

from __future__ import annotations

import json
import math
from urllib.parse import quote

from ..errors import InputError

Selection = dict[str, list[str]]


def cells(selection: Selection) -> int:
    return math.prod(len(codes) for codes in selection.values())


def check_selection(selection: Selection) -> None:
    for variable, codes in selection.items():
        if not codes:
            raise InputError("No value chosen for variable '{variable}'.", variable=variable)
        if len(set(codes)) != len(codes):
            raise InputError("Variable '{variable}' lists a value twice.", variable=variable)


def split_selection(selection: Selection, max_cells: int) -> list[Selection]:
    """Parts of ``selection`` of at most ``max_cells`` cells each, covering it exactly once."""
    check_selection(selection)
    if max_cells < 1:
        raise InputError("The cell limit must be at least 1, not {limit}.", limit=max_cells)
    if cells(selection) <= max_cells:
        return [selection]
    variable = max(selection, key=lambda v: len(selection[v]))
    codes = selection[variable]
    others = cells(selection) // len(codes)
    step = max(1, max_cells // others)
    parts = []
    for start in range(0, len(codes), step):
        part = dict(selection)
        part[variable] = codes[start : start + step]
        parts.extend(split_selection(part, max_cells))
    return parts


def check_table_id(table: str) -> None:
    if not table or not all(c.isalnum() or c in "_-" for c in table):
        raise InputError("'{table}' is not a table id of the PxWeb API.", table=table)


def data_url(base_url: str, table: str, language: str = "sv") -> str:
    check_table_id(table)
    return (
        f"{base_url.rstrip('/')}/tables/{quote(table)}/data"
        f"?lang={quote(language)}&outputFormat=json-stat2"
    )


def data_body(selection: Selection) -> bytes:
    body = {
        "selection": [
            {"variableCode": variable, "valueCodes": list(codes)}
            for variable, codes in selection.items()
        ]
    }
    return json.dumps(body, ensure_ascii=False, sort_keys=False).encode("utf-8")
