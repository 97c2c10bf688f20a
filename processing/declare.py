"""Parameter declarations the algorithms repeat, one call each.

Each helper adds one QGIS parameter with the same arguments the algorithms used to spell out;
names, labels, defaults and enum orders stay the caller's (they are public API).
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..i18n import tr

#: Geometry kinds of feature sources and sinks, by a short name.
SOURCE_TYPES = {
    "point": QgsProcessing.SourceType.TypeVectorPoint,
    "line": QgsProcessing.SourceType.TypeVectorLine,
    "polygon": QgsProcessing.SourceType.TypeVectorPolygon,
    "any": QgsProcessing.SourceType.TypeVectorAnyGeometry,
    "table": QgsProcessing.SourceType.TypeVector,
}


def add_source(alg, name: str, label: str, kinds=("any",), optional: bool = False) -> None:
    """A feature source of the geometry ``kinds`` (keys of SOURCE_TYPES)."""
    types = [SOURCE_TYPES[kind] for kind in kinds]
    alg.addParameter(QgsProcessingParameterFeatureSource(name, label, types, optional=optional))


def add_field(
    alg,
    name: str,
    label: str,
    parent: str,
    *,
    numeric: bool = False,
    optional: bool = False,
    multiple: bool = False,
) -> None:
    """A field of the layer parameter ``parent`` (numeric fields only when ``numeric``)."""
    types = QgsProcessingParameterField.DataType
    kind = types.Numeric if numeric else types.Any
    alg.addParameter(
        QgsProcessingParameterField(
            name,
            label,
            parentLayerParameterName=parent,
            type=kind,
            allowMultiple=multiple,
            optional=optional,
        )
    )


def add_enum(alg, name: str, label: str, options: list[str], default: int = 0) -> None:
    """A choice among ``options`` (their order is public API)."""
    alg.addParameter(QgsProcessingParameterEnum(name, label, options, defaultValue=default))


def add_number(
    alg,
    name: str,
    label: str,
    default,
    minimum=None,
    maximum=None,
    *,
    integer: bool = False,
    optional: bool = False,
) -> None:
    """A number (a double unless ``integer``) with optional bounds."""
    types = QgsProcessingParameterNumber.Type
    kind = types.Integer if integer else types.Double
    bounds = {}
    if minimum is not None:
        bounds["minValue"] = minimum
    if maximum is not None:
        bounds["maxValue"] = maximum
    alg.addParameter(QgsProcessingParameterNumber(name, label, kind, default, optional, **bounds))


def add_text(alg, name: str, label: str, default=None, optional: bool = True) -> None:
    """A free-text parameter (optional unless said otherwise)."""
    alg.addParameter(
        QgsProcessingParameterString(name, label, defaultValue=default, optional=optional)
    )


def add_sink(
    alg, name: str, label: str, kind: str = "any", optional: bool = False, create: bool = True
) -> None:
    """A feature sink of the geometry ``kind`` (a key of SOURCE_TYPES)."""
    alg.addParameter(
        QgsProcessingParameterFeatureSink(
            name, label, SOURCE_TYPES[kind], optional=optional, createByDefault=create
        )
    )


def add_metadata_output(alg, name: str = "METADATA") -> None:
    """The provenance string every algorithm returns."""
    alg.addOutput(QgsProcessingOutputString(name, tr("Provenance (JSON)")))
