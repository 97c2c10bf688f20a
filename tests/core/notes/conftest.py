"""Fixtures for the notes-store tests: a GeoPackage in tmp_path and a real PostGIS server.

The PostGIS server is a throw-away PostgreSQL cluster (the installed major version) with
PostGIS 3 from Debian's
packages (``postgresql``, ``postgresql-NN-postgis-3``): initdb in a temporary directory,
started on a free local port (as the ``postgres`` user when the tests run as root, since
PostgreSQL refuses to run as root), torn down after the session. Set
``REGIONATLAS_TEST_PG_DSN`` to use an existing server instead (it must allow
``CREATE EXTENSION postgis`` or have it). Without the server packages the ``postgis`` tests
skip with a reason saying what to install -- except under ``CI`` or
``REGIONATLAS_REQUIRE_POSTGIS=1``, where they fail; with the packages they always run.

Every test gets its own PostgreSQL schema (dropped afterwards), so tests never see each
other's notes.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Callable

import pytest

PLUGINS = Path(__file__).resolve().parents[3] / ".build" / "plugins"


@pytest.fixture(scope="session")
def pg_dsn(postgis_dsn) -> Iterator[str]:
    """conninfo of a PostgreSQL + PostGIS 3 server for this test session."""
    with postgis_dsn() as dsn:
        yield dsn


@pytest.fixture
def pg_schema(pg_dsn: str) -> Iterator[str]:
    """A fresh schema name for one test; dropped with everything in it afterwards."""
    import psycopg
    from psycopg import sql

    name = f"t_{uuid.uuid4().hex[:12]}"
    yield name
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(name)))


BACKENDS = ["gpkg", pytest.param("postgis", marks=pytest.mark.postgis)]


@pytest.fixture(params=BACKENDS)
def open_test_store(request, tmp_path) -> Iterator[Callable]:
    """A function returning a new handle on one store of the parametrised backend.

    Several handles on the same store act like several QGIS sessions (conflict tests).
    """
    from RegionAtlas.regionatlas.notes import open_store

    handles = []
    if request.param == "gpkg":
        path = tmp_path / "notes.gpkg"

        def opener(**options):
            handles.append(open_store(path, **options))
            return handles[-1]

    else:
        dsn = request.getfixturevalue("pg_dsn")
        schema = request.getfixturevalue("pg_schema")

        def opener(**options):
            handles.append(open_store(dsn, schema_name=schema, **options))
            return handles[-1]

    opener.backend = request.param
    yield opener
    for h in handles:
        h.close()


@pytest.fixture
def store(open_test_store):
    """One open store of the parametrised backend."""
    return open_test_store()


@pytest.fixture
def child_env() -> dict:
    """Environment for child Python processes that import the plugin as RegionAtlas."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PLUGINS), env.get("PYTHONPATH")) if p)
    return env
