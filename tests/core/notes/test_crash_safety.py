"""Crash safety of the GeoPackage store: 100 writers killed with SIGKILL mid-batch."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from RegionAtlas.regionatlas.notes.gpkg import GeoPackageStore

HERE = Path(__file__).resolve().parent
RUNS = 100


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (POSIX)")
@pytest.mark.timeout(180)
def test_sigkill_mid_batch_leaves_exactly_the_committed_notes(tmp_path, child_env):
    path = tmp_path / "crash.gpkg"
    GeoPackageStore(path).close()
    server = subprocess.Popen(
        [sys.executable, str(HERE / "_crash_worker.py"), str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=child_env,
        bufsize=0,
    )
    rng = random.Random(20261122)
    committed: dict[str, list[str]] = {}  # batch tag -> note uuids
    landed_in_flight = lost_in_flight = killed_mid_batch = finished = 0
    started = time.monotonic()
    try:
        for run in range(RUNS):
            server.stdin.write(f"run {run}\n".encode())
            lines = []
            while True:
                line = server.stdout.readline().decode()
                assert line, "crash worker died"
                if line.startswith("pid "):
                    pid = int(line.split()[1])
                    break
                lines.append(line)
            time.sleep(rng.uniform(0.0, 0.06))
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            while True:
                line = server.stdout.readline().decode()
                assert line, "crash worker died"
                if line.startswith("done "):
                    status = int(line.split()[1])
                    break
                lines.append(line)
            if os.WIFEXITED(status):
                assert os.WEXITSTATUS(status) == 0, "writer failed (see stderr)"
                finished += 1
            begun: dict[str, list[str]] = {}
            done: set[str] = set()
            for line in lines:
                words = line.split()
                if words[0] == "begin":
                    begun[words[1]] = words[2:]
                elif words[0] == "commit":
                    done.add(words[1])
            in_flight = [tag for tag in begun if tag not in done]
            assert len(in_flight) <= 1
            committed.update({tag: begun[tag] for tag in done})

            with GeoPackageStore(path) as store:  # opens: the hot journal is rolled back
                assert store.integrity_check() == ["ok"]
                stored = {n.uuid: n for n in store.list_notes(with_links=True)}
            expected = {u for uuids in committed.values() for u in uuids}
            if in_flight:
                killed_mid_batch += 1
                flying = set(begun[in_flight[0]])
                present = flying & set(stored)
                # killed between COMMIT and the "commit" line: the batch is complete
                assert present in (set(), flying), "a batch was half written"
                if present:
                    landed_in_flight += 1
                    committed[in_flight[0]] = begun[in_flight[0]]
                    expected |= flying
                else:
                    lost_in_flight += 1
            assert set(stored) == expected
            assert all(len(n.links) == 2 for n in stored.values())
        elapsed = time.monotonic() - started
    finally:
        server.stdin.write(b"quit\n")
        server.stdin.close()
        server.wait(timeout=30)
    total = sum(len(v) for v in committed.values())
    print(
        f"\ncrash safety (GeoPackage): {RUNS} SIGKILLs in {elapsed:.1f} s, "
        f"{killed_mid_batch} with a batch in flight ({lost_in_flight} rolled back whole, "
        f"{landed_in_flight} committed whole just before the kill), "
        f"{RUNS - killed_mid_batch - finished} between batches or while opening, "
        f"{finished} finished before the kill; integrity_check ok after every run; "
        f"{len(committed)} committed batches = {total} notes, all present, nothing else"
    )
    assert killed_mid_batch >= RUNS // 2  # the test really kills in the middle of batches
