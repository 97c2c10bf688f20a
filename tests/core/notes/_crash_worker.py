"""Fork server for the GeoPackage crash-safety test (not collected by pytest).

Starting a fresh Python per run would cost most of the time budget, so this process imports
the store once and forks a writer per run. Protocol on stdin/stdout, one line each:

    run SEED   -> forks a writer; prints "pid PID", waits for it, prints "done STATUS"
    quit       -> exits

The writer opens the store and writes batches: each batch is one transaction adding five
notes, each with two feature links. Before a batch it prints ``begin SEED-B uuid ...`` and
after COMMIT returned it prints ``commit SEED-B``. The test kills it with SIGKILL at a random
moment, then checks the file against these lines. Writes go straight to fd 1 with os.write
so nothing sits in a buffer when the process dies.
"""

from __future__ import annotations

import os
import sys
import traceback

import shapely

# imported once here, so each forked writer starts writing at once
from RegionAtlas.regionatlas.notes import Note, NoteLink
from RegionAtlas.regionatlas.notes.gpkg import GeoPackageStore


def write_batches(path: str, seed: str) -> None:
    store = GeoPackageStore(path)
    for b in range(400):
        tag = f"{seed}-{b}"
        notes = [
            Note(
                f"Anteckning {tag}/{k}: åäö 🙂 '; DROP TABLE notes; --",
                theme="bostad",
                links=[
                    NoteLink("ds", f"{tag}-{k}", shapely.Point(b, k).wkb, f"objekt {k}"),
                    NoteLink("ds2", f"{tag}-{k}", None, None),
                ],
            )
            for k in range(5)
        ]
        os.write(1, f"begin {tag} {' '.join(n.uuid for n in notes)}\n".encode())
        with store.batch():
            for note in notes:
                store.add_note(note)
        os.write(1, f"commit {tag}\n".encode())
    store.close()


def main() -> None:
    path = sys.argv[1]
    for line in sys.stdin:
        words = line.split()
        if not words or words[0] == "quit":
            break
        pid = os.fork()
        if pid == 0:
            status = 0
            try:
                write_batches(path, words[1])
            except BaseException:
                traceback.print_exc()
                status = 1
            finally:
                os._exit(status)
        os.write(1, f"pid {pid}\n".encode())
        _, status = os.waitpid(pid, 0)
        os.write(1, f"done {status}\n".encode())


if __name__ == "__main__":
    main()
