"""GeoPackage backend: the default notes store, one file beside the QGIS project.

Why a real GeoPackage and not a bare SQLite file: QGIS and OGR can then open the store
directly, so ``note_links`` (with its geometry copy) is a layer that can be styled, and the
notes and stakeholders tables are browsable. The file carries application_id 'GPKG',
``gpkg_spatial_ref_sys``, ``gpkg_contents`` and ``gpkg_geometry_columns``; geometries are
stored as GeoPackage binary (header + WKB).

Safety:

* An existing file that is not our store is refused (:class:`NotANotesStoreError`): we never
  add to or change foreign tables. An *empty* GeoPackage (only gpkg_* tables) is accepted.
* A store with a newer schema version is refused (:class:`SchemaTooNewError`).
* Rollback journal (``journal_mode=DELETE``, ``synchronous=FULL``) rather than WAL: the file
  travels with the project and may live on a network share, where WAL does not work; every
  write is one ``BEGIN IMMEDIATE ... COMMIT`` transaction, so a crash leaves the last
  committed state (the hot journal is rolled back on the next open).
* A file without write permission opens read-only: reads work, writes raise
  :class:`ReadOnlyStoreError` naming the file.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import struct
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Optional, Union

import shapely

from ..errors import InputError
from . import schema
from ._sql import SqlNotesRepository
from .errors import NotANotesStoreError, ReadOnlyStoreError, StoreError
from .model import DEFAULT_SRID

GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"
GPKG_USER_VERSION = 10200  # GeoPackage 1.2

#: Envelope sizes in bytes by the header's envelope indicator (GeoPackage 1.2, 2.1.3).
_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}

#: How our tables appear in gpkg_contents (identifier, description).
_CONTENTS = {
    "note_links": ("RegionAtlas note links", "Copies of linked features (geometry, label)"),
    "notes": ("RegionAtlas notes", "Stakeholder notes"),
    "stakeholders": ("RegionAtlas stakeholders", "Stakeholder register"),
    "engagement": ("RegionAtlas engagement", "Engagement events per stakeholder"),
}


def gpkg_geometry(wkb: Optional[bytes], srid: int) -> Optional[bytes]:
    """GeoPackage binary geometry: 'GP' header with srs id and xy envelope, then the WKB."""
    if wkb is None:
        return None
    geom = shapely.from_wkb(wkb)
    if geom.is_empty:
        flags = 0b0001_0001  # empty, no envelope, little endian
        return b"GP\x00" + bytes([flags]) + struct.pack("<i", srid) + wkb
    minx, miny, maxx, maxy = geom.bounds
    flags = 0b0000_0011  # xy envelope, little endian
    header = b"GP\x00" + bytes([flags]) + struct.pack("<i", srid)
    return header + struct.pack("<4d", minx, maxx, miny, maxy) + wkb


def wkb_from_gpkg(blob: Optional[bytes]) -> Optional[bytes]:
    """The WKB part of a GeoPackage binary geometry."""
    if blob is None:
        return None
    blob = bytes(blob)
    if blob[:2] != b"GP":
        raise StoreError("a stored geometry is not GeoPackage binary (no 'GP' header)")
    envelope = (blob[3] >> 1) & 0b111
    return blob[8 + _ENVELOPE_BYTES.get(envelope, 0) :]


def _envelope(blob: Optional[bytes]) -> Optional[tuple[float, float, float, float]]:
    """(minx, maxx, miny, maxy) of a GeoPackage geometry, or None when null or empty."""
    if blob is None:
        return None
    blob = bytes(blob)
    if blob[:2] != b"GP" or blob[3] & 0b0001_0000:
        return None
    flags = blob[3]
    if (flags >> 1) & 0b111:
        return struct.unpack_from("<4d" if flags & 1 else ">4d", blob, 8)
    geom = shapely.from_wkb(blob[8:])
    if geom.is_empty:
        return None
    minx, miny, maxx, maxy = geom.bounds
    return minx, maxx, miny, maxy


def _register_gpkg_functions(conn: sqlite3.Connection) -> None:
    """The SQL functions GeoPackage spatial-index triggers call.

    QGIS/OGR may add an R-tree index to ``note_links`` (gpkg_rtree_index extension); its
    triggers call ST_IsEmpty and ST_MinX/MaxX/MinY/MaxY, which plain sqlite3 lacks, so
    without these our inserts would fail once someone indexed the layer in QGIS.
    """

    def coordinate(i: int):
        def fn(blob: Optional[bytes]) -> Optional[float]:
            env = _envelope(blob)
            return None if env is None else env[i]

        return fn

    def is_empty(blob: Optional[bytes]) -> Optional[int]:
        if blob is None:
            return None
        return 1 if _envelope(blob) is None else 0

    conn.create_function("ST_IsEmpty", 1, is_empty, deterministic=True)
    for i, name in enumerate(("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")):
        conn.create_function(name, 1, coordinate(i), deterministic=True)


#: Optional ``srid -> (name, organization, WKT)`` supplied by the host application.
_srs_resolver: Callable[[int], tuple[str, str, str]] | None = None


def set_srs_resolver(resolver: Callable[[int], tuple[str, str, str]] | None) -> None:
    """Let the host application describe CRSs for ``gpkg_spatial_ref_sys``.

    Inside QGIS the plugin passes QGIS's own CRS database, so only one PROJ library is ever
    used in the process (a second PROJ, e.g. from a pyproj wheel, has crashed QGIS).
    Without a resolver, pyproj is used when importable.
    """
    global _srs_resolver
    _srs_resolver = resolver


def _srs_definition(srid: int) -> tuple[str, str, str]:
    """(name, organization, WKT definition) for gpkg_spatial_ref_sys."""
    if _srs_resolver is not None:
        return _srs_resolver(srid)
    try:
        import pyproj

        crs = pyproj.CRS.from_epsg(srid)
        return crs.name, "EPSG", crs.to_wkt("WKT1_GDAL")
    except Exception:  # pyproj missing or unknown code: OGR still reads the EPSG code
        return f"EPSG:{srid}", "EPSG", "undefined"


class GeoPackageStore(SqlNotesRepository):
    """Notes store in a GeoPackage file (created with the notes schema if missing)."""

    backend = "gpkg"
    _dialect = schema.GPKG

    def __init__(
        self,
        path: Union[str, os.PathLike],
        *,
        srid: int = DEFAULT_SRID,
        create: bool = True,
        read_only: bool = False,
        timeout: float = 10.0,
    ) -> None:
        """Open (and create or upgrade) the store.

        *srid* is the CRS of the link geometries, used only when the store is created.
        *create* False refuses a missing file. *read_only* True never writes (also implied
        by a file without write permission). *timeout*: seconds to wait for another
        program's write lock before giving up.
        """
        self._path = Path(path)
        self._depth = 0
        self._doomed = False
        self._cursor: Any = None
        exists = self._path.exists() and self._path.stat().st_size > 0
        if not exists and not create:
            raise StoreError(f"There is no notes store at {self._path}.")
        if exists:
            mode = self._path.stat().st_mode
            no_write_bits = not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
            read_only = read_only or no_write_bits or not os.access(self._path, os.W_OK)
        elif read_only:
            raise ReadOnlyStoreError(f"There is no notes store at {self._path} to read.")
        self._read_only = read_only
        try:
            if read_only:
                uri = f"{self._path.resolve().as_uri()}?mode=ro"
                self._conn = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)
            else:
                self._conn = sqlite3.connect(str(self._path), timeout=timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"Cannot open the notes store {self._path}: {exc}") from None
        try:
            _register_gpkg_functions(self._conn)
            self._check_sqlite_file(exists)
            self._conn.execute("PRAGMA foreign_keys = ON")
            if not read_only:
                self._conn.execute("PRAGMA journal_mode = DELETE")
                self._conn.execute("PRAGMA synchronous = FULL")
            self._prepare(int(srid))
        except sqlite3.Error as exc:
            self._conn.close()
            raise self._translate(exc) from None
        except BaseException:
            self._conn.close()
            raise

    # -- identity --------------------------------------------------------------------------

    @property
    def location(self) -> str:
        return str(self._path)

    @property
    def path(self) -> Path:
        """The GeoPackage file."""
        return self._path

    def close(self) -> None:
        conn = getattr(self, "_conn", None)
        if conn is not None:
            conn.close()
            self._conn = None

    def _check_sqlite_file(self, exists: bool) -> None:
        try:
            app_id = self._conn.execute("PRAGMA application_id").fetchone()[0]
            self._conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise self._translate(exc) from None
            raise NotANotesStoreError(
                f"{self._path} is not a GeoPackage (not an SQLite database); it was not "
                f"changed. Choose another file name for the notes store."
            ) from None
        if exists and app_id not in (0, GPKG_APPLICATION_ID) and self._user_tables():
            raise NotANotesStoreError(
                f"{self._path} is an SQLite database of another application "
                f"(application_id {app_id:#x}), not a RegionAtlas notes store; it was not changed."
            )

    def _user_tables(self) -> set[str]:
        rows = self._conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
        ).fetchall()
        return {
            r[0] for r in rows if not r[0].startswith(("gpkg_", "sqlite_", "rtree_", "gpkgext_"))
        }

    def _existing_tables(self) -> set[str]:
        return self._user_tables()

    # -- transactions ----------------------------------------------------------------------

    def _translate(self, exc: Exception) -> Exception:
        text = str(exc)
        if isinstance(exc, sqlite3.IntegrityError):
            if "FOREIGN KEY" in text:
                return InputError(
                    "A note or event refers to a stakeholder or note that does not exist "
                    "({detail}).",
                    detail=text,
                )
            return InputError("The notes store refused the values: {detail}", detail=text)
        if "readonly" in text or "read-only" in text:
            return ReadOnlyStoreError(
                f"The notes store {self._path} is read-only; nothing was saved. Make the file "
                f"writable (or save the notes to another store) and try again."
            )
        if "locked" in text or "busy" in text:
            return StoreError(
                f"The notes store {self._path} is locked by another program; nothing was "
                f"saved. Try again in a moment."
            )
        if "disk" in text or "full" in text or "malformed" in text:
            return StoreError(
                f"Cannot write the notes store {self._path}: {text}. Nothing was saved."
            )
        return StoreError(f"The notes store {self._path} failed: {text}. Nothing was saved.")

    @contextmanager
    def _tx(self, write: bool = True) -> Iterator[Any]:
        if self._conn is None:
            raise StoreError(f"The notes store {self._path} is closed.")
        if write and self._read_only:
            raise ReadOnlyStoreError(
                f"The notes store {self._path} is read-only; nothing was saved. Make the file "
                f"writable (or save the notes to another store) and try again."
            )
        if self._depth:
            # Inside batch(): join its transaction. A database error dooms the whole batch
            # even if the caller catches it, so the batch can never commit half its writes.
            if self._doomed:
                raise StoreError(
                    f"An earlier write in this batch failed, so none of the batch was saved "
                    f"to {self._path}."
                )
            try:
                yield self._cursor
            except sqlite3.Error as exc:
                self._doomed = True
                raise self._translate(exc) from exc
            return
        cur = self._conn.cursor()
        try:
            cur.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        except sqlite3.Error as exc:
            raise self._translate(exc) from exc
        self._depth, self._cursor, self._doomed = 1, cur, False
        try:
            yield cur
            if self._doomed:
                raise StoreError(
                    f"A write in this batch failed, so none of the batch was saved to {self._path}."
                )
            cur.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise self._translate(exc) from exc
        except BaseException:
            self._rollback()
            raise
        finally:
            self._depth, self._cursor = 0, None
            cur.close()

    def _rollback(self) -> None:
        if self._conn is not None and self._conn.in_transaction:
            try:
                self._conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass

    def _stream(self, sql: str, params: Sequence[Any]) -> Iterator[tuple]:
        with self._tx(write=False):
            cur = self._conn.cursor()  # own cursor: the caller may query while iterating
            cur.execute(sql, tuple(params))
            while True:
                rows = cur.fetchmany(5000)
                if not rows:
                    break
                yield from rows

    # -- geometry --------------------------------------------------------------------------

    def _geom_params(self, wkb: Optional[bytes]) -> tuple:
        return (gpkg_geometry(wkb, self._srid_value or DEFAULT_SRID),)

    def _geom_decode(self, value: Any) -> Optional[bytes]:
        return wkb_from_gpkg(value)

    # -- GeoPackage container --------------------------------------------------------------

    def _before_migrations(self, cur: Any, srid: int) -> None:
        self._srid_value = srid
        cur.execute(f"PRAGMA application_id = {GPKG_APPLICATION_ID}")
        cur.execute(f"PRAGMA user_version = {GPKG_USER_VERSION}")
        cur.execute(
            "CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys ("
            "srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, "
            "organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, "
            "definition TEXT NOT NULL, description TEXT)"
        )
        cur.execute(
            "CREATE TABLE IF NOT EXISTS gpkg_contents ("
            "table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, "
            "identifier TEXT UNIQUE, description TEXT DEFAULT '', "
            "last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), "
            "min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, "
            "srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) "
            "REFERENCES gpkg_spatial_ref_sys(srs_id))"
        )
        cur.execute(
            "CREATE TABLE IF NOT EXISTS gpkg_geometry_columns ("
            "table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
            "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, "
            "z TINYINT NOT NULL, m TINYINT NOT NULL, "
            "CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), "
            "CONSTRAINT uk_gc_table_name UNIQUE (table_name), "
            "CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), "
            "CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))"
        )
        required = [
            ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian"),
            ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic"),
            (
                "WGS 84 geodetic",
                4326,
                "EPSG",
                4326,
                'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
                'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,'
                'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,'
                'AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],'
                'AUTHORITY["EPSG","4326"]]',
                "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid",
            ),
        ]
        if srid not in (-1, 0, 4326):
            name, org, wkt = _srs_definition(srid)
            required.append((name, srid, org, srid, wkt, None))
        cur.executemany(
            "INSERT OR IGNORE INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, "
            "organization_coordsys_id, definition, description) VALUES (?, ?, ?, ?, ?, ?)",
            required,
        )

    def _after_migrations(self, cur: Any, srid: int) -> None:
        for table, (identifier, description) in _CONTENTS.items():
            data_type = "features" if table == "note_links" else "attributes"
            cur.execute(
                "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, "
                "description, srs_id) VALUES (?, ?, ?, ?, ?)",
                (
                    table,
                    data_type,
                    identifier,
                    description,
                    srid if data_type == "features" else None,
                ),
            )
        cur.execute(
            "INSERT OR IGNORE INTO gpkg_geometry_columns (table_name, column_name, "
            "geometry_type_name, srs_id, z, m) VALUES (?, ?, ?, ?, ?, ?)",
            ("note_links", "geom", "GEOMETRY", srid, 2, 2),
        )

    # -- maintenance -----------------------------------------------------------------------

    def integrity_check(self) -> list[str]:
        """SQLite's ``PRAGMA integrity_check`` result (``['ok']`` for a sound file)."""
        with self._tx(write=False) as cur:
            return [r[0] for r in cur.execute("PRAGMA integrity_check").fetchall()]
