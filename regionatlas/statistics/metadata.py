"""What a PxWeb table says about itself: its variables, their value codes and texts.

Two forms are read:

- PxWebApi 2, ``GET {base}/tables/{id}/metadata?outputFormat=json-stat2``: a json-stat2
  dataset without values; ``id``/``size``/``dimension`` list the variables, ``role.time`` and
  ``role.metric`` name the time and contents variables, and each dimension's
  ``extension.elimination`` says whether the variable may be left out of a query
  (PxApiSpecs, https://github.com/PxTools/PxApiSpecs, specs.md, "Table metadata").
- PxWeb API v1 (``GET {base}/{table path}``): ``{"title", "variables": [{"code", "text",
  "values", "valueTexts", "time", "elimination"}]}`` (SCB, "Statistikdatabasens API",
  and SSB's API guide, "Metadata for tabellen").

Codes stay text ("0114" keeps its zero).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from urllib.parse import quote

from ..errors import InputError
from .query import check_table_id


@dataclass
class Variable:
    code: str
    label: str
    codes: list[str]
    texts: dict[str, str] = field(default_factory=dict)
    #: "time", "metric" or "" (json-stat2 ``role``; v1 ``time: true``)
    role: str = ""
    #: The variable may be left out of a query (the API then sums over it or uses its
    #: elimination value).
    elimination: bool = False

    def describe(self) -> str:
        return f"{self.code} ({self.label})" if self.label else self.code


@dataclass
class TableMetadata:
    table: str
    title: str
    variables: list[Variable]
    updated: str = ""
    source: str = ""
    notes: list[str] = field(default_factory=list)

    def variable(self, code: str) -> Variable:
        for variable in self.variables:
            if variable.code == code:
                return variable
        raise InputError(
            "Table {table} has no variable '{code}'; its variables are: {known}.",
            table=self.table,
            code=code,
            known=self.describe(),
        )

    def describe(self) -> str:
        return ", ".join(v.describe() for v in self.variables)


def metadata_url(base_url: str, table: str, language: str = "sv") -> str:
    """PxWebApi 2 address of a table's metadata (json-stat2)."""
    check_table_id(table)
    return (
        f"{base_url.rstrip('/')}/tables/{quote(table)}/metadata"
        f"?lang={quote(language)}&outputFormat=json-stat2"
    )


def parse_metadata(raw: bytes | str, table: str, source: str = "") -> TableMetadata:
    """Read a table's metadata (PxWebApi 2 json-stat2, or the v1 variable list)."""
    try:
        data = json.loads(raw)
    except ValueError:
        raise InputError(
            "The description of table {table} from {source} is not complete JSON (cut off?); "
            "nothing was written.",
            table=table,
            source=source or "the server",
        ) from None
    if isinstance(data, dict) and isinstance(data.get("variables"), list):
        return _parse_v1(data, table)
    if isinstance(data, dict) and data.get("class") == "dataset":
        return _parse_jsonstat2(data, table, source)
    raise InputError(
        "The answer from {source} does not describe a table (no variables); check the "
        "table id {table} and the address.",
        source=source or "the server",
        table=table,
    )


def _parse_jsonstat2(data: dict, table: str, source: str) -> TableMetadata:
    ids = [str(i) for i in data.get("id") or []]
    dims = data.get("dimension") or {}
    role = data.get("role") or {}
    time = {str(v) for v in role.get("time") or []}
    metric = {str(v) for v in role.get("metric") or []}
    if not ids:
        raise InputError(
            "The description of table {table} from {source} lists no variables.",
            table=table,
            source=source or "the server",
        )
    variables = []
    for code in ids:
        dimension = dims.get(code) or {}
        category = dimension.get("category") or {}
        index = category.get("index")
        texts = {str(k): str(v) for k, v in (category.get("label") or {}).items()}
        if isinstance(index, list):
            codes = [str(c) for c in index]
        elif isinstance(index, dict):
            codes = [str(c) for c, _ in sorted(index.items(), key=lambda kv: int(kv[1]))]
        else:
            codes = list(texts)
        extension = dimension.get("extension") or {}
        variables.append(
            Variable(
                code=code,
                label=str(dimension.get("label") or ""),
                codes=codes,
                texts=texts,
                role="time" if code in time else "metric" if code in metric else "",
                elimination=bool(extension.get("elimination", False)),
            )
        )
    px = (data.get("extension") or {}).get("px") or {}
    return TableMetadata(
        table=str(px.get("tableid") or table),
        title=str(data.get("label") or ""),
        variables=variables,
        updated=str(data.get("updated") or ""),
        source=str(data.get("source") or ""),
        notes=[str(n) for n in data.get("note") or []],
    )


def _parse_v1(data: dict, table: str) -> TableMetadata:
    variables = []
    for entry in data["variables"]:
        codes = [str(c) for c in entry.get("values") or []]
        texts = dict(zip(codes, (str(t) for t in entry.get("valueTexts") or [])))
        code = str(entry.get("code") or "")
        variables.append(
            Variable(
                code=code,
                label=str(entry.get("text") or ""),
                codes=codes,
                texts=texts,
                role="time" if entry.get("time") else "metric" if code == "ContentsCode" else "",
                elimination=bool(entry.get("elimination", False)),
            )
        )
    return TableMetadata(table=table, title=str(data.get("title") or ""), variables=variables)
