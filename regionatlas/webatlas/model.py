"""What a web atlas holds: layers with features, legend entries, popup fields, provenance."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import PurePath

from ..errors import InputError
from ..notes.model import EXPORT_COLUMNS as NOTE_EXPORT_COLUMNS

#: Geometry kinds the page draws (Leaflet: circle markers, polylines, polygons).
GEOMETRY_KINDS = ("point", "line", "polygon")

#: Languages of the page's own text (regionatlas/webatlas/text.py).
LANGUAGES = ("en", "sv")

#: Algorithm ids whose outputs hold stakeholder notes (exported only when the user allows it).
NOTE_ALGORITHMS = ("regionatlas:exportnotes",)

#: Columns that mark a layer as stakeholder notes even when its provenance was lost: the
#: identity and text of a note (regionatlas/notes/model.py EXPORT_COLUMNS).
NOTE_MARKER_COLUMNS = tuple(c for c in ("note_uuid", "text", "author") if c in NOTE_EXPORT_COLUMNS)


@dataclass(frozen=True)
class LegendEntry:
    """One legend row and the style of the features drawn with it (CSS colours, pixels)."""

    label: str
    fill: str | None = None
    fill_opacity: float = 1.0
    stroke: str | None = "#333333"
    stroke_width: float = 1.0
    stroke_opacity: float = 1.0
    dash: str | None = None
    radius: float = 5.0

    def style(self) -> dict:
        return {
            "label": self.label,
            "fill": self.fill,
            "fillOpacity": round(self.fill_opacity, 3),
            "stroke": self.stroke,
            "weight": round(self.stroke_width, 2),
            "opacity": round(self.stroke_opacity, 3),
            "dash": self.dash,
            "radius": round(self.radius, 2),
        }


@dataclass
class WebFeature:
    """A feature in WGS 84 (EPSG:4326) as WKB, its attribute values, its legend entry (index
    into the layer's legend), its label and popup title, and its own line width or marker
    radius in pixels when the style sets it per feature (None when absent)."""

    wkb: bytes
    properties: dict
    legend_index: int
    label: str | None = None
    title: str | None = None
    size: float | None = None


@dataclass
class WebLayer:
    name: str
    geometry: str
    features: list[WebFeature]
    legend: list[LegendEntry]
    popup_fields: list[tuple[str, str]] = field(default_factory=list)
    provenance: str = ""
    visible: bool = True
    is_notes: bool = False

    def check(self) -> None:
        if self.geometry not in GEOMETRY_KINDS:
            raise InputError(
                "Layer '{layer}' has no geometry the web map can draw ({kind}); choose "
                "point, line or polygon layers.",
                layer=self.name,
                kind=self.geometry,
            )
        if not self.legend:
            raise InputError("Layer '{layer}' has no legend entry to draw with.", layer=self.name)
        for feature in self.features:
            if not 0 <= feature.legend_index < len(self.legend):
                raise InputError(
                    "Layer '{layer}': a feature refers to legend entry {index}, but the legend "
                    "has {n} entries.",
                    layer=self.name,
                    index=feature.legend_index,
                    n=len(self.legend),
                )


@dataclass
class WebAtlas:
    title: str
    language: str
    layers: list[WebLayer]
    include_notes: bool = False

    def check(self) -> None:
        if self.language not in LANGUAGES:
            raise InputError(
                "Unknown language '{language}' for the web atlas; use one of {known}.",
                language=self.language,
                known=", ".join(LANGUAGES),
            )
        if not self.layers:
            raise InputError("Choose at least one layer (LAYERS) for the web atlas.")
        for layer in self.layers:
            layer.check()
            if layer.is_notes and not self.include_notes:
                raise InputError(
                    "Layer '{layer}' holds stakeholder notes; they are published only when "
                    "you allow it explicitly (INCLUDE_NOTES). Nothing was written.",
                    layer=layer.name,
                )


def source_label(source: str) -> str:
    """A layer's data source as the page may show it: the file name and the layer name of an
    OGR source ("kommuner.gpkg layername=kommuner"), never the local folder; "" when the
    source names no file."""
    parts = source.split("|")
    name = PurePath(parts[0].replace("\\", "/")).name
    detail = [part for part in parts[1:] if part.startswith("layername=")]
    return " ".join([name, *detail]) if name else ""


def file_table_name(source: str, layer_name: str) -> str | None:
    """The table name of a layer read from a file by its path and so named after the file
    (qgis_process, models): "kommuner" for "/data/exempel.gpkg|layername=kommuner" named
    "exempel"; None for a layer named otherwise or without a table."""
    if layer_name != PurePath(source.split("|")[0]).stem or "|layername=" not in source:
        return None
    return source.split("|layername=", 1)[1].split("|")[0]


def is_notes_layer(field_names: list[str], provenance: str) -> bool:
    """True when a layer holds stakeholder notes: made by a notes algorithm (its provenance
    says so) or carrying the columns that identify a note."""
    record = parse_provenance(provenance)
    if record.get("algorithm") in NOTE_ALGORITHMS:
        return True
    names = set(field_names)
    return all(column in names for column in NOTE_MARKER_COLUMNS)


def parse_provenance(text: str) -> dict:
    """The RegionAtlas provenance record (JSON with algorithm, version, parameters), or
    ``{"text": text}`` for any other description, or ``{}`` when there is none."""
    text = (text or "").strip()
    if not text:
        return {}
    try:
        record = json.loads(text)
    except ValueError:
        return {"text": text}
    if isinstance(record, dict) and "algorithm" in record:
        return record
    return {"text": text}
