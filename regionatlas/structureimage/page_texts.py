"""Texts of an exported structure image: the source line and the provenance records.

Spec structure-image.md ("Export"): the page names its source and the date; how the image was
made (the RegionAtlas algorithms and their parameters, as recorded in the layers' metadata by
every algorithm, W3C PROV's "activity used entity" reduced to parameter values) is written
beside it. Only portable values are kept: layer and output parameters and paths say nothing
on another machine.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

#: Parameters not worth recording (layers and outputs: their paths say nothing portable).
SKIPPED_PARAMETERS = ("OUTPUT", "NODES", "FLOWS", "REGIONS", "GREEN", "NETWORK", "INPUT", "ZONES")
#: Words that already say "source" at the start of a source text (no "Source: Källa: ...").
SOURCE_WORDS = ("source", "sources", "källa", "källor", "kilde", "kilder", "data")


def names_its_source(text: str) -> bool:
    """True when ``text`` starts with its own "Källa:" / "Source:" (a word of SOURCE_WORDS
    before a colon)."""
    first = text.split(":", 1)[0].strip().lower() if ":" in text else ""
    return first in SOURCE_WORDS


def provenance_records(given: str, abstracts: Iterable[object]) -> tuple[list[str], list[dict]]:
    """(plain lines, records): ``given`` is plain text (kept as one line) or a METADATA JSON;
    each of ``abstracts`` (the layers' metadata abstracts) a JSON record or anything else
    (skipped). Records are the JSON objects that name an ``algorithm``."""
    lines, records = [], []
    if given.strip():
        try:
            records.append(json.loads(given))
        except ValueError:
            lines.append(given.strip())
    for abstract in abstracts:
        try:
            records.append(json.loads(abstract))
        except (TypeError, ValueError):
            continue
    return lines, [r for r in records if isinstance(r, dict) and "algorithm" in r]


def recorded_parameters(record: dict) -> list[tuple[str, object]]:
    """(name, value) of a record's parameters worth showing, sorted by name: not a layer or
    output (SKIPPED_PARAMETERS), not empty, not a path or a layer reference."""
    out = []
    for key, value in sorted(record.get("parameters", {}).items()):
        if key.startswith(SKIPPED_PARAMETERS) or value in (None, "", []):
            continue
        if isinstance(value, str) and ("/" in value or "\\" in value or value[:1] == "<"):
            continue
        out.append((key, value))
    return out
