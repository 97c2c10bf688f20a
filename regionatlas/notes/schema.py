"""The notes store's schema, written once and rendered for both backends.

Why one logical description: the GeoPackage and the PostGIS store must hold the same
tables, columns and indexes, so that the same repository code (``_sql.py``) talks to both
and a store can be copied from one to the other. Each migration is a numbered list of
logical steps; :func:`render` turns a step into SQLite or PostgreSQL DDL. Migrations are
applied on open, in order, each in its own transaction, and recorded in ``schema_version``.

To change the schema: append a :class:`Migration` with the next number (never edit an
applied one) and raise nothing else; :data:`LATEST_VERSION` follows.

Only the two dialect-specific things differ: the auto-numbered key of ``note_links``
(needed by OGR/QGIS to read it as a layer) and the geometry column type.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Union

GPKG = "gpkg"
POSTGIS = "postgis"

#: Marker row in ``store_info`` that tells our store from a foreign database.
APPLICATION_KEY = "application"
APPLICATION_NAME = "RegionAtlas stakeholder notes"


@dataclass(frozen=True)
class Column:
    """A column: logical type is ``text``, ``int``, ``serial`` (auto key) or ``geometry``."""

    name: str
    type: str
    not_null: bool = False
    primary_key: bool = False
    default: Optional[str] = None  # SQL literal, identical in both dialects
    references: Optional[str] = None  # "table(column) ON DELETE ..."


@dataclass(frozen=True)
class CreateTable:
    name: str
    columns: tuple[Column, ...]
    unique: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class CreateIndex:
    """An index; ``spatial`` ones exist on PostGIS only (GiST). In a GeoPackage a spatial
    index is the R-tree extension, which QGIS builds on request; the store supports it."""

    name: str
    table: str
    columns: tuple[str, ...]
    spatial: bool = False


Step = Union[CreateTable, CreateIndex]


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    steps: tuple[Step, ...]


#: Book-keeping tables created before any migration (so the version can be read).
BOOKKEEPING: tuple[CreateTable, ...] = (
    CreateTable(
        "schema_version",
        (
            Column("version", "int", not_null=True, primary_key=True),
            Column("applied", "text", not_null=True),
            Column("description", "text", not_null=True),
        ),
    ),
    CreateTable(
        "store_info",
        (
            Column("key", "text", not_null=True, primary_key=True),
            Column("value", "text", not_null=True),
        ),
    ),
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "stakeholders, notes, note links with geometry copy, engagement",
        (
            CreateTable(
                "stakeholders",
                (
                    Column("uuid", "text", not_null=True, primary_key=True),
                    Column("organisation", "text", not_null=True),
                    Column("type", "text", not_null=True),
                    Column("contact_role", "text", not_null=True, default="''"),
                    Column("interest", "int", not_null=True),
                    Column("influence", "int", not_null=True),
                    Column("involvement", "text", not_null=True, default="''"),
                    Column("contact_name", "text"),
                    Column("contact_email", "text"),
                    Column("created", "text", not_null=True),
                    Column("updated", "text", not_null=True),
                ),
            ),
            CreateTable(
                "notes",
                (
                    Column("uuid", "text", not_null=True, primary_key=True),
                    Column(
                        "stakeholder_uuid",
                        "text",
                        references="stakeholders(uuid) ON DELETE SET NULL",
                    ),
                    Column("theme", "text", not_null=True),
                    Column("kind", "text", not_null=True),
                    Column("stance", "text", not_null=True),
                    Column("status", "text", not_null=True),
                    Column("text", "text", not_null=True),
                    # casefolded text + author: case-insensitive search that also folds
                    # Å/Ä/Ö, which SQLite's LIKE does not.
                    Column("search_text", "text", not_null=True),
                    Column("author", "text"),
                    Column("created", "text", not_null=True),
                    Column("updated", "text", not_null=True),
                    Column("version", "int", not_null=True),
                ),
            ),
            CreateTable(
                "note_links",
                (
                    Column("fid", "serial", not_null=True, primary_key=True),
                    Column(
                        "note_uuid",
                        "text",
                        not_null=True,
                        references="notes(uuid) ON DELETE CASCADE",
                    ),
                    Column("dataset_key", "text", not_null=True),
                    Column("feature_key", "text", not_null=True),
                    Column("label", "text"),
                    Column("geom", "geometry"),
                    Column("linked", "text", not_null=True),
                ),
                unique=(("note_uuid", "dataset_key", "feature_key"),),
            ),
            CreateTable(
                "engagement",
                (
                    Column("uuid", "text", not_null=True, primary_key=True),
                    Column(
                        "stakeholder_uuid",
                        "text",
                        not_null=True,
                        references="stakeholders(uuid) ON DELETE CASCADE",
                    ),
                    Column("date", "text", not_null=True),
                    Column("event", "text", not_null=True),
                    Column("level", "int", not_null=True),
                    Column("created", "text", not_null=True),
                ),
            ),
            # notes_for_feature and the marker counts: one index lookup per feature.
            CreateIndex("note_links_feature_idx", "note_links", ("dataset_key", "feature_key")),
            CreateIndex("note_links_geom_idx", "note_links", ("geom",), spatial=True),
            CreateIndex("notes_created_idx", "notes", ("created",)),
            CreateIndex("notes_stakeholder_idx", "notes", ("stakeholder_uuid",)),
            CreateIndex("notes_theme_idx", "notes", ("theme",)),
            CreateIndex("engagement_stakeholder_idx", "engagement", ("stakeholder_uuid", "date")),
        ),
    ),
)

LATEST_VERSION: int = MIGRATIONS[-1].version

#: Tables of the logical schema (book-keeping first), for "is this our store" checks.
TABLES: tuple[str, ...] = tuple(t.name for t in BOOKKEEPING) + tuple(
    s.name for m in MIGRATIONS for s in m.steps if isinstance(s, CreateTable)
)


def _column_type(column: Column, dialect: str, srid: int) -> str:
    if column.type == "text":
        return "TEXT"
    if column.type == "int":
        return "INTEGER"
    if column.type == "serial":
        return "INTEGER" if dialect == GPKG else "BIGSERIAL"
    if column.type == "geometry":
        # The srid is an int from store_info, formatted as a type modifier (DDL cannot
        # take bound parameters); int() guarantees nothing else gets in.
        return "GEOMETRY" if dialect == GPKG else f"geometry(Geometry, {int(srid)})"
    raise ValueError(f"unknown logical column type {column.type!r}")


def render(step: Step, dialect: str, srid: int) -> Optional[str]:
    """DDL for one step in the given dialect (``"gpkg"`` or ``"postgis"``); None: no-op."""
    if isinstance(step, CreateIndex):
        cols = ", ".join(step.columns)
        if step.spatial:
            if dialect == GPKG:
                return None
            return f"CREATE INDEX IF NOT EXISTS {step.name} ON {step.table} USING GIST ({cols})"
        return f"CREATE INDEX IF NOT EXISTS {step.name} ON {step.table} ({cols})"
    parts = []
    for col in step.columns:
        text = f"{col.name} {_column_type(col, dialect, srid)}"
        if col.primary_key:
            text += " PRIMARY KEY"
            if col.type == "serial" and dialect == GPKG:
                text += " AUTOINCREMENT"
        if col.not_null and not col.primary_key:
            text += " NOT NULL"
        if col.default is not None:
            text += f" DEFAULT {col.default}"
        if col.references:
            text += f" REFERENCES {col.references}"
        parts.append(text)
    for cols in step.unique:
        parts.append(f"UNIQUE ({', '.join(cols)})")
    return f"CREATE TABLE IF NOT EXISTS {step.name} (\n  " + ",\n  ".join(parts) + "\n)"


def pending(current: int) -> list[Migration]:
    """Migrations with a number above *current*, in order."""
    return [m for m in MIGRATIONS if m.version > current]
