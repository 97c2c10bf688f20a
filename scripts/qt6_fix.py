"""Rewrite unscoped enums and exec_()/print_() in the plugin's code to the Qt6-ready spellings
that tests/test_qt6_ready.py asks for, in place, one line edit per site.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/qt6_fix.py [FILE...]

Without FILE it rewrites every file the test scans. ``Owner.Member`` becomes
``Owner.Scope.Member`` where PyQt says Member is a value of enum Scope, and only when that
spelling resolves on this QGIS; anything it cannot rewrite is printed for a hand edit. Run it
again after merging branches that add code (it is idempotent).
"""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("qt6_ready", REPO / "tests" / "test_qt6_ready.py")
qt6 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(qt6)


def fix_source(source: str, filename: str) -> tuple[str, list[str]]:
    tree = ast.parse(source, filename)
    names = qt6._imported_names(tree)
    edits: list[tuple[int, int, int, str]] = []  # line, start col, end col, replacement
    left: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or node.lineno != node.end_lineno:
            continue
        if node.attr in ("exec_", "print_"):
            end = node.end_col_offset
            edits.append((node.lineno, end - len(node.attr), end, node.attr[:-1]))
        elif (
            isinstance(node.value, ast.Name)
            and node.value.id in names
            and node.value.id != "QVariant"  # field types: compat.qgs_field, by hand
        ):
            owner = names[node.value.id]
            value = getattr(owner, node.attr, None)
            if not qt6._is_enum_value(value):
                continue
            scope = type(value).__name__
            scoped = getattr(getattr(owner, scope, None), node.attr, None)
            if scoped is None or scoped != value:
                left.append(f"{filename}:{node.lineno}: {node.value.id}.{node.attr}")
                continue
            end = node.end_col_offset
            edits.append((node.lineno, end - len(node.attr), end, f"{scope}.{node.attr}"))
    lines = source.splitlines(keepends=True)
    for line, start, end, text in sorted(edits, reverse=True):
        raw = lines[line - 1].encode("utf-8")  # ast columns are utf-8 byte offsets
        lines[line - 1] = (raw[:start] + text.encode("utf-8") + raw[end:]).decode("utf-8")
    return "".join(lines), left


def main(argv: list[str]) -> int:
    files = [Path(a).resolve() for a in argv] or qt6.plugin_files()
    left_all: list[str] = []
    for path in files:
        source = path.read_text(encoding="utf-8")
        fixed, left = fix_source(source, str(path.relative_to(REPO)))
        left_all += left
        if fixed != source:
            path.write_text(fixed, encoding="utf-8")
            print(f"rewrote {path.relative_to(REPO)}")
    for item in left_all:
        print(f"by hand: {item}", file=sys.stderr)
    return 1 if left_all else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
