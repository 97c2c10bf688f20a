"""The throw-away cluster finds the installed PostgreSQL major version (15 on Debian 12, 17 on
Debian 13) instead of naming one."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "regionatlas_tests_pgcluster_find", Path(__file__).with_name("pgcluster.py")
)
pgcluster = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pgcluster)


def make_bin(lib: Path, major: str) -> Path:
    (lib / major / "bin").mkdir(parents=True)
    (lib / major / "bin" / "initdb").write_text("")
    return lib / major / "bin"


def test_newest_installed_major_with_initdb(tmp_path, monkeypatch):
    monkeypatch.delenv("REGIONATLAS_PG_BIN", raising=False)
    make_bin(tmp_path, "15")
    newest = make_bin(tmp_path, "17")
    (tmp_path / "18").mkdir()  # a leftover folder without a server is not chosen
    assert pgcluster.find_pg_bin(tmp_path) == newest


def test_environment_wins_and_nothing_installed_is_reported(tmp_path, monkeypatch):
    monkeypatch.setenv("REGIONATLAS_PG_BIN", "/opt/pg/bin")
    assert pgcluster.find_pg_bin(tmp_path) == Path("/opt/pg/bin")
    monkeypatch.delenv("REGIONATLAS_PG_BIN")
    assert not (pgcluster.find_pg_bin(tmp_path) / "initdb").exists()
