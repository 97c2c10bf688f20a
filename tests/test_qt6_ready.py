"""QGIS 4 (Qt6) readiness, checked statically: no Debian build of QGIS 4 exists to run on.

Scans the plugin's own Python code (not .venv, .build, tests, benchmarks or scripts) for the
PyQt5-only constructs that QGIS's migration script rewrites or warns about, and fails naming
file and line.
Source of the list: QGIS's ``scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py`` (QGIS repository,
master, 2024-2025) and the "Plugin migration to QGIS 4" notes it belongs to:

- imports of ``PyQt5`` (or ``sip``, ``qgis.PyQt.Qt``) instead of ``qgis.PyQt``;
- ``exec_()`` / ``print_()`` instead of ``exec()`` / ``print()``;
- enums used unscoped (``Qt.AlignLeft`` instead of ``Qt.AlignmentFlag.AlignLeft``; the same
  for QGIS's own enums, e.g. ``QgsProcessing.SourceType.TypeVector``), found by asking PyQt
  whether the attribute is an enum value;
- ``QVariant.String``/``Int``/... as a type (``QMetaType.Type`` in Qt6; see compat.qgs_field),
  ``QVariant()``/``QVariant(QVariant.X)`` as NULL (``qgis.core.NULL``), ``QVariant.Type.X``;
- ``qApp``; ``Qt.MidButton``, ``Qt.TextColorRole``, ``Qt.BackgroundColorRole``,
  ``QPainter.HighQualityAntialiasing`` (removed);
- ``QRegExp``, ``QDesktopWidget`` / ``desktop()``, ``QFontMetrics.width()``,
  ``activated[str]``, compiled resources (``resources_rc``), ``QDateTime`` from 8 numbers or
  from a bare ``QDate``, ``addAction`` with 4 or more arguments.

compat.py is the one module allowed to name the old spellings, behind a version check.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SKIP_DIRS = {
    ".venv",
    ".build",
    ".git",
    "tests",
    "benchmarks",
    "scripts",
    "out",
    "dist",
    ".qgis-settings",
}
# compat.py holds the version switches (it names QVariant types only on old QGIS).
ALLOWED = {"compat.py": {"qvariant-type"}}

QVARIANT_TYPES = {
    "Invalid", "BitArray", "Bitmap", "Bool", "Brush", "ByteArray", "Char", "Color", "Cursor",
    "Date", "DateTime", "Double", "EasingCurve", "Font", "Hash", "Icon", "Image", "Int",
    "KeySequence", "Line", "LineF", "List", "Locale", "LongLong", "Map", "Palette", "Pen",
    "Pixmap", "Point", "PointF", "Polygon", "PolygonF", "Rect", "RectF", "RegExp", "Region",
    "Size", "SizeF", "SizePolicy", "String", "StringList", "Time", "UInt", "ULongLong", "Url",
    "UserType",
}  # fmt: skip
REMOVED_ENUMS = {
    ("Qt", "MidButton"): "Qt.MouseButton.MiddleButton",
    ("Qt", "TextColorRole"): "Qt.ItemDataRole.ForegroundRole",
    ("Qt", "BackgroundColorRole"): "Qt.ItemDataRole.BackgroundRole",
    ("QPainter", "HighQualityAntialiasing"): "QPainter.RenderHint.Antialiasing",
}
BINDING_MODULES = ("qgis.PyQt.", "qgis.core", "qgis.gui", "qgis.analysis")


def plugin_files(root: Path = REPO) -> list[Path]:
    return sorted(
        p for p in root.rglob("*.py") if not SKIP_DIRS & set(p.relative_to(root).parts[:-1])
    )


def _imported_names(tree: ast.AST) -> dict[str, object]:
    """Names imported from the Qt/QGIS bindings anywhere in a module -> their objects."""
    names: dict[str, object] = {}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and (node.module.startswith(BINDING_MODULES) or node.module in BINDING_MODULES)
        ):
            try:
                module = importlib.import_module(node.module)
            except ImportError:
                continue
            for alias in node.names:
                if hasattr(module, alias.name):
                    names[alias.asname or alias.name] = getattr(module, alias.name)
    return names


def _is_enum_value(value: object) -> bool:
    """An enum member (sip's enums in PyQt5, Python enums in newer bindings), not a type."""
    import enum

    if isinstance(value, type):
        return False
    if isinstance(value, enum.Enum):
        return True
    return type(type(value)).__name__ == "enumtype"


def scan_source(source: str, filename: str) -> list[tuple[int, str, str]]:
    """(line, kind, message) for every PyQt5-only construct in ``source``."""
    tree = ast.parse(source, filename)
    names = _imported_names(tree)
    found: list[tuple[int, str, str]] = []

    def add(node: ast.AST, kind: str, message: str) -> None:
        found.append((node.lineno, kind, message))

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in ("PyQt5", "sip"):
                    add(node, "import", f"import {alias.name}: import through qgis.PyQt")
        elif isinstance(node, ast.ImportFrom) and node.module:
            top = node.module.split(".")[0]
            if top in ("PyQt5", "sip") or node.module == "qgis.PyQt.Qt":
                add(node, "import", f"from {node.module} import ...: import through qgis.PyQt")
            for alias in node.names:
                if alias.name == "resources_rc":
                    add(node, "resources", "compiled resources (resources_rc) are gone in Qt6")
                if alias.name in ("QRegExp", "QDesktopWidget", "qApp"):
                    add(node, "removed", f"{alias.name} is removed in Qt6")
        elif isinstance(node, ast.Name) and node.id in ("qApp", "QRegExp", "QDesktopWidget"):
            add(node, "removed", f"{node.id} is removed in Qt6")
        elif isinstance(node, ast.Attribute):
            if node.attr in ("exec_", "print_"):
                add(node, "exec_", f".{node.attr}: use .{node.attr[:-1]}")
            if isinstance(node.value, ast.Name):
                owner, attr = node.value.id, node.attr
                if (owner, attr) in REMOVED_ENUMS:
                    add(node, "removed", f"{owner}.{attr}: use {REMOVED_ENUMS[(owner, attr)]}")
                elif owner == "QVariant" and attr == "Type":
                    add(node, "qvariant-type", "QVariant.Type.X does not exist in Qt6")
                elif owner == "QVariant" and attr in QVARIANT_TYPES:
                    add(node, "qvariant-type", f"QVariant.{attr}: use compat.qgs_field/QMetaType")
                elif owner in names and _is_enum_value(getattr(names[owner], attr, None)):
                    scope = type(getattr(names[owner], attr)).__name__
                    add(node, "enum", f"{owner}.{attr}: use the scoped {owner}.{scope}.{attr}")
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id == "QVariant":
                if not node.args or (
                    len(node.args) == 1
                    and isinstance(node.args[0], ast.Attribute)
                    and isinstance(node.args[0].value, ast.Name)
                    and node.args[0].value.id == "QVariant"
                ):
                    add(node, "qvariant-null", "QVariant() as NULL: use qgis.core.NULL")
            if isinstance(func, ast.Name) and func.id == "QDateTime":
                if len(node.args) == 8 or (
                    len(node.args) == 1
                    and isinstance(node.args[0], ast.Call)
                    and isinstance(node.args[0].func, ast.Name)
                    and node.args[0].func.id == "QDate"
                ):
                    add(node, "qdatetime", "QDateTime(...): use QDateTime(QDate(...), QTime(...))")
            if isinstance(func, ast.Attribute):
                if func.attr == "desktop" and not node.args:
                    add(node, "removed", "desktop() (QDesktopWidget) is removed in Qt6")
                if func.attr == "addAction" and len(node.args) >= 4:
                    add(node, "addaction", "addAction with 4+ arguments: make a QAction first")
                if func.attr == "width" and isinstance(func.value, ast.Call):
                    inner = func.value.func
                    if (isinstance(inner, ast.Attribute) and inner.attr == "fontMetrics") or (
                        isinstance(inner, ast.Name)
                        and inner.id in ("QFontMetrics", "QFontMetricsF")
                    ):
                        add(node, "fontmetrics", "QFontMetrics.width(): use horizontalAdvance()")
        elif isinstance(node, ast.Subscript):
            if (
                isinstance(node.value, ast.Attribute)
                and node.value.attr == "activated"
                and isinstance(node.slice, ast.Name)
                and node.slice.id == "str"
            ):
                add(node, "activated", "activated[str]: use textActivated")
    return sorted(found)


def scan_file(path: Path, root: Path = REPO) -> list[str]:
    rel = path.relative_to(root).as_posix()
    allowed = ALLOWED.get(rel, set())
    return [
        f"{rel}:{line}: {message}"
        for line, kind, message in scan_source(path.read_text(encoding="utf-8"), rel)
        if kind not in allowed
    ]


def test_plugin_code_has_no_pyqt5_only_constructs():
    files = plugin_files()
    assert any(p.name == "notes_dock.py" for p in files)  # the scan covers ui/
    findings = [f for path in files for f in scan_file(path)]
    assert not findings, "PyQt5-only code (not Qt6-ready):\n" + "\n".join(findings)


def test_scanner_names_file_and_line_of_each_planted_pattern(tmp_path):
    """The scan is not vacuous: each planted PyQt5-only construct is reported on its line."""
    bad = tmp_path / "ui" / "planted.py"
    bad.parent.mkdir()
    bad.write_text(
        "from PyQt5.QtWidgets import QDialog\n"  # 1
        "from qgis.PyQt.QtCore import Qt, QVariant\n"  # 2
        "from qgis.core import QgsProcessing, QgsField\n"  # 3
        "def f(dialog):\n"  # 4
        "    dialog.exec_()\n"  # 5
        "    a = Qt.AlignLeft\n"  # 6
        "    b = Qt.AlignmentFlag.AlignLeft\n"  # 7  (fine)
        "    c = QgsProcessing.TypeVector\n"  # 8
        "    d = QgsProcessing.SourceType.TypeVector\n"  # 9  (fine)
        "    e = QgsField('x', QVariant.String)\n"  # 10
        "    g = QVariant()\n"  # 11
        "    h = Qt.MidButton\n"  # 12
        "    spec.loader.exec_module(m)\n",  # 13 (fine: not exec_)
        encoding="utf-8",
    )
    findings = scan_file(bad, tmp_path)
    lines = sorted({int(f.split(":")[1]) for f in findings})
    assert lines == [1, 5, 6, 8, 10, 11, 12], findings
    assert all(f.startswith("ui/planted.py:") for f in findings)
    assert any("exec_" in f and ":5:" in f for f in findings)


def test_metadata_declares_qt6_support():
    metadata = (REPO / "metadata.txt").read_text(encoding="utf-8").splitlines()
    assert "supportsQt6=True" in [m.replace(" ", "") for m in metadata]
