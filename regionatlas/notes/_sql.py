"""The repository written once in SQL common to SQLite and PostgreSQL.

Why shared: both backends must behave identically (the tests are parametrised over them),
and a bug fixed here is fixed for both. Subclasses supply only what differs: the
connection and transaction handling (:meth:`_tx`, :meth:`_stream`), the placeholder style
(:meth:`_q`) and how a WKB geometry goes in and out of the ``geom`` column.

SQL text here contains only ``?`` placeholders; every value is bound as a parameter.
"""

from __future__ import annotations

import abc
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import replace
from typing import Any, Optional

import shapely

from ..errors import InputError
from . import schema
from .errors import (
    ConflictError,
    NotANotesStoreError,
    NotFoundError,
    ReadOnlyStoreError,
    StoreError,
)
from .model import (
    ANONYMISED,
    EXPORT_COLUMNS,
    Engagement,
    ErasureChange,
    ErasureReport,
    Note,
    NoteFilter,
    NoteLink,
    RelinkReport,
    Stakeholder,
    utc_now,
)
from .repository import FeatureCopies, NotesRepository

NOTE_FIELDS = (
    "uuid",
    "stakeholder_uuid",
    "theme",
    "kind",
    "stance",
    "status",
    "text",
    "author",
    "created",
    "updated",
    "version",
)
STAKEHOLDER_FIELDS = (
    "uuid",
    "organisation",
    "type",
    "contact_role",
    "interest",
    "influence",
    "involvement",
    "contact_name",
    "contact_email",
    "created",
    "updated",
)
ENGAGEMENT_FIELDS = ("uuid", "stakeholder_uuid", "date", "event", "level", "created")

#: IN-lists are split so no statement gets more parameters than SQLite allows.
_CHUNK = 500


def _cols(fields: Sequence[str], alias: str = "") -> str:
    prefix = f"{alias}." if alias else ""
    return ", ".join(prefix + f for f in fields)


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def _like_pattern(text: str) -> str:
    """Casefolded ``%text%`` with LIKE wildcards escaped (ESCAPE '\\')."""
    folded = text.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{folded}%"


def search_text(text: str, author: Optional[str]) -> str:
    """What free-text search looks in: note text and author, casefolded."""
    return f"{text}\n{author or ''}".casefold()


def check_wkb(
    wkb: Optional[bytes],
    *,
    feature: object,
    note: Optional[str] = None,
    dataset: Optional[str] = None,
) -> Optional[bytes]:
    """Return WKB bytes unchanged after checking that they parse, or None.

    Messages name the link of ``note`` to ``feature`` or, without ``note``, the ``feature``
    of ``dataset``.
    """
    if wkb is None:
        return None
    if isinstance(wkb, (bytearray, memoryview)):
        wkb = bytes(wkb)
    if not isinstance(wkb, bytes):
        kind = type(wkb).__name__
        if note is not None:
            raise InputError(
                "link of note {note} to {feature}: the geometry must be WKB bytes, got {type}",
                note=note,
                feature=feature,
                type=kind,
            )
        raise InputError(
            "feature {feature} of dataset {dataset}: the geometry must be WKB bytes, got {type}",
            feature=feature,
            dataset=dataset,
            type=kind,
        )
    try:
        shapely.from_wkb(wkb)
    except Exception as exc:  # shapely raises GEOSException subclasses
        if note is not None:
            raise InputError(
                "link of note {note} to {feature}: the geometry is not valid WKB ({detail})",
                note=note,
                feature=feature,
                detail=exc,
            ) from None
        raise InputError(
            "feature {feature} of dataset {dataset}: the geometry is not valid WKB ({detail})",
            feature=feature,
            dataset=dataset,
            detail=exc,
        ) from None
    return wkb


def _selection(value: Any) -> Optional[list[str]]:
    if value is None:
        return None
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


#: The export columns but the geometry, in the order of :data:`EXPORT_COLUMNS`.
EXPORT_VALUE_SQL: tuple[str, ...] = (
    "n.uuid", "n.created", "n.updated", "n.version", "n.author", "n.theme", "n.kind",
    "n.stance", "n.status", "n.text", "n.stakeholder_uuid", "s.organisation", "s.type",
    "l.dataset_key", "l.feature_key", "l.label",
)  # fmt: skip


class SqlNotesRepository(NotesRepository):
    """Everything but the connection; see the module docstring."""

    _srid_value: int = 0
    _version_value: int = 0
    _read_only: bool = False

    # -- hooks for the backends ------------------------------------------------------------

    def _q(self, sql: str) -> str:
        """SQL with ``?`` placeholders in the driver's style."""
        return sql

    @abc.abstractmethod
    def _tx(self, write: bool = True) -> AbstractContextManager[Any]:
        """A transaction yielding a DB-API cursor; joins an enclosing :meth:`batch`."""

    @abc.abstractmethod
    def _stream(self, sql: str, params: Sequence[Any]) -> Iterator[tuple]:
        """Rows of a read query, fetched a few thousand at a time."""

    @abc.abstractmethod
    def _existing_tables(self) -> set[str]:
        """User tables already in the store's namespace (before any write)."""

    def _migration_lock(self, cur: Any) -> None:
        """Serialise concurrent first openings (PostGIS); SQLite's write lock suffices."""

    def _before_migrations(self, cur: Any, srid: int) -> None:
        """Backend container set-up (GeoPackage tables) in the migration transaction."""

    def _after_migrations(self, cur: Any, srid: int) -> None:
        """Backend registration of the tables (gpkg_contents) in the migration transaction."""

    #: SQL expression for a geometry parameter and the parameters it takes.
    def _geom_in(self) -> str:
        return "?"

    @abc.abstractmethod
    def _geom_params(self, wkb: Optional[bytes]) -> tuple:
        """Parameters that go with :meth:`_geom_in` for this WKB (or None)."""

    def _geom_out(self, column: str = "geom") -> str:
        return column

    @abc.abstractmethod
    def _geom_decode(self, value: Any) -> Optional[bytes]:
        """WKB bytes from what :meth:`_geom_out` selects."""

    # -- small helpers ---------------------------------------------------------------------

    def _exec(self, cur: Any, sql: str, params: Sequence[Any] = ()) -> Any:
        cur.execute(self._q(sql), tuple(params))
        return cur

    def _many(self, cur: Any, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            cur.executemany(self._q(sql), [tuple(r) for r in rows])

    # -- opening ---------------------------------------------------------------------------

    def _prepare(self, srid_for_new: int) -> None:
        """Refuse foreign or newer stores, then apply pending migrations."""
        existing = self._existing_tables()
        version = 0
        if existing:
            if not {"schema_version", "store_info"} <= existing:
                shown = ", ".join(sorted(existing)[:8])
                raise NotANotesStoreError(
                    f"{self.location} is not a RegionAtlas notes store: it already holds other "
                    f"tables ({shown}). RegionAtlas never adds to or changes foreign tables; "
                    f"choose a new file or an empty schema for the notes."
                )
            # Our marker first: a foreign database may have tables of the same names.
            try:
                with self._tx(write=False) as cur:
                    app = self._info(cur, schema.APPLICATION_KEY)
                    version = self._read_version(cur)
            except (StoreError, InputError):
                app = None
            if app != schema.APPLICATION_NAME:
                raise NotANotesStoreError(
                    f"{self.location} has tables named like a notes store but is not a "
                    f"RegionAtlas notes store (no marker in store_info); it was not changed."
                )
            if version > schema.LATEST_VERSION:
                raise schema_too_new(self.location, version)
        if self._read_only and not existing:
            raise ReadOnlyStoreError(f"There is no notes store in {self.location} to read.")
        if version < schema.LATEST_VERSION:
            if self._read_only:
                raise ReadOnlyStoreError(
                    f"The notes store {self.location} is read-only and needs to be "
                    f"{'upgraded' if existing else 'created'} (schema version {version} -> "
                    f"{schema.LATEST_VERSION}). Make it writable or open a copy."
                )
            with self._tx(write=True) as cur:
                self._migration_lock(cur)
                self._before_migrations(cur, srid_for_new)
                for table in schema.BOOKKEEPING:
                    self._exec(cur, schema.render(table, self._dialect, srid_for_new))
                current = self._read_version(cur)
                if current > schema.LATEST_VERSION:
                    raise schema_too_new(self.location, current)
                self._exec(
                    cur,
                    "INSERT INTO store_info (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO NOTHING",
                    (schema.APPLICATION_KEY, schema.APPLICATION_NAME),
                )
                self._exec(
                    cur,
                    "INSERT INTO store_info (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO NOTHING",
                    ("srid", str(int(srid_for_new))),
                )
                srid = int(self._info(cur, "srid"))
                for migration in schema.pending(current):
                    for step in migration.steps:
                        ddl = schema.render(step, self._dialect, srid)
                        if ddl:
                            self._exec(cur, ddl)
                    self._exec(
                        cur,
                        "INSERT INTO schema_version (version, applied, description) "
                        "VALUES (?, ?, ?)",
                        (migration.version, utc_now(), migration.description),
                    )
                self._after_migrations(cur, srid)
        with self._tx(write=False) as cur:
            app = self._info(cur, schema.APPLICATION_KEY)
            if app != schema.APPLICATION_NAME:
                raise NotANotesStoreError(
                    f"{self.location} has a schema_version table but is not a RegionAtlas "
                    f"notes store (application {app!r}); it was not changed."
                )
            self._srid_value = int(self._info(cur, "srid"))
            self._version_value = self._read_version(cur)

    def _read_version(self, cur: Any = None) -> int:
        if cur is None:
            with self._tx(write=False) as c:
                return self._read_version(c)
        row = self._exec(cur, "SELECT MAX(version) FROM schema_version").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def _info(self, cur: Any, key: str) -> Optional[str]:
        row = self._exec(cur, "SELECT value FROM store_info WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    _dialect: str = ""

    @property
    def srid(self) -> int:
        return self._srid_value

    @property
    def schema_version(self) -> int:
        return self._version_value

    @property
    def read_only(self) -> bool:
        """True when the store can be read but not written."""
        return self._read_only

    def batch(self) -> AbstractContextManager[None]:
        @contextmanager
        def _batch() -> Iterator[None]:
            with self._tx(write=True):
                yield

        return _batch()

    def snapshot(self) -> AbstractContextManager[None]:
        @contextmanager
        def _snapshot() -> Iterator[None]:
            with self._tx(write=False) as cur:
                self._begin_snapshot(cur)
                yield

        return _snapshot()

    def _begin_snapshot(self, cur: Any) -> None:
        """First statement of a :meth:`snapshot` transaction (SQLite: a read transaction
        already reads one state of the file)."""

    # -- row conversion --------------------------------------------------------------------

    @staticmethod
    def _note(row: Sequence[Any]) -> Note:
        return Note(
            uuid=row[0],
            stakeholder_uuid=row[1],
            theme=row[2],
            kind=row[3],
            stance=row[4],
            status=row[5],
            text=row[6],
            author=row[7],
            created=row[8],
            updated=row[9],
            version=int(row[10]),
        )

    @staticmethod
    def _stakeholder(row: Sequence[Any]) -> Stakeholder:
        return Stakeholder(**dict(zip(STAKEHOLDER_FIELDS, row)))

    @staticmethod
    def _engagement(row: Sequence[Any]) -> Engagement:
        return Engagement(**dict(zip(ENGAGEMENT_FIELDS, row)))

    def _link(self, row: Sequence[Any]) -> NoteLink:
        note_uuid, dataset_key, feature_key, label, geom, linked = row
        return NoteLink(
            dataset_key=dataset_key,
            feature_key=feature_key,
            geometry_wkb=self._geom_decode(geom),
            label=label,
            note_uuid=note_uuid,
            linked=linked,
        )

    def _link_select(self) -> str:
        return (
            "SELECT note_uuid, dataset_key, feature_key, label, "
            f"{self._geom_out()}, linked FROM note_links"
        )

    # -- stakeholders ----------------------------------------------------------------------

    def add_stakeholder(self, stakeholder: Stakeholder) -> Stakeholder:
        stakeholder.validate()
        now = utc_now()
        saved = replace(stakeholder, created=stakeholder.created or now, updated=now)
        with self._tx() as cur:
            self._exec(
                cur,
                f"INSERT INTO stakeholders ({_cols(STAKEHOLDER_FIELDS)}) "
                f"VALUES ({_marks(len(STAKEHOLDER_FIELDS))})",
                [getattr(saved, f) for f in STAKEHOLDER_FIELDS],
            )
        return saved

    def get_stakeholder(self, uuid: str) -> Stakeholder:
        with self._tx(write=False) as cur:
            row = self._exec(
                cur,
                f"SELECT {_cols(STAKEHOLDER_FIELDS)} FROM stakeholders WHERE uuid = ?",
                (uuid,),
            ).fetchone()
        if row is None:
            raise NotFoundError(f"No stakeholder with uuid {uuid} in {self.location}.")
        return self._stakeholder(row)

    def list_stakeholders(self) -> list[Stakeholder]:
        with self._tx(write=False) as cur:
            rows = self._exec(
                cur,
                f"SELECT {_cols(STAKEHOLDER_FIELDS)} FROM stakeholders ORDER BY organisation, uuid",
            ).fetchall()
        return [self._stakeholder(r) for r in rows]

    def update_stakeholder(self, stakeholder: Stakeholder) -> Stakeholder:
        stakeholder.validate()
        saved = replace(stakeholder, updated=utc_now())
        fields = [f for f in STAKEHOLDER_FIELDS if f not in ("uuid", "created")]
        with self._tx() as cur:
            self._exec(
                cur,
                f"UPDATE stakeholders SET {', '.join(f + ' = ?' for f in fields)} WHERE uuid = ?",
                [getattr(saved, f) for f in fields] + [saved.uuid],
            )
            if cur.rowcount != 1:
                raise NotFoundError(
                    f"Stakeholder {saved.uuid} ({saved.organisation}) no longer exists in "
                    f"{self.location}; nothing was saved."
                )
        return saved

    def delete_stakeholder(self, uuid: str) -> None:
        with self._tx() as cur:
            self._exec(
                cur,
                "UPDATE notes SET stakeholder_uuid = NULL, version = version + 1, updated = ? "
                "WHERE stakeholder_uuid = ?",
                (utc_now(), uuid),
            )
            self._exec(cur, "DELETE FROM engagement WHERE stakeholder_uuid = ?", (uuid,))
            self._exec(cur, "DELETE FROM stakeholders WHERE uuid = ?", (uuid,))
            if cur.rowcount != 1:
                raise NotFoundError(f"No stakeholder with uuid {uuid} in {self.location}.")

    def _check_stakeholder(
        self, cur: Any, uuid: Optional[str], *, note: str = "", engagement: str = ""
    ) -> None:
        """The stakeholder of ``note`` (uuid) or of ``engagement`` (uuid) must exist."""
        if uuid is None:
            return
        row = self._exec(cur, "SELECT 1 FROM stakeholders WHERE uuid = ?", (uuid,)).fetchone()
        if row is None:
            if engagement:
                raise InputError(
                    "engagement {engagement}: stakeholder {uuid} does not exist in {store}",
                    engagement=engagement,
                    uuid=uuid,
                    store=self.location,
                )
            raise InputError(
                "note {note}: stakeholder {uuid} does not exist in {store}",
                note=note,
                uuid=uuid,
                store=self.location,
            )

    # -- notes -----------------------------------------------------------------------------

    def _note_values(self, note: Note) -> list[Any]:
        return [
            note.uuid,
            note.stakeholder_uuid,
            note.theme,
            note.kind,
            note.stance,
            note.status,
            note.text,
            search_text(note.text, note.author),
            note.author,
            note.created,
            note.updated,
            note.version,
        ]

    def _link_values(self, note_uuid: str, link: NoteLink, now: str) -> list[Any]:
        wkb = check_wkb(link.geometry_wkb, note=note_uuid, feature=link.feature_key)
        return [
            note_uuid,
            link.dataset_key,
            str(link.feature_key),
            link.label,
            *self._geom_params(wkb),
            now,
        ]

    def _insert_notes(self, cur: Any, notes: Sequence[Note]) -> list[Note]:
        now = utc_now()
        saved_notes = []
        note_rows = []
        link_rows = []
        for note in notes:
            note.validate()
            saved = replace(
                note,
                created=note.created or now,
                updated=now,
                version=1,
                links=[replace(lk, note_uuid=note.uuid, linked=now) for lk in note.links],
            )
            saved_notes.append(saved)
            note_rows.append(self._note_values(saved))
            link_rows.extend(self._link_values(saved.uuid, lk, now) for lk in saved.links)
        self._many(
            cur,
            "INSERT INTO notes (uuid, stakeholder_uuid, theme, kind, stance, status, text, "
            "search_text, author, created, updated, version) "
            f"VALUES ({_marks(12)})",
            note_rows,
        )
        self._many(
            cur,
            "INSERT INTO note_links (note_uuid, dataset_key, feature_key, label, geom, linked) "
            f"VALUES (?, ?, ?, ?, {self._geom_in()}, ?)",
            link_rows,
        )
        return saved_notes

    def add_note(self, note: Note) -> Note:
        note.validate()
        with self._tx() as cur:
            self._check_stakeholder(cur, note.stakeholder_uuid, note=note.uuid)
            return self._insert_notes(cur, [note])[0]

    def add_notes(self, notes: Iterable[Note]) -> int:
        count = 0
        with self._tx() as cur:
            chunk: list[Note] = []
            for note in notes:
                chunk.append(note)
                if len(chunk) >= 5000:
                    count += len(self._insert_notes(cur, chunk))
                    chunk = []
            if chunk:
                count += len(self._insert_notes(cur, chunk))
        return count

    def _fill_links(self, cur: Any, notes: list[Note]) -> None:
        by_uuid = {n.uuid: n for n in notes}
        uuids = list(by_uuid)
        for i in range(0, len(uuids), _CHUNK):
            part = uuids[i : i + _CHUNK]
            rows = self._exec(
                cur,
                f"{self._link_select()} WHERE note_uuid IN ({_marks(len(part))}) ORDER BY fid",
                part,
            ).fetchall()
            for row in rows:
                link = self._link(row)
                by_uuid[link.note_uuid].links.append(link)

    def _get_note(self, cur: Any, uuid: str, with_links: bool) -> Optional[Note]:
        row = self._exec(
            cur, f"SELECT {_cols(NOTE_FIELDS)} FROM notes WHERE uuid = ?", (uuid,)
        ).fetchone()
        if row is None:
            return None
        note = self._note(row)
        if with_links:
            self._fill_links(cur, [note])
        return note

    def get_note(self, uuid: str, *, with_links: bool = True) -> Note:
        with self._tx(write=False) as cur:
            note = self._get_note(cur, uuid, with_links)
        if note is None:
            raise NotFoundError(f"No note with uuid {uuid} in {self.location}.")
        return note

    def _where(self, flt: Optional[NoteFilter], alias: str = "n") -> tuple[str, list[Any]]:
        if flt is None:
            return "", []
        clauses: list[str] = []
        params: list[Any] = []
        for name, column in (
            ("theme", "theme"),
            ("stakeholder_uuid", "stakeholder_uuid"),
            ("kind", "kind"),
            ("stance", "stance"),
            ("status", "status"),
            ("author", "author"),
        ):
            values = _selection(getattr(flt, name))
            if values is None:
                continue
            if not values:
                clauses.append("1 = 0")
                continue
            clauses.append(f"{alias}.{column} IN ({_marks(len(values))})")
            params.extend(values)
        if flt.text:
            clauses.append(f"{alias}.search_text LIKE ? ESCAPE '\\'")
            params.append(_like_pattern(flt.text))
        if flt.dataset_key is not None:
            sub = "SELECT 1 FROM note_links fl WHERE fl.note_uuid = " + alias + ".uuid"
            sub += " AND fl.dataset_key = ?"
            params.append(flt.dataset_key)
            if flt.feature_key is not None:
                sub += " AND fl.feature_key = ?"
                params.append(str(flt.feature_key))
            clauses.append(f"EXISTS ({sub})")
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def list_notes(
        self,
        flt: Optional[NoteFilter] = None,
        *,
        with_links: bool = False,
        limit: Optional[int] = None,
        offset: int = 0,
    ) -> list[Note]:
        where, params = self._where(flt)
        sql = (
            f"SELECT {_cols(NOTE_FIELDS, 'n')} FROM notes n{where} ORDER BY n.created DESC, n.uuid"
        )
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [int(limit), int(offset)]
        elif offset:
            raise InputError("list_notes: offset needs a limit")
        with self._tx(write=False) as cur:
            notes = [self._note(r) for r in self._exec(cur, sql, params).fetchall()]
            if with_links:
                self._fill_links(cur, notes)
        return notes

    def count_notes(self) -> int:
        with self._tx(write=False) as cur:
            return int(self._exec(cur, "SELECT COUNT(*) FROM notes").fetchone()[0])

    def _conflict(self, cur: Any, note: Note) -> ConflictError:
        current = self._get_note(cur, note.uuid, with_links=False)
        return ConflictError(
            note.uuid,
            mine=note.text,
            theirs=current.text if current else None,
            expected_version=note.version,
            current_version=current.version if current else None,
            current=current,
        )

    def update_note(self, note: Note) -> Note:
        note.validate()
        saved = replace(note, updated=utc_now(), version=note.version + 1)
        with self._tx() as cur:
            self._check_stakeholder(cur, note.stakeholder_uuid, note=note.uuid)
            self._exec(
                cur,
                "UPDATE notes SET stakeholder_uuid = ?, theme = ?, kind = ?, stance = ?, "
                "status = ?, text = ?, search_text = ?, author = ?, updated = ?, "
                "version = version + 1 WHERE uuid = ? AND version = ?",
                (
                    saved.stakeholder_uuid,
                    saved.theme,
                    saved.kind,
                    saved.stance,
                    saved.status,
                    saved.text,
                    search_text(saved.text, saved.author),
                    saved.author,
                    saved.updated,
                    note.uuid,
                    note.version,
                ),
            )
            if cur.rowcount != 1:
                raise self._conflict(cur, note)
        return saved

    def delete_note(self, uuid: str, expected_version: Optional[int] = None) -> None:
        with self._tx() as cur:
            current = self._get_note(cur, uuid, with_links=False)
            if current is None:
                raise NotFoundError(f"No note with uuid {uuid} in {self.location}.")
            sql = "DELETE FROM notes WHERE uuid = ?"
            params: list[Any] = [uuid]
            if expected_version is not None:
                sql += " AND version = ?"
                params.append(int(expected_version))
            self._exec(cur, "DELETE FROM note_links WHERE note_uuid = ?", (uuid,))
            self._exec(cur, sql, params)
            if cur.rowcount != 1:
                raise ConflictError(
                    uuid,
                    mine="(delete)",
                    theirs=current.text,
                    expected_version=int(expected_version or 0),
                    current_version=current.version,
                    current=current,
                )

    # -- links -----------------------------------------------------------------------------

    def link(
        self,
        note_uuid: str,
        dataset_key: str,
        feature_key: str,
        geometry_wkb: Optional[bytes] = None,
        label: Optional[str] = None,
    ) -> NoteLink:
        lk = NoteLink(dataset_key, str(feature_key), geometry_wkb, label, note_uuid, utc_now())
        lk.validate()
        values = self._link_values(note_uuid, lk, lk.linked or utc_now())
        with self._tx() as cur:
            if (
                self._exec(cur, "SELECT 1 FROM notes WHERE uuid = ?", (note_uuid,)).fetchone()
                is None
            ):
                raise NotFoundError(f"No note with uuid {note_uuid} in {self.location}.")
            self._exec(
                cur,
                "INSERT INTO note_links (note_uuid, dataset_key, feature_key, label, geom, linked) "
                f"VALUES (?, ?, ?, ?, {self._geom_in()}, ?) "
                "ON CONFLICT (note_uuid, dataset_key, feature_key) DO UPDATE SET "
                "label = excluded.label, geom = excluded.geom, linked = excluded.linked",
                values,
            )
        return lk

    def unlink(self, note_uuid: str, dataset_key: str, feature_key: str) -> bool:
        with self._tx() as cur:
            self._exec(
                cur,
                "DELETE FROM note_links "
                "WHERE note_uuid = ? AND dataset_key = ? AND feature_key = ?",
                (note_uuid, dataset_key, str(feature_key)),
            )
            return cur.rowcount > 0

    def links_for_note(self, note_uuid: str) -> list[NoteLink]:
        with self._tx(write=False) as cur:
            rows = self._exec(
                cur, f"{self._link_select()} WHERE note_uuid = ? ORDER BY fid", (note_uuid,)
            ).fetchall()
        return [self._link(r) for r in rows]

    def notes_for_feature(
        self, dataset_key: str, feature_key: str, flt: Optional[NoteFilter] = None
    ) -> list[Note]:
        where, params = self._where(flt)
        where = where.replace(" WHERE ", " AND ", 1)
        sql = (
            f"SELECT {_cols(NOTE_FIELDS, 'n')} FROM note_links l "
            "JOIN notes n ON n.uuid = l.note_uuid "
            f"WHERE l.dataset_key = ? AND l.feature_key = ?{where} "
            "ORDER BY n.created DESC, n.uuid"
        )
        with self._tx(write=False) as cur:
            rows = self._exec(cur, sql, [dataset_key, str(feature_key), *params]).fetchall()
        return [self._note(r) for r in rows]

    def note_counts(self, dataset_key: str) -> dict[str, int]:
        with self._tx(write=False) as cur:
            rows = self._exec(
                cur,
                "SELECT feature_key, COUNT(*) FROM note_links WHERE dataset_key = ? "
                "GROUP BY feature_key",
                (dataset_key,),
            ).fetchall()
        return {r[0]: int(r[1]) for r in rows}

    def linked_features(self, dataset_key: Optional[str] = None) -> list[NoteLink]:
        sql = f"SELECT dataset_key, feature_key, label, {self._geom_out()}, linked FROM note_links"
        params: list[Any] = []
        if dataset_key is not None:
            sql += " WHERE dataset_key = ?"
            params.append(dataset_key)
        sql += " ORDER BY linked, fid"
        latest: dict[tuple[str, str], NoteLink] = {}
        for ds, fk, label, geom, linked in self._stream(sql, params):
            latest[(ds, fk)] = NoteLink(ds, fk, self._geom_decode(geom), label, None, linked)
        return sorted(latest.values(), key=lambda lk: (lk.dataset_key, lk.feature_key))

    def relink(
        self,
        dataset_key: str,
        new_keys: FeatureCopies,
        new_dataset_key: Optional[str] = None,
    ) -> RelinkReport:
        target = new_dataset_key or dataset_key
        copies = {}
        for key, (wkb, label) in new_keys.items():
            copies[str(key)] = (check_wkb(wkb, feature=key, dataset=target), label)
        report = RelinkReport(dataset_key=dataset_key)
        now = utc_now()
        with self._tx() as cur:
            links = self._exec(
                cur,
                "SELECT fid, note_uuid, feature_key FROM note_links WHERE dataset_key = ?",
                (dataset_key,),
            ).fetchall()
            occupied: set[tuple[str, str]] = set()
            if target != dataset_key:
                occupied = {
                    (r[0], r[1])
                    for r in self._exec(
                        cur,
                        "SELECT note_uuid, feature_key FROM note_links WHERE dataset_key = ?",
                        (target,),
                    ).fetchall()
                }
            updates, merges, drops = [], [], []
            matched: set[str] = set()
            unmatched: set[str] = set()
            unmatched_notes: set[str] = set()
            for fid, note_uuid, key in links:
                if key not in copies:
                    unmatched.add(key)
                    unmatched_notes.add(note_uuid)
                    continue
                matched.add(key)
                wkb, label = copies[key]
                if (note_uuid, key) in occupied:
                    # The note is already linked to this feature of the new layer: refresh
                    # that link and drop the old one instead of duplicating it.
                    merges.append([label, *self._geom_params(wkb), now, note_uuid, target, key])
                    drops.append([fid])
                else:
                    updates.append([label, *self._geom_params(wkb), now, target, fid])
            self._many(
                cur,
                f"UPDATE note_links SET label = ?, geom = {self._geom_in()}, linked = ?, "
                "dataset_key = ? WHERE fid = ?",
                updates,
            )
            self._many(
                cur,
                f"UPDATE note_links SET label = ?, geom = {self._geom_in()}, linked = ? "
                "WHERE note_uuid = ? AND dataset_key = ? AND feature_key = ?",
                merges,
            )
            self._many(cur, "DELETE FROM note_links WHERE fid = ?", drops)
        report.matched = sorted(matched)
        report.unmatched = sorted(unmatched)
        report.unmatched_notes = sorted(unmatched_notes)
        report.links_updated = len(updates) + len(merges)
        report.new_features = len(set(copies) - matched)
        return report

    # -- engagement ------------------------------------------------------------------------

    def add_engagement(self, engagement: Engagement) -> Engagement:
        engagement.validate()
        saved = replace(engagement, created=engagement.created or utc_now())
        with self._tx() as cur:
            self._check_stakeholder(cur, saved.stakeholder_uuid, engagement=saved.uuid)
            self._exec(
                cur,
                f"INSERT INTO engagement ({_cols(ENGAGEMENT_FIELDS)}) "
                f"VALUES ({_marks(len(ENGAGEMENT_FIELDS))})",
                [getattr(saved, f) for f in ENGAGEMENT_FIELDS],
            )
        return saved

    def list_engagement(self, stakeholder_uuid: Optional[str] = None) -> list[Engagement]:
        sql = f"SELECT {_cols(ENGAGEMENT_FIELDS)} FROM engagement"
        params: list[Any] = []
        if stakeholder_uuid is not None:
            sql += " WHERE stakeholder_uuid = ?"
            params.append(stakeholder_uuid)
        sql += " ORDER BY date, created, uuid"
        with self._tx(write=False) as cur:
            rows = self._exec(cur, sql, params).fetchall()
        return [self._engagement(r) for r in rows]

    def update_engagement(self, engagement: Engagement) -> Engagement:
        engagement.validate()
        with self._tx() as cur:
            self._exec(
                cur,
                "UPDATE engagement SET date = ?, event = ?, level = ? WHERE uuid = ?",
                (engagement.date, engagement.event, engagement.level, engagement.uuid),
            )
            if cur.rowcount != 1:
                raise NotFoundError(
                    f"No engagement event with uuid {engagement.uuid} in {self.location}."
                )
        return engagement

    def delete_engagement(self, uuid: str) -> None:
        with self._tx() as cur:
            self._exec(cur, "DELETE FROM engagement WHERE uuid = ?", (uuid,))
            if cur.rowcount != 1:
                raise NotFoundError(f"No engagement event with uuid {uuid} in {self.location}.")

    # -- personal data ---------------------------------------------------------------------

    def erase_person(self, name_or_email: str, mode: str = "erase") -> ErasureReport:
        if mode not in ("erase", "anonymise"):
            raise InputError(
                "erase_person: mode must be 'erase' or 'anonymise', not {mode!r}", mode=mode
            )
        person = (name_or_email or "").strip()
        if len(person) < 3:
            raise InputError(
                "erase_person: give a full name or e-mail address (at least 3 characters); "
                "{person!r} would match far too much",
                person=person,
            )
        folded = person.casefold()
        pattern = re.compile(re.escape(person), re.IGNORECASE)

        def hit(value: Optional[str]) -> bool:
            return bool(value) and (folded in value.casefold() or bool(pattern.search(value)))

        def scrub(value: str) -> str:
            return pattern.sub(ANONYMISED, value)

        report = ErasureReport(person=person, mode=mode)
        now = utc_now()
        like = _like_pattern(person)
        with self._tx() as cur:
            # notes: search_text is the casefolded text + author, so LIKE pre-selects them.
            rows = self._exec(
                cur,
                "SELECT uuid, text, author FROM notes WHERE search_text LIKE ? ESCAPE '\\'",
                (like,),
            ).fetchall()
            for uuid, text, author in rows:
                in_text, in_author = hit(text), hit(author)
                if not (in_text or in_author):
                    continue
                if mode == "erase" and in_text:
                    self._exec(cur, "DELETE FROM note_links WHERE note_uuid = ?", (uuid,))
                    self._exec(cur, "DELETE FROM notes WHERE uuid = ?", (uuid,))
                    report.changes.append(ErasureChange("notes", uuid, "deleted", ("*",)))
                    continue
                new_text = scrub(text) if in_text else text
                if in_author:
                    new_author = None if mode == "erase" else scrub(author)
                else:
                    new_author = author
                self._exec(
                    cur,
                    "UPDATE notes SET text = ?, author = ?, search_text = ?, updated = ?, "
                    "version = version + 1 WHERE uuid = ?",
                    (new_text, new_author, search_text(new_text, new_author), now, uuid),
                )
                fields = tuple(f for f, h in (("text", in_text), ("author", in_author)) if h)
                action = "anonymised" if in_text or mode == "anonymise" else "cleared"
                report.changes.append(ErasureChange("notes", uuid, action, fields))

            # stakeholders are organisations: kept; personal fields cleared, mentions replaced.
            rows = self._exec(
                cur,
                "SELECT uuid, organisation, contact_role, involvement, contact_name, "
                "contact_email FROM stakeholders",
            ).fetchall()
            for uuid, organisation, role, involvement, name, email in rows:
                text_fields = {
                    k: v
                    for k, v in (
                        ("organisation", organisation),
                        ("contact_role", role),
                        ("involvement", involvement),
                    )
                    if hit(v)
                }
                personal = [
                    k for k, v in (("contact_name", name), ("contact_email", email)) if hit(v)
                ]
                if not text_fields and not personal:
                    continue
                sets = [f"{k} = ?" for k in text_fields] + [f"{k} = NULL" for k in personal]
                values = [scrub(v) for v in text_fields.values()]
                self._exec(
                    cur,
                    f"UPDATE stakeholders SET {', '.join(sets)}, updated = ? WHERE uuid = ?",
                    [*values, now, uuid],
                )
                action = "anonymised" if text_fields else "cleared"
                report.changes.append(
                    ErasureChange("stakeholders", uuid, action, (*text_fields, *personal))
                )

            rows = self._exec(cur, "SELECT uuid, event FROM engagement").fetchall()
            for uuid, event in rows:
                if not hit(event):
                    continue
                if mode == "erase":
                    self._exec(cur, "DELETE FROM engagement WHERE uuid = ?", (uuid,))
                    report.changes.append(ErasureChange("engagement", uuid, "deleted", ("*",)))
                else:
                    self._exec(
                        cur, "UPDATE engagement SET event = ? WHERE uuid = ?", (scrub(event), uuid)
                    )
                    report.changes.append(
                        ErasureChange("engagement", uuid, "anonymised", ("event",))
                    )

            rows = self._exec(
                cur, "SELECT fid, note_uuid, label FROM note_links WHERE label IS NOT NULL"
            ).fetchall()
            for fid, note_uuid, label in rows:
                if hit(label):
                    self._exec(
                        cur, "UPDATE note_links SET label = ? WHERE fid = ?", (scrub(label), fid)
                    )
                    report.changes.append(
                        ErasureChange("note_links", f"{note_uuid}#{fid}", "anonymised", ("label",))
                    )
        return report

    # -- export ----------------------------------------------------------------------------

    def _export_query(
        self,
        flt: Optional[NoteFilter],
        geometry_sql: Optional[str] = None,
        empty_as_null: bool = False,
    ) -> tuple[str, list[Any]]:
        """The SELECT of :meth:`export_rows` (``?`` placeholders) and its parameters.

        *geometry_sql*: the expression selecting the link geometry (default
        :meth:`_geom_out` of ``l.geom``; ``""``: no geometry column). *empty_as_null*: text
        values that are empty strings come as NULL (for a CSV that writes both alike)."""
        where, params = self._where(flt)
        join_params: list[Any] = []
        link_join = "LEFT JOIN note_links l ON l.note_uuid = n.uuid"
        if flt is not None and flt.dataset_key is not None:
            link_join += " AND l.dataset_key = ?"
            join_params.append(flt.dataset_key)
            if flt.feature_key is not None:
                link_join += " AND l.feature_key = ?"
                join_params.append(str(flt.feature_key))
        values = [
            c if c == "n.version" or not empty_as_null else f"NULLIF({c}, '')"
            for c in EXPORT_VALUE_SQL
        ]
        geometry = self._geom_out("l.geom") if geometry_sql is None else geometry_sql
        if geometry:
            values.append(geometry)
        sql = (
            f"SELECT {', '.join(values)} "
            "FROM notes n LEFT JOIN stakeholders s ON s.uuid = n.stakeholder_uuid "
            f"{link_join}{where} ORDER BY n.created DESC, n.uuid, l.fid"
        )
        return sql, [*join_params, *params]

    def export_rows(self, flt: Optional[NoteFilter] = None) -> Iterator[dict[str, Any]]:
        sql, params = self._export_query(flt)
        decode = self._geom_decode
        columns = EXPORT_COLUMNS
        for row in self._stream(sql, params):
            out = dict(zip(columns, row))
            out["geometry_wkb"] = decode(row[16])
            yield out


def schema_too_new(where: str, found: int) -> Exception:
    from .errors import SchemaTooNewError

    return SchemaTooNewError(where, found, schema.LATEST_VERSION)
