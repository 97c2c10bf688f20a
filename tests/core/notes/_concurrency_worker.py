"""Child process for the PostGIS concurrency test (not collected by pytest).

Acts like a planner who keeps notes open in the dock: it edits from its own copy of each
note and refreshes that copy only after a save (or a conflict). Each edit appends a unique
token to the text, so the test can check afterwards which saves landed.

Usage: python _concurrency_worker.py DSN SCHEMA WORKER_ID EDITS SEED UUIDS_JSON GO_FILE OUT_JSON
"""

from __future__ import annotations

import json
import random
import sys
import time
from dataclasses import replace
from pathlib import Path


def main() -> None:
    dsn, schema, worker, edits, seed, uuids_json, go_file, out_json = sys.argv[1:9]
    from RegionAtlas.regionatlas.notes import ConflictError
    from RegionAtlas.regionatlas.notes.postgis import PostGISStore

    rng = random.Random(int(seed))
    uuids = json.loads(uuids_json)
    store = PostGISStore(dsn, schema_name=schema)
    copies = {u: store.get_note(u, with_links=False) for u in uuids}
    deadline = time.monotonic() + 30
    while not Path(go_file).exists() and time.monotonic() < deadline:
        time.sleep(0.001)
    results = []
    started = time.time()
    for i in range(int(edits)):
        uuid = rng.choice(uuids)
        token = f"w{worker}-{i}"
        mine = copies[uuid]
        try:
            saved = store.update_note(replace(mine, text=f"{mine.text}\n{token}"))
            copies[uuid] = saved
            results.append(["ok", uuid, token, saved.version, mine.version])
        except ConflictError as exc:
            copies[uuid] = exc.current  # reload, as the dock does after showing the conflict
            results.append(["conflict", uuid, token, exc.current_version, mine.version])
        except Exception as exc:  # anything else is a failure of the test
            results.append(["error", uuid, token, repr(exc), mine.version])
    ended = time.time()
    store.close()
    Path(out_json).write_text(json.dumps({"start": started, "end": ended, "results": results}))


if __name__ == "__main__":
    main()
