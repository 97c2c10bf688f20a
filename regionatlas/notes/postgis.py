"""PostgreSQL/PostGIS backend: one notes store shared by a team.

The same logical schema as the GeoPackage lives in its own PostgreSQL schema
(``regionatlas`` by default), so the notes never mix with other tables of the database.
The link geometries are ``geometry(Geometry, srid)`` columns that QGIS reads as a layer.

Why optimistic concurrency: planners keep a note open in the dock for minutes; holding a
row lock that long would block colleagues. Each note has a version; a save is
``UPDATE ... WHERE uuid = ? AND version = ?``, which PostgreSQL's row locking makes atomic,
so of two concurrent saves over the same version exactly one wins and the other gets a
:class:`ConflictError` showing both texts. Never a silent overwrite.

Why no automatic retry after a lost connection: the transaction is rolled back by the server
and :class:`ConnectionLostError` says so; the store reconnects on the next call, so the dock
can offer "try again" with the text still in the form. Retrying silently could apply a
change twice when the connection dropped during COMMIT.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, BinaryIO, Optional

import psycopg
from psycopg import sql as pgsql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from ..errors import InputError
from . import export_csv, schema
from ._sql import SqlNotesRepository
from .errors import ConnectionLostError, ReadOnlyStoreError, StoreError
from .model import DEFAULT_SRID, EXPORT_COLUMNS, NoteFilter

DEFAULT_SCHEMA = "regionatlas"

#: Backslash escapes of PostgreSQL's COPY text format (COPY, "Text Format").
_COPY_ESCAPES = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_COPY_ESCAPE_RE = re.compile(r"\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)")


def _copy_unescape(match: re.Match) -> str:
    code = match.group(1)
    if code in _COPY_ESCAPES:
        return _COPY_ESCAPES[code]
    if code[0] == "x" and len(code) > 1:
        return chr(int(code[1:], 16))
    if code[0] in "01234567":
        return chr(int(code, 8))
    return code


def _copy_value(field: str) -> Optional[str]:
    """One field of a COPY text row: ``\\N`` is NULL, backslash sequences are unescaped."""
    if field == "\\N":
        return None
    if "\\" in field:
        return _COPY_ESCAPE_RE.sub(_copy_unescape, field)
    return field


#: Rows of ``COPY ... TO STDOUT`` joined before decoding and splitting them. psycopg hands
#: over one row per chunk; decoding a few thousand at once keeps the per-row Python small
#: while the memory held stays a few MB (rows of the notes export are about 1 kB).
COPY_BATCH_ROWS = 2000


def _copy_lines(copy: Any, encoding: str = "utf-8") -> Iterator[str]:
    """Rows of ``COPY ... TO STDOUT`` text output, whatever the chunk boundaries.

    Chunks are joined and decoded in batches of :data:`COPY_BATCH_ROWS` (a row never splits
    a character: the connection's encoding is UTF-8, where a newline byte is always a
    newline), then split into rows; a row split over two chunks is joined again."""
    tail = b""
    batch: list[Any] = []
    for chunk in copy:
        batch.append(chunk)
        if len(batch) >= COPY_BATCH_ROWS:
            data = tail + b"".join(batch)
            batch = []
            cut = data.rfind(b"\n")
            tail = data[cut + 1 :]
            if cut >= 0:
                yield from data[:cut].decode(encoding).split("\n")
    data = tail + b"".join(batch)
    if data.endswith(b"\n"):
        data = data[:-1]
    if data:
        yield from data.decode(encoding).split("\n")


def _copy_fields(line: str) -> list[Optional[str]]:
    """The fields of one COPY text row; only a row with a backslash (an escape or ``\\N``,
    NULL) is looked at field by field."""
    values: list[Optional[str]] = line.split("\t")
    if "\\" in line:
        values = [_copy_value(v) if "\\" in v else v for v in values]  # type: ignore[arg-type]
    return values


_cursor_names = itertools.count(1)


def normalise_conninfo(target: str) -> str:
    """A libpq conninfo string from a conninfo string, a URI or a bare pg service name.

    QGIS's saved connections and ``~/.pg_service.conf`` entries both end up here: a bare
    word ("regionatlas") is taken as a service name.
    """
    target = (target or "").strip()
    if not target:
        raise InputError("No PostgreSQL connection given (conninfo string or service name).")
    if "=" in target or target.startswith(("postgresql://", "postgres://")):
        return target
    return make_conninfo(service=target)


def describe_conninfo(conninfo: str) -> str:
    """The connection for messages, without password."""
    try:
        params = conninfo_to_dict(conninfo)
    except psycopg.ProgrammingError:
        return "PostgreSQL (unparsable connection string)"
    if "service" in params:
        return f"PostgreSQL service {params['service']!r}"
    host = params.get("host", "localhost")
    port = params.get("port", "5432")
    return f"PostgreSQL database {params.get('dbname', '?')!r} on {host}:{port}"


class PostGISStore(SqlNotesRepository):
    """Notes store in a PostGIS database schema (created with the notes schema if missing)."""

    backend = "postgis"
    _dialect = schema.POSTGIS

    def __init__(
        self,
        conninfo: str,
        *,
        schema_name: str = DEFAULT_SCHEMA,
        srid: int = DEFAULT_SRID,
        connect_timeout: int = 10,
        read_only: bool = False,
    ) -> None:
        """Connect, check the schema and apply pending migrations.

        *conninfo*: a libpq conninfo string (``"host=... dbname=..."``), a URI, or a pg
        service name. *schema_name*: the PostgreSQL schema holding the notes tables.
        *srid*: CRS of the link geometries when the store is created. Installs the PostGIS
        extension when it is missing and the user may; otherwise says whom to ask.
        *read_only*: never create, upgrade or change anything (exports and reports): the
        session is read-only on the server, and a missing store is an error.
        """
        self._read_only = bool(read_only)
        if not schema_name or not schema_name.replace("_", "").isalnum():
            raise InputError(
                "PostgreSQL schema name {schema!r}: use letters, digits and _ only",
                schema=schema_name,
            )
        base = normalise_conninfo(conninfo)
        # TCP keepalives notice a silently dropped network within about a minute, so a
        # save fails with ConnectionLostError instead of hanging; the user's own settings win.
        given = set(conninfo_to_dict(base))
        defaults = {
            "keepalives": "1",
            "keepalives_idle": "30",
            "keepalives_interval": "10",
            "keepalives_count": "3",
            "application_name": "RegionAtlas notes",
        }
        self._conninfo = make_conninfo(
            base,
            connect_timeout=str(int(connect_timeout)),
            client_encoding="UTF8",
            **{k: v for k, v in defaults.items() if k not in given},
        )
        self._schema = schema_name
        self._where_text = f"{describe_conninfo(self._conninfo)}, schema {schema_name!r}"
        self._conn: Optional[psycopg.Connection] = None
        self._cursor: Any = None
        self._depth = 0
        self._doomed = False
        self._closed = False
        self._connect()
        try:
            self._prepare(int(srid))
        except BaseException:
            self.close()
            raise

    # -- connection ------------------------------------------------------------------------

    def _connect(self) -> None:
        try:
            conn = psycopg.connect(self._conninfo, autocommit=True)
        except psycopg.Error as exc:
            raise ConnectionLostError(
                f"Cannot connect to {describe_conninfo(self._conninfo)}: {str(exc).strip()}"
            ) from None
        try:
            row = conn.execute(
                "SELECT n.nspname FROM pg_extension e "
                "JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'postgis'"
            ).fetchone()
            if row is None and self._read_only:
                raise StoreError(
                    f"There is no notes store in {describe_conninfo(self._conninfo)} to read "
                    f"(PostGIS is not installed there)."
                )
            if row is None:
                try:
                    conn.execute("CREATE EXTENSION IF NOT EXISTS postgis")
                except psycopg.Error:
                    raise StoreError(
                        f"PostGIS is not installed in {describe_conninfo(self._conninfo)} and "
                        f"RegionAtlas may not install it. Ask the database administrator to "
                        f"run: CREATE EXTENSION postgis;"
                    ) from None
                row = conn.execute(
                    "SELECT n.nspname FROM pg_extension e "
                    "JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'postgis'"
                ).fetchone()
            if self._read_only:
                conn.execute("SET default_transaction_read_only = on")
            conn.execute(
                pgsql.SQL("SET search_path TO {}, {}").format(
                    pgsql.Identifier(self._schema), pgsql.Identifier(row[0])
                )
            )
        except BaseException:
            conn.close()
            raise
        self._conn = conn

    @property
    def location(self) -> str:
        return self._where_text

    @property
    def schema_name(self) -> str:
        """The PostgreSQL schema holding the notes tables."""
        return self._schema

    def backend_pid(self) -> Optional[int]:
        """Server process id of the current connection (for diagnostics and tests)."""
        if self._conn is None or self._conn.closed:
            return None
        return self._conn.info.backend_pid

    def close(self) -> None:
        self._closed = True
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _exec(self, cur: Any, sql: str, params: Sequence[Any] = ()) -> Any:
        cur.execute(self._q(sql), tuple(params) if params else None)
        return cur

    def _q(self, sql: str) -> str:
        return sql.replace("?", "%s")

    # -- transactions ----------------------------------------------------------------------

    def _lost(self, exc: Exception, committing: bool) -> ConnectionLostError:
        if self._conn is not None:
            self._conn.close()
        self._conn = None
        if committing:
            what = (
                "The connection was lost while saving; the server may or may not have "
                "stored the change. Reload the note to check before saving again."
            )
        else:
            what = "Nothing was saved (the server rolled the change back). Try again."
        return ConnectionLostError(
            f"The connection to {self._where_text} was lost ({str(exc).strip()}). {what}"
        )

    def _translate(self, exc: psycopg.Error) -> Exception:
        text = str(exc).strip()
        if isinstance(exc, psycopg.errors.ForeignKeyViolation):
            return InputError(
                "A note or event refers to a stakeholder or note that does not exist ({detail}).",
                detail=text,
            )
        if isinstance(exc, (psycopg.errors.IntegrityError, psycopg.errors.DataError)):
            return InputError("The notes store refused the values: {detail}", detail=text)
        if isinstance(
            exc, (psycopg.errors.InsufficientPrivilege, psycopg.errors.ReadOnlySqlTransaction)
        ):
            return ReadOnlyStoreError(
                f"You may not write to {self._where_text} ({text}); nothing was saved."
            )
        return StoreError(f"{self._where_text} failed: {text}. Nothing was saved.")

    @contextmanager
    def _tx(self, write: bool = True) -> Iterator[Any]:
        if self._depth:
            # Inside batch(): join its transaction. A database error dooms the whole batch
            # even if the caller catches it (PostgreSQL would silently roll back on COMMIT).
            if self._doomed:
                raise StoreError(
                    f"An earlier write in this batch failed, so none of the batch was saved "
                    f"to {self._where_text}."
                )
            try:
                yield self._cursor
            except psycopg.Error as exc:
                self._doomed = True
                if self._conn is not None and (self._conn.broken or self._conn.closed):
                    raise  # the outermost level reports the lost connection
                raise self._translate(exc) from exc
            return
        if self._closed:
            raise StoreError(f"The notes store {self._where_text} is closed.")
        if self._conn is None or self._conn.closed or self._conn.broken:
            self._connect()  # retry after a lost connection: a fresh session
        conn = self._conn
        assert conn is not None
        committing = False
        self._depth, self._doomed = 1, False
        try:
            with conn.transaction():
                with conn.cursor() as cur:
                    self._cursor = cur
                    yield cur
                    if self._doomed:
                        raise StoreError(
                            f"A write in this batch failed, so none of the batch was saved "
                            f"to {self._where_text}."
                        )
                committing = True
        except psycopg.OperationalError as exc:
            if conn.broken or conn.closed:
                raise self._lost(exc, committing) from exc
            raise self._translate(exc) from exc
        except psycopg.Error as exc:
            if conn.broken or conn.closed:
                raise self._lost(exc, committing) from exc
            raise self._translate(exc) from exc
        finally:
            self._depth, self._cursor = 0, None

    def _stream(self, sql: str, params: Sequence[Any]) -> Iterator[tuple]:
        with self._tx(write=False):
            assert self._conn is not None
            name = f"regionatlas_stream_{next(_cursor_names)}"
            with self._conn.cursor(name=name) as cur:
                cur.itersize = 5000
                cur.execute(self._q(sql), tuple(params) if params else None)
                yield from cur

    def export_rows(self, flt: Optional[NoteFilter] = None) -> Iterator[dict[str, Any]]:
        """The export query through ``COPY (...) TO STDOUT``: the server writes the rows as
        text, decoded here in batches and split with str.split, instead of psycopg turning
        every value into Python through its (on Debian pure-Python) row loaders. Same rows,
        same types as the repository's :meth:`~._sql.SqlNotesRepository.export_rows`
        (PostgreSQL documents the COPY text format: tab-separated, NULL as ``\\N``,
        backslash escapes). The geometry comes as hex text (``encode(..., 'hex')``), so
        only rows with a NULL or a backslash in their values need unescaping."""
        sql, params = self._export_query(flt, "encode(ST_AsBinary(l.geom), 'hex')")
        query = pgsql.SQL(sql.replace("?", "{}")).format(*(pgsql.Literal(p) for p in params))
        copy_sql = pgsql.SQL("COPY ({}) TO STDOUT").format(query)
        columns = EXPORT_COLUMNS
        fromhex = bytes.fromhex
        with self._tx(write=False) as cur:
            assert self._conn is not None
            encoding = self._conn.info.encoding
            with cur.copy(copy_sql) as copy:
                for line in _copy_lines(copy, encoding):
                    values = _copy_fields(line)
                    out = dict(zip(columns, values))
                    out["version"] = int(values[3])  # type: ignore[arg-type]
                    wkb = values[16]
                    out["geometry_wkb"] = None if wkb is None else fromhex(wkb)
                    yield out

    def export_csv(self, fh: BinaryIO, flt: Optional[NoteFilter] = None) -> int:
        """PostgreSQL writes the CSV (``COPY (...) TO STDOUT WITH (FORMAT csv)``) and the
        bytes go to *fh* as they come; only the record ends change (LF to CRLF,
        :func:`~.export_csv.crlf_records`), and empty strings are selected as NULL. The
        same bytes as the generic :meth:`~.repository.NotesRepository.export_csv`."""
        sql, params = self._export_query(flt, geometry_sql="", empty_as_null=True)
        query = pgsql.SQL(sql.replace("?", "{}")).format(*(pgsql.Literal(p) for p in params))
        copy_sql = pgsql.SQL("COPY ({}) TO STDOUT WITH (FORMAT csv)").format(query)
        fh.write(export_csv.csv_line(export_csv.CSV_COLUMNS))
        count = 0
        with self._tx(write=False) as cur:
            with cur.copy(copy_sql) as copy:
                records: list[bytes] = []
                for record in export_csv.crlf_records(copy):
                    records.append(record)
                    if len(records) >= export_csv.WRITE_BATCH:
                        fh.writelines(records)
                        count += len(records)
                        records = []
                fh.writelines(records)
                count += len(records)
        return count

    def _begin_snapshot(self, cur: Any) -> None:
        # READ COMMITTED, PostgreSQL's default, gives each statement its own snapshot;
        # REPEATABLE READ one for the whole transaction (PostgreSQL documentation,
        # "Transaction Isolation"); reads never wait for writers either way.
        cur.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")

    def _existing_tables(self) -> set[str]:
        with self._tx(write=False) as cur:
            rows = self._exec(
                cur,
                "SELECT table_name FROM information_schema.tables WHERE table_schema = ?",
                (self._schema,),
            ).fetchall()
        return {r[0] for r in rows}

    def _migration_lock(self, cur: Any) -> None:
        # Two QGIS sessions opening a new shared store at once: the second waits, then
        # finds the migrations applied.
        self._exec(
            cur, "SELECT pg_advisory_xact_lock(hashtext(?))", (f"regionatlas:{self._schema}",)
        )

    def _before_migrations(self, cur: Any, srid: int) -> None:
        cur.execute(
            pgsql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(pgsql.Identifier(self._schema))
        )

    # -- geometry --------------------------------------------------------------------------

    def _geom_in(self) -> str:
        return "ST_GeomFromWKB(?, CAST(? AS integer))"

    def _geom_params(self, wkb: Optional[bytes]) -> tuple:
        return (wkb, self._srid_value or DEFAULT_SRID)

    def _geom_out(self, column: str = "geom") -> str:
        return f"ST_AsBinary({column})"

    def _geom_decode(self, value: Any) -> Optional[bytes]:
        return None if value is None else bytes(value)
