"""Text files (CSV) given to any algorithm: read in the right encoding, or refused.

QGIS opens a CSV path with OGR, which takes the bytes as UTF-8; a Windows-1252 file (as
Swedish offices export them from Excel) then shows "G\ufffdvle" for "Gävle". Before an
algorithm runs, every vector input that is a bare path to a text table is checked with
:func:`regionatlas.textencoding.detect_encoding`: UTF-8 is left alone; Windows-1252 is set as
the encoding of the layer QGIS loads for that path (the same layer the algorithm then reads,
from the context's layer store) and said in the log; anything else stops the algorithm
with the file and the first bad byte named.
"""

from __future__ import annotations

import os
from pathlib import Path

from qgis.core import QgsProcessingUtils, QgsVectorLayer

from ..i18n import tr
from ..regionatlas.textencoding import TextEncoding, detect_encoding

#: File suffixes read as delimited text.
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")

#: Parameter types whose value can be a path to a text table.
_SOURCE_TYPES = ("source", "vector")

#: (path, size, mtime) -> encoding, so that a file is scanned once per run, not per reader.
_CACHE: dict[tuple[str, int, int], TextEncoding] = {}


def text_path_of(value) -> Path | None:
    """The text file a parameter value names (a path, or a source definition of a path)."""
    if hasattr(value, "source") and hasattr(value, "selectedFeaturesOnly"):
        value = value.source.staticValue()
    if not isinstance(value, str):
        return None
    path = Path(value.split("|", 1)[0])
    if path.suffix.lower() not in TEXT_SUFFIXES or not path.is_file():
        return None
    return path


def detected_encoding(path: Path) -> TextEncoding:
    """The encoding of ``path``, detected once per state of the file (size, time)."""
    stat = os.stat(path)
    key = (str(Path(path).resolve()), stat.st_size, stat.st_mtime_ns)
    encoding = _CACHE.get(key)
    if encoding is None:
        encoding = detect_encoding(path)
        if len(_CACHE) > 64:
            _CACHE.clear()
        _CACHE[key] = encoding
    return encoding


def check_text_sources(alg, parameters: dict) -> None:
    """Raise the core's InputError when a text input of ``alg`` is neither UTF-8 nor
    Windows-1252 text (see :func:`prepare_text_sources`)."""
    for definition in alg.parameterDefinitions():
        if definition.type() in _SOURCE_TYPES:
            path = text_path_of(parameters.get(definition.name()))
            if path is not None:
                detected_encoding(path)


def prepare_text_sources(alg, parameters: dict, context, feedback) -> None:
    """Check the encoding of every vector input of ``alg`` that is a text file (see module
    docstring). Raises the core's InputError for a file that is neither UTF-8 nor
    Windows-1252 text."""
    for definition in alg.parameterDefinitions():
        if definition.type() not in _SOURCE_TYPES:
            continue
        value = parameters.get(definition.name())
        path = text_path_of(value)
        if path is None:
            continue
        encoding = detected_encoding(path)
        if encoding.is_utf8:
            continue
        feedback.pushInfo(
            tr(
                "{path} is not UTF-8 (byte {offset} on line {line} is not): read as Windows-1252."
            ).format(path=str(path), offset=encoding.first_non_utf8, line=encoding.line)
        )
        if hasattr(value, "source") and hasattr(value, "selectedFeaturesOnly"):
            value = value.source.staticValue()
        layer = QgsProcessingUtils.mapLayerFromString(
            value, context, True, QgsProcessingUtils.LayerHint.Vector
        )
        if isinstance(layer, QgsVectorLayer) and layer.providerType() == "ogr":
            layer.setProviderEncoding("windows-1252")
