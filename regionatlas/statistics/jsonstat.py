"""json-stat2 datasets (https://json-stat.org/format/, version 2.0) as long tables.

A dataset holds ``id`` (dimension ids in order), ``size`` and ``value`` in row-major order
(the last dimension varies fastest); each dimension's ``category.index`` gives the position
of each code. Codes stay text ("0114" keeps its zero); missing values (null, with a symbol in
``status``) stay missing, never 0.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..errors import InputError


@dataclass
class StatTable:
    """A long table: one text column per dimension (its codes), ``value`` (float, NaN when
    missing) and ``status`` (the provider's symbol, "" when none); and the dataset's
    metadata."""

    frame: pd.DataFrame
    dimensions: list[str]
    labels: dict[str, dict[str, str]] = field(default_factory=dict)
    metadata: dict = field(default_factory=dict)


def _codes_in_order(dimension: dict, name: str, size: int) -> list[str]:
    category = dimension.get("category") or {}
    index = category.get("index")
    if index is None:  # a single category may omit its index (json-stat 2.0, category)
        labels = category.get("label") or {}
        if len(labels) == 1:
            return [str(next(iter(labels)))]
        raise InputError("The response has no category index for dimension '{name}'.", name=name)
    if isinstance(index, list):
        codes = [str(c) for c in index]
    else:
        codes = [None] * len(index)
        for code, position in index.items():
            codes[int(position)] = str(code)
    if len(codes) != size or any(c is None for c in codes):
        raise InputError(
            "Dimension '{name}' of the response has {n} categories, but its size says {size}.",
            name=name,
            n=len(codes),
            size=size,
        )
    return codes


def parse_jsonstat2(raw: bytes | str, source: str = "") -> StatTable:
    """Parse a json-stat2 dataset; ``source`` (URL) names it in error messages."""
    try:
        data = json.loads(raw)
    except ValueError:
        raise InputError(
            "The response from {source} is not complete JSON (cut off or not json-stat2); "
            "nothing was written.",
            source=source or "the server",
        ) from None
    if not isinstance(data, dict) or data.get("class") != "dataset":
        raise InputError(
            "The response from {source} is not a json-stat2 dataset.", source=source or "?"
        )
    ids = [str(i) for i in data.get("id", [])]
    sizes = [int(s) for s in data.get("size", [])]
    if not ids or len(ids) != len(sizes):
        raise InputError(
            "The response from {source} has no dimensions (id/size).", source=source or "?"
        )
    cells = int(np.prod(sizes))
    values = data.get("value")
    if isinstance(values, dict):  # sparse form: {"position": value}
        dense = [None] * cells
        for position, value in values.items():
            dense[int(position)] = value
        values = dense
    if not isinstance(values, list) or len(values) != cells:
        raise InputError(
            "The response from {source} has {n} values for {cells} cells; it is incomplete.",
            source=source or "?",
            n=len(values) if isinstance(values, list) else 0,
            cells=cells,
        )
    dims = data.get("dimension") or {}
    columns = {}
    labels = {}
    repeat = cells
    tile = 1
    for name, size in zip(ids, sizes):
        dimension = dims.get(name) or {}
        codes = np.array(_codes_in_order(dimension, name, size), dtype=object)
        repeat //= size
        columns[name] = np.tile(np.repeat(codes, repeat), tile)
        tile *= size
        labels[name] = {
            str(k): str(v)
            for k, v in ((dimension.get("category") or {}).get("label") or {}).items()
        }
    frame = pd.DataFrame(columns)
    frame["value"] = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").astype(float)
    status = data.get("status") or {}
    if isinstance(status, list):
        frame["status"] = [s or "" for s in status] if len(status) == cells else ""
    elif isinstance(status, str):
        frame["status"] = status
    else:
        flags = [""] * cells
        for position, symbol in status.items():
            flags[int(position)] = str(symbol)
        frame["status"] = flags
    px = (data.get("extension") or {}).get("px") or {}
    metadata = {
        "label": data.get("label", ""),
        "source": data.get("source", ""),
        "updated": data.get("updated", ""),
        "table": px.get("tableid", ""),
        "notes": list(data.get("note") or []),
    }
    return StatTable(frame=frame, dimensions=ids, labels=labels, metadata=metadata)
