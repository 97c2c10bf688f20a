"""Keep the Swedish translation complete.

Extracts every ``tr("...")`` literal from the plugin's Python files and the texts of the Qt
Designer forms in ui/ whose class is ``RegionAtlas`` (one context,
``RegionAtlas``; see i18n.py) and every ``InputError("...")`` template of the Qt-free core
(regionatlas/errors.py), merges them into ``resources/i18n/RegionAtlas_sv.ts`` keeping
existing translations, and marks obsolete ones. ``--check`` exits 1 when a string has no
translation. ``--set-from FILE.json`` fills translations from a {source: translation} map.

We extract with Python's ``ast`` instead of pylupdate5 because pylupdate5 assigns the class
name as context for ``self.tr`` calls, while the plugin translates everything in one context.
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "RegionAtlas_sv.ts"
CONTEXT = "RegionAtlas"
SKIP_DIRS = {".venv", ".build", "tests", "benchmarks", "out", "scripts", ".git"}
#: In the Qt-free core only the templates of ``InputError(...)`` and ``Note(...)`` are
#: user-visible text.
CORE_DIR = "regionatlas"


def python_files() -> list[Path]:
    files = []
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT)
        if rel.parts and rel.parts[0] in SKIP_DIRS:
            continue
        if "resources" in rel.parts and "sample" in rel.parts:
            continue
        files.append(path)
    return files


def extract() -> dict[str, list[str]]:
    """source string -> locations ("file:line")."""
    found: dict[str, list[str]] = {}
    for path in python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            in_core = path.relative_to(ROOT).parts[0] == CORE_DIR
            if name not in (("InputError", "Note") if in_core else ("tr",)):
                continue
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                loc = f"{path.relative_to(ROOT)}:{node.lineno}"
                found.setdefault(arg.value, []).append(loc)
    for path in sorted((ROOT / "ui").glob("*.ui")):
        for source, line in ui_strings(path):
            found.setdefault(source, []).append(f"{path.relative_to(ROOT)}:{line}")
    return found


def ui_strings(path: Path) -> list[tuple[str, int]]:
    """Translatable texts of a Qt Designer form whose class is the plugin's context
    (``<class>RegionAtlas</class>``: uic translates them in that context), with the line
    each is on. Strings marked ``notr="true"`` and forms of other classes are skipped."""
    root = ET.parse(path).getroot()
    if root.findtext("class") != CONTEXT:
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    out = []
    for element in root.iter("string"):
        if element.get("notr") == "true" or not element.text:
            continue
        escaped = element.text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        line = next((i + 1 for i, text in enumerate(lines) if f">{escaped}<" in text), 0)
        out.append((element.text, line))
    return out


def read_ts() -> dict[str, str]:
    if not TS.exists():
        return {}
    tree = ET.parse(TS)
    out = {}
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = translation.text if translation is not None and translation.text else ""
        out[source] = text
    return out


def write_ts(strings: dict[str, list[str]], translations: dict[str, str]) -> None:
    root = ET.Element("TS", version="2.1", language="sv_SE", sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in sorted(strings):
        message = ET.SubElement(context, "message")
        for loc in strings[source][:3]:
            filename, line = loc.rsplit(":", 1)
            ET.SubElement(message, "location", filename=filename, line=line)
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        text = translations.get(source, "")
        if text:
            translation.text = text
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    TS.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    TS.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def untranslated(strings: dict[str, list[str]], translations: dict[str, str]) -> list[str]:
    return [s for s in sorted(strings) if not translations.get(s)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when a string is untranslated")
    parser.add_argument("--set-from", type=Path, help="JSON {source: translation} to merge in")
    args = parser.parse_args()
    strings = extract()
    translations = read_ts()
    if args.set_from:
        translations.update(json.loads(args.set_from.read_text(encoding="utf-8")))
    if args.check:
        missing = untranslated(strings, translations)
        for source in missing:
            print(f"untranslated: {source[:90]!r} ({strings[source][0]})")
        print(f"{len(strings)} strings, {len(missing)} untranslated")
        return 1 if missing else 0
    write_ts(strings, translations)
    missing = untranslated(strings, translations)
    print(f"{TS.relative_to(ROOT)}: {len(strings)} strings, {len(missing)} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
