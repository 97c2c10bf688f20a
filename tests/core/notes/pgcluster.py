"""A throw-away PostgreSQL + PostGIS 3 cluster for tests and benchmarks.

Why our own cluster: the PostGIS tests must run against a real server without touching any
server of the machine. initdb in a temporary directory, start on a free local port (as the
``postgres`` user when running as root, since PostgreSQL refuses to run as root), stop
and delete it afterwards. Needs Debian's ``postgresql`` and ``postgresql-NN-postgis-3`` for
the installed major version NN (15 on Debian 12, 17 on Debian 13; found, not named).
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PG_LIB = Path("/usr/lib/postgresql")  # Debian: /usr/lib/postgresql/<major>/bin


def find_pg_bin(lib: Path = PG_LIB) -> Path:
    """The server binaries: REGIONATLAS_PG_BIN, else the newest installed major version under
    /usr/lib/postgresql that has initdb (Debian may keep several side by side)."""
    if os.environ.get("REGIONATLAS_PG_BIN"):
        return Path(os.environ["REGIONATLAS_PG_BIN"])
    majors = sorted(
        (int(d.name), d / "bin")
        for d in (lib.iterdir() if lib.is_dir() else ())
        if d.name.isdigit() and (d / "bin" / "initdb").exists()
    )
    return majors[-1][1] if majors else lib / "<major>" / "bin"


PG_BIN = find_pg_bin()
INSTALL_HINT = (
    "apt-get install -y postgresql postgresql-NN-postgis-3 for its major version NN "
    "(or set REGIONATLAS_TEST_PG_DSN to a server with PostGIS)"
)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def missing() -> str | None:
    """Why no cluster can be started here, or None when it can."""
    if not (PG_BIN / "initdb").exists():
        return f"PostgreSQL server binaries not found in {PG_BIN}: {INSTALL_HINT}"
    try:
        sharedir = subprocess.run(
            [str(PG_BIN / "pg_config"), "--sharedir"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        sharedir = f"/usr/share/postgresql/{PG_BIN.parent.name}"
    if not (Path(sharedir) / "extension" / "postgis.control").exists():
        return f"PostGIS extension files not installed: {INSTALL_HINT}"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root but there is no 'postgres' user to run the server"
    return None


@contextmanager
def throwaway_postgis(fsync: bool = False) -> Iterator[str]:
    """Start a cluster with PostGIS in database ``postgres``; yields its conninfo."""
    import psycopg

    reason = missing()
    if reason:
        raise RuntimeError(reason)
    prefix: list[str] = []
    tmp = Path(tempfile.mkdtemp(prefix="regionatlas-pg-"))
    if os.geteuid() == 0:
        pg = pwd.getpwnam("postgres")
        os.chown(tmp, pg.pw_uid, pg.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    data, log, port = tmp / "data", tmp / "server.log", free_port()

    def run(*args: str) -> None:
        subprocess.run(
            [*prefix, *args], cwd=tmp, capture_output=True, text=True, check=True, timeout=120
        )

    started = False
    try:
        run(str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
            "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")  # fmt: skip
        options = f"-p {port} -k {tmp} -c listen_addresses=127.0.0.1 -c max_connections=40"
        if not fsync:  # a test server: durability of the server itself is not under test
            options += " -c fsync=off -c full_page_writes=off"
        run(str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60",
            "-o", options, "start")  # fmt: skip
        started = True
        dsn = f"host=127.0.0.1 port={port} user=postgres dbname=postgres"
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute("CREATE EXTENSION IF NOT EXISTS postgis")
        yield dsn
    except subprocess.CalledProcessError as exc:
        logtext = log.read_text() if log.exists() else ""
        raise RuntimeError(f"could not start PostgreSQL: {exc.stderr}\n{logtext}") from exc
    finally:
        if started:
            subprocess.run(
                [*prefix, str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w",
                 "stop"], cwd=tmp, capture_output=True, timeout=60,
            )  # fmt: skip
        shutil.rmtree(tmp, ignore_errors=True)
