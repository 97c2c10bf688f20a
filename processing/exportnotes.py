"""regionatlas:exportnotes - stakeholder notes joined to their features, as a layer and CSV."""

from __future__ import annotations

import csv

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
)

from ..compat import qgs_field
from ..i18n import tr
from ..regionatlas.notes import EXPORT_COLUMNS
from .base import RegionAtlasAlgorithm
from .notes_common import (
    add_filter_parameters,
    add_store_parameter,
    filter_from_parameters,
    filter_help,
    store_from_parameters,
)
from .notes_features import layer_geometry, layer_geometry_type
from .shapes import from_wkb
from .sinks import add_features, style_on_load

OUTPUT = "OUTPUT"
CSV_GEOMETRY = "CSV_GEOMETRY"
GEOMETRY_POINT, GEOMETRY_WKT, GEOMETRY_NONE = range(3)
CSV = "CSV"
METADATA = "METADATA"
COUNT = "COUNT"

#: Layer columns: the export columns without the WKB, plus where the geometry came from.
COLUMNS = tuple(c for c in EXPORT_COLUMNS if c != "geometry_wkb")


def export_fields() -> QgsFields:
    fields = QgsFields()
    for name in COLUMNS:
        fields.append(qgs_field(name, "Int" if name == "version" else "String"))
    return fields


class ExportNotesAlgorithm(RegionAtlasAlgorithm):
    NAME = "exportnotes"
    GROUP_ID = "notes"

    def display_name(self) -> str:
        return tr("Export stakeholder notes")

    def help_text(self) -> str:
        return (
            tr(
                "Writes the notes of a notes store joined to the features they are about: one "
                "row per note and linked feature (a note on two places gives two rows; a note "
                "without a place gives one row without geometry), with theme, kind, stance, "
                "follow-up status, text, author, stakeholder, dataset key, feature key and "
                "label. The geometry is the copy kept with the link (in the store's CRS), so "
                "notes on deleted features are exported too.<br><br>"
                "Source: the user guide, section Stakeholder notes.<br><br>"
                "<b>Parameters</b><br>"
                "<i>Notes store</i>: the GeoPackage file beside the project, a PostgreSQL "
                "conninfo, a pg service name, or <tt>pgconn:&lt;name&gt;</tt> for a QGIS saved "
                "connection.<br>"
            )
            + filter_help()
            + tr(
                "<br><i>Notes with their features</i>: the layer (a GeoPackage by default). "
                "Features of mixed geometry types are written as points.<br>"
                "<i>Notes as CSV</i>: the same rows as a UTF-8 CSV.<br>"
                "<i>Geometry in the CSV</i>: the x and y of a point inside each feature (in the "
                "store's CRS, to the centimetre; opens in a spreadsheet and as a point layer), "
                "the geometry as WKT, or no geometry."
            )
        )

    def initAlgorithm(self, config=None) -> None:
        add_store_parameter(self)
        add_filter_parameters(self)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                OUTPUT,
                tr("Notes with their features"),
                QgsProcessing.SourceType.TypeVectorAnyGeometry,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                CSV, tr("Notes as CSV"), tr("CSV files (*.csv)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                CSV_GEOMETRY,
                tr("Geometry in the CSV"),
                options=[
                    tr("Point coordinates (x, y; a point inside each feature)"),
                    tr("Geometry as WKT"),
                    tr("No geometry"),
                ],
                defaultValue=GEOMETRY_POINT,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(COUNT, tr("Rows exported")))
        self.addOutput(QgsProcessingOutputString(METADATA, tr("Provenance (JSON)")))

    def run_algorithm(self, parameters, context, feedback) -> dict:
        with store_from_parameters(self, parameters, context, read_only=True) as store:
            flt = filter_from_parameters(self, parameters, context, store)
            wkb_type, family = layer_geometry_type(
                lk.geometry_wkb for lk in store.linked_features(flt.dataset_key)
            )
            if family == "mixed":
                feedback.pushWarning(
                    tr(
                        "The notes are on points, lines and polygons; the layer shows each "
                        "feature as a point inside it."
                    )
                )
            fields = export_fields()
            crs = QgsCoordinateReferenceSystem(f"EPSG:{store.srid}")
            sink, dest_id = self.parameterAsSink(parameters, OUTPUT, context, fields, wkb_type, crs)
            if sink is None:
                raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))
            csv_path = self.parameterAsFileOutput(parameters, CSV, context)
            csv_geometry = self.parameterAsEnum(parameters, CSV_GEOMETRY, context)
            # Without geometry the CSV needs nothing per row from QGIS: the store writes
            # it (on PostGIS the server does), in the same snapshot as the layer's rows.
            store_csv = bool(csv_path) and csv_geometry == GEOMETRY_NONE
            csv_file = (
                open(csv_path, "w", newline="", encoding="utf-8")
                if csv_path and not store_csv
                else None
            )
            writer = csv.writer(csv_file) if csv_file else None
            geometry_columns = {GEOMETRY_POINT: ["x", "y"], GEOMETRY_WKT: ["wkt"]}.get(
                csv_geometry, []
            )
            # Coordinates as precise as the store's CRS makes sense: 1 cm in metres, about
            # 1 cm in degrees (7 decimals); never the 15-17 digits of a raw WKT.
            decimals = 7 if QgsCoordinateReferenceSystem(f"EPSG:{store.srid}").isGeographic() else 2
            if writer:
                writer.writerow([*COLUMNS, *geometry_columns])
            total = max(store.count_notes(), 1)
            features, rows = [], 0
            try:
                with store.snapshot():
                    if store_csv:
                        with open(csv_path, "wb") as fh:
                            store.export_csv(fh, flt)
                    for row in store.export_rows(flt):
                        if rows % 2000 == 0:
                            if feedback.isCanceled():
                                break
                            feedback.setProgress(min(80.0, 80.0 * rows / total))
                        attributes = [row[c] for c in COLUMNS]
                        feature = QgsFeature(fields)
                        feature.setAttributes(attributes)
                        wkb = row["geometry_wkb"]
                        geometry_values = [""] * len(geometry_columns)
                        if wkb:
                            original = from_wkb(wkb)
                            if family is not None:
                                feature.setGeometry(layer_geometry(original, family))
                            if csv_geometry == GEOMETRY_WKT:
                                geometry_values = [original.asWkt(decimals)]
                            elif csv_geometry == GEOMETRY_POINT:
                                point = original.pointOnSurface().asPoint()
                                geometry_values = [
                                    round(point.x(), decimals),
                                    round(point.y(), decimals),
                                ]
                        features.append(feature)
                        if writer:
                            writer.writerow(
                                [("" if v is None else v) for v in attributes] + geometry_values
                            )
                        rows += 1
                        if len(features) >= 5000:
                            add_features(sink, features, feedback, start=80.0)
                            features = []
                    add_features(sink, features, feedback, start=80.0)
            finally:
                if csv_file:
                    csv_file.close()
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled by the user."))
        feedback.pushInfo(tr("{n} rows exported.").format(n=rows))
        provenance = self.provenance(parameters, context)
        style_on_load(context, dest_id, None, provenance, tr("Stakeholder notes"))
        result = {OUTPUT: dest_id, COUNT: rows, METADATA: provenance}
        if csv_path:
            result[CSV] = csv_path
        return result
