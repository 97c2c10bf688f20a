"""What the notes dock remembers in the project, and the choices it makes (no Qt).

Why here: the dock (ui/notes_dock.py) must stay free of logic; the rules for "where is the
store by default", "which field is a usable key" and "how the filters map to a NoteFilter"
are plain functions that tests can check without QGIS.

The state is written into the QGIS project as one JSON text (``QgsProject.writeEntry``), so
it travels with the project file. A PostGIS store is remembered by the *name* of the QGIS
saved connection (``pgconn:<name>``) or by a service name, never by a conninfo with a
password.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Optional

from .model import NoteFilter

#: Prefix of a store target that names a QGIS saved PostgreSQL connection.
PG_CONNECTION_PREFIX = "pgconn:"

#: The field the plugin adds to layers without a usable key (default value ``uuid()``).
UUID_FIELD = "ra_uuid"

#: Field names that are codes or ids by convention (Swedish official codes first).
_KEY_NAME = re.compile(
    r"^(ra_uuid|uuid|guid|globalid|.*kod|.*_code|.*_id|id|objekt_?id|nyckel)$", re.IGNORECASE
)

#: The dock's filters, in the order of its filter combos.
FILTER_FIELDS: tuple[str, ...] = ("theme", "stakeholder_uuid", "kind", "stance", "status")


@dataclass
class DockState:
    """The dock's settings saved in the project."""

    store: str = ""
    """Store target: a GeoPackage path (relative to the project folder when inside it),
    ``pgconn:<QGIS connection name>``, a pg service name or a conninfo without password."""
    key_fields: dict[str, str] = field(default_factory=dict)
    """dataset key -> name of the layer's key field."""
    filters: dict[str, str] = field(default_factory=dict)
    """filter field (:data:`FILTER_FIELDS`) -> chosen value ("" or absent: any)."""
    search: str = ""

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: Optional[str]) -> DockState:
        """The state from project text; empty or broken text gives the default state."""
        try:
            data = json.loads(text or "{}")
        except ValueError:
            return cls()
        if not isinstance(data, dict):
            return cls()
        return cls(
            store=str(data.get("store") or ""),
            key_fields={str(k): str(v) for k, v in dict(data.get("key_fields") or {}).items()},
            filters={
                str(k): str(v)
                for k, v in dict(data.get("filters") or {}).items()
                if k in FILTER_FIELDS and v
            },
            search=str(data.get("search") or ""),
        )

    def note_filter(self) -> NoteFilter:
        """The NoteFilter of the chosen filters and search text."""
        values: dict[str, Any] = {k: v for k, v in self.filters.items() if v}
        return NoteFilter(text=self.search.strip() or None, **values)


def default_store_path(project_file: str) -> Optional[Path]:
    """``<project dir>/<project name>_notes.gpkg`` for a saved project, None when unsaved."""
    if not project_file:
        return None
    project = Path(project_file)
    return project.with_name(f"{project.stem}_notes.gpkg")


def store_for_project(store: str, project_file: str) -> str:
    """How to remember *store* in the project: a GeoPackage inside the project folder is
    kept relative (the project folder can move); anything else unchanged."""
    if not store or not project_file or not store.lower().endswith(".gpkg"):
        return store
    try:
        return str(Path(store).resolve().relative_to(Path(project_file).resolve().parent))
    except ValueError:
        return store


def store_from_project(store: str, project_file: str) -> str:
    """The inverse of :func:`store_for_project`: a relative GeoPackage path is made absolute."""
    if store and store.lower().endswith(".gpkg") and project_file and not Path(store).is_absolute():
        return str(Path(project_file).resolve().parent / store)
    return store


def is_usable_key(values: Sequence[object]) -> bool:
    """A key field must identify every feature: no empty value and no duplicate."""
    seen = set()
    for v in values:
        if v is None or str(v).strip() == "" or str(v).upper() == "NULL":
            return False
        text = str(v)
        if text in seen:
            return False
        seen.add(text)
    return True


def key_field_candidates(fields: Iterable[tuple[str, Sequence[object]]]) -> list[str]:
    """Names of the fields that can serve as feature keys, best first.

    *fields* are (name, all values) pairs. Usable means unique and never empty; fields named
    like a uuid or an official code (``kommunkod``, ``tatort_id``) come first, then the rest
    in layer order. An fid is never offered (not stable, architecture.md).
    """
    usable = [name for name, values in fields if name.lower() != "fid" and is_usable_key(values)]
    named = [n for n in usable if _KEY_NAME.match(n)]
    named.sort(key=lambda n: (n.lower() != UUID_FIELD, not n.lower().endswith("kod")))
    return named + [n for n in usable if n not in named]


#: Field names that hold a feature's name, best first (Swedish and English habits).
_NAME_FIELDS = ("namn", "name", "kommunnamn", "tatort", "tätort", "benamning", "benämning")


def label_expression(display_expression: str, field_names: Sequence[str], key_field: str) -> str:
    """The expression for a link's label copy: the layer's display expression unless it only
    shows the key or an id (QGIS's default for a layer without a ``name`` field), then a
    name-like field, else the key field."""
    expression = (display_expression or "").strip()
    bare = expression.strip('"')
    if expression and bare != key_field and bare.lower() not in ("fid", "id", "$id"):
        return expression
    lower = {n.lower(): n for n in field_names}
    for candidate in _NAME_FIELDS:
        if candidate in lower:
            return '"' + lower[candidate].replace('"', '""') + '"'
    for name in field_names:
        if "namn" in name.lower() or "name" in name.lower():
            return '"' + name.replace('"', '""') + '"'
    return '"' + key_field.replace('"', '""') + '"'
