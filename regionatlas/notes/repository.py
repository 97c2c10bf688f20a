"""The one interface the dock, the register and the algorithms use to reach notes.

Why an interface: the GeoPackage store (one file beside the project) and the PostGIS store
(shared by a team) must behave the same, so the UI is written once against
:class:`NotesRepository` and the tests run the same cases against both backends. Open a
store with :func:`regionatlas.notes.open_store`.

Contract shared by every backend:

* Every public write is one transaction: it happens completely or not at all. Several
  writes can be grouped with ``with repo.batch(): ...``; an exception inside the block
  rolls all of them back.
* Values are always bound as parameters, never pasted into SQL.
* Notes carry a ``version``; :meth:`update_note` and :meth:`delete_note` refuse to work
  on a note that someone saved after it was read (:class:`ConflictError`, showing both
  texts). This protects a team on PostGIS; on a GeoPackage it protects two QGIS windows.
* Features are referenced by ``dataset_key`` + ``feature_key`` (text), never by fid. A link
  keeps a copy of the feature's geometry (WKB in :attr:`srid`) and label.
* A store object is not thread-safe: open one per thread (e.g. inside a QgsTask) and close
  it there. Reads never block on a PostGIS store; on a GeoPackage a long export holds a
  read lock that makes writers of other processes wait (up to the open timeout).
* Errors: :class:`regionatlas.errors.InputError` for bad values,
  :class:`~regionatlas.notes.errors.StoreError` and subclasses for the store itself.
"""

from __future__ import annotations

import abc
from collections.abc import Iterable, Iterator, Mapping
from contextlib import AbstractContextManager
from typing import Any, BinaryIO, Optional

from . import export_csv
from .model import (
    Engagement,
    ErasureReport,
    Note,
    NoteFilter,
    NoteLink,
    RelinkReport,
    Stakeholder,
)

#: The new layer's features for :meth:`NotesRepository.relink`:
#: feature key -> (geometry WKB in the store's CRS or None, label or None).
FeatureCopies = Mapping[str, tuple[Optional[bytes], Optional[str]]]


class NotesRepository(abc.ABC):
    """Stakeholders, notes, links to map features and engagement events."""

    #: "gpkg" or "postgis"
    backend: str = ""

    # -- store -----------------------------------------------------------------------------

    @property
    @abc.abstractmethod
    def srid(self) -> int:
        """EPSG code of the stored link geometries (chosen when the store was created)."""

    @property
    @abc.abstractmethod
    def schema_version(self) -> int:
        """The store's schema version after the migrations applied on open."""

    @property
    @abc.abstractmethod
    def location(self) -> str:
        """Where the store is, for messages (file path or database/schema, no password)."""

    @abc.abstractmethod
    def close(self) -> None:
        """Release the file or the connection. The object cannot be used afterwards."""

    @abc.abstractmethod
    def batch(self) -> AbstractContextManager[None]:
        """Group several writes in one transaction (all or nothing). Nests harmlessly."""

    @abc.abstractmethod
    def snapshot(self) -> AbstractContextManager[None]:
        """Reads inside the block see one state of the store, whatever others save
        meanwhile (an export that reads twice, e.g. its CSV and its layer)."""

    def __enter__(self) -> NotesRepository:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- stakeholders ----------------------------------------------------------------------

    @abc.abstractmethod
    def add_stakeholder(self, stakeholder: Stakeholder) -> Stakeholder:
        """Store a new stakeholder; returns it with created/updated set."""

    @abc.abstractmethod
    def get_stakeholder(self, uuid: str) -> Stakeholder:
        """The stakeholder with this uuid (NotFoundError if none)."""

    @abc.abstractmethod
    def list_stakeholders(self) -> list[Stakeholder]:
        """All stakeholders, ordered by organisation."""

    @abc.abstractmethod
    def update_stakeholder(self, stakeholder: Stakeholder) -> Stakeholder:
        """Save changed fields of an existing stakeholder; returns it with updated set."""

    @abc.abstractmethod
    def delete_stakeholder(self, uuid: str) -> None:
        """Delete a stakeholder and its engagement events.

        Their notes are kept (the knowledge is about places) with no stakeholder; each such
        note's version increases so an open edit of it notices.
        """

    # -- notes -----------------------------------------------------------------------------

    @abc.abstractmethod
    def add_note(self, note: Note) -> Note:
        """Store a new note and its ``links``; returns it with version 1 and timestamps.

        ``note.created`` may be given (e.g. the date of an interview being imported);
        otherwise it is now.
        """

    @abc.abstractmethod
    def add_notes(self, notes: Iterable[Note]) -> int:
        """Store many new notes with their links in one transaction; returns the count.

        For imports: much faster than :meth:`add_note` in a loop on PostGIS.
        """

    @abc.abstractmethod
    def get_note(self, uuid: str, *, with_links: bool = True) -> Note:
        """The note with this uuid (NotFoundError if none)."""

    @abc.abstractmethod
    def list_notes(
        self,
        flt: Optional[NoteFilter] = None,
        *,
        with_links: bool = False,
        limit: Optional[int] = None,
        offset: int = 0,
    ) -> list[Note]:
        """Notes matching the filter, newest first."""

    @abc.abstractmethod
    def update_note(self, note: Note) -> Note:
        """Save the note's fields (not its links) if nobody saved it since it was read.

        ``note.version`` must be the version that was read. Returns the saved note with the
        next version. Raises ConflictError (both texts in the message) when the stored
        version is newer or the note was deleted.
        """

    @abc.abstractmethod
    def delete_note(self, uuid: str, expected_version: Optional[int] = None) -> None:
        """Delete a note and its links; with *expected_version*, only if still that version."""

    # -- links -----------------------------------------------------------------------------

    @abc.abstractmethod
    def link(
        self,
        note_uuid: str,
        dataset_key: str,
        feature_key: str,
        geometry_wkb: Optional[bytes] = None,
        label: Optional[str] = None,
    ) -> NoteLink:
        """Link a note to a feature (or refresh the geometry/label copy of an existing link)."""

    @abc.abstractmethod
    def unlink(self, note_uuid: str, dataset_key: str, feature_key: str) -> bool:
        """Remove one link; returns False when there was none."""

    @abc.abstractmethod
    def links_for_note(self, note_uuid: str) -> list[NoteLink]:
        """The note's links with their geometry and label copies."""

    @abc.abstractmethod
    def notes_for_feature(
        self, dataset_key: str, feature_key: str, flt: Optional[NoteFilter] = None
    ) -> list[Note]:
        """Notes linked to one feature, newest first (what the dock shows on selection)."""

    @abc.abstractmethod
    def note_counts(self, dataset_key: str) -> dict[str, int]:
        """Number of notes per feature key of one dataset (for the layer marker)."""

    @abc.abstractmethod
    def linked_features(self, dataset_key: Optional[str] = None) -> list[NoteLink]:
        """Every distinct linked feature with its latest geometry/label copy
        (``note_uuid`` is None), for drawing markers of features that no longer exist."""

    @abc.abstractmethod
    def relink(
        self,
        dataset_key: str,
        new_keys: FeatureCopies,
        new_dataset_key: Optional[str] = None,
    ) -> RelinkReport:
        """Match the links of *dataset_key* to a new or re-imported layer by feature key.

        Matched links get the new geometry and label copy (and move to *new_dataset_key*
        when the layer's data source changed). Links whose key the new layer lacks are left
        as they were (their old geometry copy keeps them visible) and reported.
        """

    # -- engagement ------------------------------------------------------------------------

    @abc.abstractmethod
    def add_engagement(self, engagement: Engagement) -> Engagement:
        """Record an engagement event of a stakeholder."""

    @abc.abstractmethod
    def list_engagement(self, stakeholder_uuid: Optional[str] = None) -> list[Engagement]:
        """Engagement events (of one stakeholder or all), oldest first, for a timeline."""

    @abc.abstractmethod
    def update_engagement(self, engagement: Engagement) -> Engagement:
        """Save the date, text and level of an existing engagement event."""

    @abc.abstractmethod
    def delete_engagement(self, uuid: str) -> None:
        """Delete one engagement event."""

    # -- personal data ---------------------------------------------------------------------

    @abc.abstractmethod
    def erase_person(self, name_or_email: str, mode: str = "erase") -> ErasureReport:
        """Find every record that mentions a person's name or e-mail and erase or anonymise it.

        Matching is a case-insensitive substring match (Swedish letters fold too) in every
        free-text field: note text and author, stakeholder contact fields and involvement,
        engagement events, link labels.

        ``mode="erase"``: notes and engagement events that mention the person are deleted;
        fields that hold the person (author, contact name/e-mail) are cleared; stakeholder
        organisations and link labels are kept with the mention replaced.
        ``mode="anonymise"``: nothing is deleted; every mention is replaced by
        ``[anonymiserad]`` and contact name/e-mail are cleared.

        One transaction. Returns every record changed (for the GDPR log).
        """

    # -- export ----------------------------------------------------------------------------

    @abc.abstractmethod
    def export_rows(self, flt: Optional[NoteFilter] = None) -> Iterator[dict[str, Any]]:
        """Notes joined to their links and stakeholder, one dict per note and link
        (keys :data:`~regionatlas.notes.model.EXPORT_COLUMNS`; a note without links gives one
        row with empty link fields), streamed so 100 000 notes need little memory."""

    def export_csv(self, fh: BinaryIO, flt: Optional[NoteFilter] = None) -> int:
        """The rows of :meth:`export_rows` without their geometry as CSV to the binary file
        *fh*: a header of :data:`~.export_csv.CSV_COLUMNS`, then one record per row, as
        :func:`csv.writer` writes them (format in :mod:`.export_csv`). Returns the number of
        rows. A backend may let its database write the same bytes (PostGIS does)."""
        return export_csv.write_rows(fh, self.export_rows(flt))

    @abc.abstractmethod
    def count_notes(self) -> int:
        """Number of notes in the store."""
