"""Print the CI table (QGIS version, passed, failed, skipped) from pytest's JUnit XML files.

    python scripts/matrix_table.py out/junit-host.xml out/junit-qgis344.xml

Each XML may have a sibling ``.version`` file holding the QGIS version it ran on. Exits 1 when
a file is missing or any run has a failure, an error or a skipped test (CI runs everything).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def counts(path: Path) -> tuple[int, int, int]:
    """(passed, failed, skipped) of one JUnit XML file (errors count as failed)."""
    root = ET.parse(path).getroot()
    suites = [root] if root.tag == "testsuite" else list(root.iter("testsuite"))
    tests = sum(int(s.get("tests", 0)) for s in suites)
    failed = sum(int(s.get("failures", 0)) + int(s.get("errors", 0)) for s in suites)
    skipped = sum(int(s.get("skipped", 0)) for s in suites)
    return tests - failed - skipped, failed, skipped


def main(paths: list[str]) -> int:
    rows, ok = [], True
    for name in paths:
        path = Path(name)
        version_file = path.with_suffix(".version")
        version = version_file.read_text().strip() if version_file.exists() else path.stem
        if not path.exists():
            rows.append((version, "-", "no result", "-"))
            ok = False
            continue
        passed, failed, skipped = counts(path)
        ok = ok and failed == 0 and skipped == 0 and passed > 0
        rows.append((version, str(passed), str(failed), str(skipped)))
    header = ("QGIS version", "passed", "failed", "skipped")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
