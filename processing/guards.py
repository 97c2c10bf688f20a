"""Checks every RegionAtlas algorithm gets before and after it runs, whatever it computes.

``qgis_process`` and models pass field names and output paths through unchecked: a misnamed
field makes ``lookupField`` return -1 (and ``attributes()[-1]`` reads the layer's last field),
and an output in a folder that cannot be written fails late or not at all. The base class
(:mod:`.base`) calls these helpers so that every algorithm

- refuses a field parameter naming a field its layer does not have (parameter, field and the
  available fields named), before anything is computed;
- refuses an output path that cannot be created (missing or read-only folder, a file name the
  system cannot create: too long, reserved characters), before anything is computed;
- removes the files it created when it fails or is cancelled, so no partial output is left
  behind (files that existed before the run are never removed);
- fails when a file output it returns does not exist after the run.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
)

from ..i18n import tr

#: Sink and destination values that are not files the algorithm writes on disk.
_NOT_FILES = ("TEMPORARY_OUTPUT", "memory:", "postgres:", "postgis:", "mssql:", "oracle:")
#: Characters Windows refuses in a file name (most users run QGIS on Windows; a project
#: folder may be shared with them), and its reserved device names.
_WINDOWS_RESERVED_CHARS = re.compile(r'[<>:"|?*\x00-\x1f]')
_WINDOWS_RESERVED_NAMES = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}
#: Files a writer puts beside its main output (GeoPackage journal, QGIS metadata/styles,
#: GDAL statistics, shapefile parts).
_SIDECARS = ("-wal", "-shm", "-journal", ".aux.xml", ".qmd", ".qml")
_SHAPEFILE_PARTS = (".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx")


@dataclass
class PlannedOutput:
    """One output the user asked for: its parameter, its path, and whether it was there."""

    parameter: str
    path: Path
    is_folder: bool
    existed: bool


def _label(definition) -> str:
    return f"{definition.description()} ({definition.name()})"


# -- field parameters ---------------------------------------------------------------------------


def _field_values(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        names = [str(v) for v in value if v is not None and str(v) != ""]
    else:
        text = str(value)
        names = [part for part in text.split(";") if part] if ";" in text else [text]
    return [n for n in names if n.strip() != ""]


def _parent_fields(alg, parameters: dict, parent: str, context):
    """The fields of a field parameter's parent layer or table, or None when not given."""
    if not parent or parameters.get(parent) in (None, ""):
        return None
    definition = alg.parameterDefinition(parent)
    if definition is None:
        return None
    kind = definition.type()
    try:
        if kind in ("source", "vector"):
            source = alg.parameterAsSource(parameters, parent, context)
            if source is None and kind == "vector":
                layer = alg.parameterAsVectorLayer(parameters, parent, context)
                return None if layer is None else layer.fields()
            return None if source is None else source.fields()
        layer = alg.parameterAsVectorLayer(parameters, parent, context)
        return None if layer is None else layer.fields()
    except QgsProcessingException:
        return None  # the algorithm reports an unreadable layer itself, with its own words


def check_field_parameters(alg, parameters: dict, context) -> None:
    """Refuse a field parameter that names a field its parent layer does not have."""
    for definition in alg.parameterDefinitions():
        if definition.type() != "field":
            continue
        names = _field_values(parameters.get(definition.name()))
        if not names:
            continue
        fields = _parent_fields(alg, parameters, definition.parentLayerParameterName(), context)
        if fields is None:
            continue
        available = [f.name() for f in fields]
        for name in names:
            if fields.lookupField(name) < 0:
                parent = alg.parameterDefinition(definition.parentLayerParameterName())
                raise QgsProcessingException(
                    tr(
                        "{parameter}: the field '{field}' is not in {layer}. "
                        "Available fields: {available}."
                    ).format(
                        parameter=_label(definition),
                        field=name,
                        layer=_label(parent) if parent is not None else "?",
                        available=", ".join(available) or "-",
                    )
                )


# -- output paths -------------------------------------------------------------------------------


def _destination_path(value) -> str | None:
    """The file path behind a destination value, or None for memory layers, databases and
    temporary outputs (QGIS makes and owns those)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.staticValue()
    if value is None:
        return None
    text = str(value).strip()
    if not text or text.startswith(_NOT_FILES):
        return None
    if text.startswith("ogr:"):
        match = re.search(r"dbname='([^']+)'", text) or re.search(r'dbname="([^"]+)"', text)
        return match.group(1) if match else None
    return text.split("|", 1)[0]


def _name_problem(path: Path) -> str | None:
    name = path.name
    if len(os.fsencode(name)) > 255:
        return tr("the file name is longer than 255 bytes")
    if _WINDOWS_RESERVED_CHARS.search(name):
        return tr('the file name contains a character that Windows refuses (< > : " | ? *)')
    if name.split(".")[0].upper() in _WINDOWS_RESERVED_NAMES:
        return tr("'{name}' is a reserved device name on Windows").format(name=name)
    if name.endswith((" ", ".")) and name not in (".", ".."):
        return tr("the file name ends with a space or a dot, which Windows refuses")
    return None


def _probe_writable_file(path: Path) -> str | None:
    """None when ``path`` can be created (the probe file is removed again), else why not."""
    if path.exists():
        if path.is_dir():
            return tr("it is a folder, not a file")
        return None if os.access(path, os.W_OK) else tr("the file is read-only")
    folder = path.parent
    if not folder.exists():
        return tr("the folder {folder} does not exist").format(folder=str(folder))
    if not folder.is_dir():
        return tr("{folder} is not a folder").format(folder=str(folder))
    try:
        with open(path, "xb"):
            pass
    except OSError as exc:
        return tr("the system cannot create it ({reason})").format(reason=exc.strerror or exc)
    path.unlink()
    return None


def _probe_writable_folder(path: Path) -> str | None:
    if path.exists():
        if not path.is_dir():
            return tr("it is a file, not a folder")
        return None if os.access(path, os.W_OK | os.X_OK) else tr("the folder is read-only")
    parent = path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        return tr("{folder} is a file, so the folder cannot be written").format(folder=str(parent))
    if not os.access(parent, os.W_OK | os.X_OK):
        return tr("the folder {folder} cannot be written").format(folder=str(parent))
    return None


def check_outputs(alg, parameters: dict) -> list[PlannedOutput]:
    """Refuse every output path that cannot be written; return what is planned."""
    planned: list[PlannedOutput] = []
    for definition in alg.destinationParameterDefinitions():
        name = definition.name()
        value = parameters.get(name)
        if value is None:
            continue  # not asked for (an optional output), or QGIS's temporary default
        text = _destination_path(value)
        if text is None:
            continue
        path = Path(text).expanduser()
        is_folder = definition.type() == "folderDestination"
        if not is_folder and not path.suffix and hasattr(definition, "defaultFileExtension"):
            # QGIS adds the default extension to a path without one (out -> out.gpkg).
            path = path.with_name(f"{path.name}.{definition.defaultFileExtension()}")
        problem = _name_problem(path) if not is_folder else None
        if problem is None:
            problem = _probe_writable_folder(path) if is_folder else _probe_writable_file(path)
        if problem is not None:
            raise QgsProcessingException(
                tr("{parameter}: cannot write {path}: {problem}.").format(
                    parameter=_label(definition), path=str(path), problem=problem
                )
            )
        planned.append(PlannedOutput(name, path, is_folder, path.exists()))
    return planned


def _related_files(path: Path) -> list[Path]:
    related = [path.with_name(path.name + suffix) for suffix in _SIDECARS]
    related += [path.with_suffix(suffix) for suffix in (".qmd", ".qml", ".aux.xml")]
    if path.suffix.lower() == ".shp":
        related += [path.with_suffix(suffix) for suffix in _SHAPEFILE_PARTS]
    return related


def remove_created(planned: list[PlannedOutput], feedback=None) -> list[Path]:
    """Remove the outputs of a failed run that did not exist before it; return them."""
    removed = []
    for output in planned:
        if output.existed:
            continue
        candidates = (
            [output.path] if output.is_folder else [output.path, *_related_files(output.path)]
        )
        for path in candidates:
            try:
                if path.is_dir() and output.is_folder:
                    shutil.rmtree(path)
                elif path.exists():
                    path.unlink()
                else:
                    continue
                removed.append(path)
            except OSError as exc:  # keep going: report what could not be removed
                if feedback is not None:
                    feedback.reportError(
                        tr("Could not remove the partial output {path}: {reason}").format(
                            path=str(path), reason=exc
                        )
                    )
    return removed


def check_written(alg, planned: list[PlannedOutput], results: dict) -> None:
    """Fail when a successful run returns a file output that it did not write.

    An output the algorithm chose not to write (and said why in the log) is not in its
    results and is not checked here."""
    for output in planned:
        if output.is_folder or output.parameter not in (results or {}) or output.path.exists():
            continue
        definition = alg.parameterDefinition(output.parameter)
        raise QgsProcessingException(
            tr("{parameter}: the run ended but {path} was not written.").format(
                parameter=_label(definition), path=str(output.path)
            )
        )
