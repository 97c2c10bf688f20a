"""Stakeholder notes on map features: the store (pure Python, no Qt).

Open a store with :func:`open_store` and talk to it through
:class:`~regionatlas.notes.repository.NotesRepository`; the dock panels, the stakeholder
register and the Processing algorithms all use that one interface, whichever backend::

    from regionatlas.notes import Note, NoteLink, open_store

    with open_store("project_notes.gpkg") as store:  # or "service=regionatlas"
        link = NoteLink("kommuner.gpkg|kommuner", "0114", wkb, "Upplands Väsby")
        store.add_note(Note("Oro för buller", theme="infrastruktur", links=[link]))
        store.notes_for_feature("kommuner.gpkg|kommuner", "0114")  # newest first

See ``shared/specs/stakeholder-notes.md`` for the data model.
"""

from __future__ import annotations

import os
from typing import Union

from .errors import (
    ConflictError,
    ConnectionLostError,
    NotANotesStoreError,
    NotFoundError,
    ReadOnlyStoreError,
    SchemaTooNewError,
    StoreError,
)
from .keys import dataset_key, feature_key
from .model import (
    ANONYMISED,
    DEFAULT_SRID,
    EXPORT_COLUMNS,
    KINDS,
    STAKEHOLDER_TYPES,
    STANCES,
    STATUSES,
    THEMES,
    VOCABULARIES,
    Engagement,
    ErasureChange,
    ErasureReport,
    Note,
    NoteFilter,
    NoteLink,
    RelinkReport,
    Stakeholder,
)
from .repository import FeatureCopies, NotesRepository
from .schema import LATEST_VERSION


def open_store(target: Union[str, os.PathLike], **options: object) -> NotesRepository:
    """Open a notes store: a GeoPackage path, or a PostgreSQL conninfo/URI/service name.

    A path-like object, a name ending in ``.gpkg``, an existing file or a text with a
    path separator is a GeoPackage; ``key=value`` text or a ``postgresql://`` URI is a
    conninfo; a bare word is a pg service name (``~/.pg_service.conf``).

    Why one entry point: the dock keeps a single setting ("where are the notes") in the
    project, and this decides the backend from it. *options* go to
    :class:`~regionatlas.notes.gpkg.GeoPackageStore` (srid, create, read_only, timeout) or
    :class:`~regionatlas.notes.postgis.PostGISStore` (schema_name, srid, connect_timeout).
    """
    text = os.fspath(target)
    looks_like_file = (
        isinstance(target, os.PathLike)
        or text.lower().endswith(".gpkg")
        or ("=" not in text and "://" not in text and (os.sep in text or os.path.exists(text)))
    )
    if looks_like_file:
        from .gpkg import GeoPackageStore

        return GeoPackageStore(text, **options)  # type: ignore[arg-type]
    from .postgis import PostGISStore

    return PostGISStore(text, **options)  # type: ignore[arg-type]


__all__ = [
    "ANONYMISED",
    "DEFAULT_SRID",
    "EXPORT_COLUMNS",
    "KINDS",
    "LATEST_VERSION",
    "STAKEHOLDER_TYPES",
    "STANCES",
    "STATUSES",
    "THEMES",
    "VOCABULARIES",
    "ConflictError",
    "ConnectionLostError",
    "Engagement",
    "ErasureChange",
    "ErasureReport",
    "FeatureCopies",
    "NotANotesStoreError",
    "NotFoundError",
    "Note",
    "NoteFilter",
    "NoteLink",
    "NotesRepository",
    "ReadOnlyStoreError",
    "RelinkReport",
    "SchemaTooNewError",
    "Stakeholder",
    "StoreError",
    "dataset_key",
    "feature_key",
    "open_store",
]
