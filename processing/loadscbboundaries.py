"""regionatlas:loadscbboundaries - municipalities, DeSO or RegSO from SCB's open geodata (WFS),
with the codes the statistics use."""

from __future__ import annotations

import json

import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsProcessingOutputString,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..compat import qgs_field
from ..i18n import tr
from ..regionatlas.errors import InputError
from ..regionatlas.statistics import geodata
from ..regionatlas.statistics.commuting import parse_list
from ..regionatlas.statistics.geodata import (
    CRS,
    LEVELS,
    SCB_GEODATA_LICENCE,
    SCB_WFS,
    fetch_boundaries,
)
from .base import RegionAtlasAlgorithm
from .commuting_loader import advanced, timeout_parameter
from .declare import add_enum, add_sink, add_text
from .sinks import add_features, open_sink, style_on_load
from .statistics_network import qgis_fetch

LEVEL = "LEVEL"
COUNTIES = "COUNTIES"
BASE_URL = "BASE_URL"
TIMEOUT = "TIMEOUT"
OUTPUT = "OUTPUT"
METADATA = "METADATA"


class LoadScbBoundariesAlgorithm(RegionAtlasAlgorithm):
    NAME = "loadscbboundaries"
    GROUP_ID = "data"
    ICON = "regionatlas.svg"

    def display_name(self) -> str:
        return tr("Load boundaries from SCB (municipalities, DeSO, RegSO)")

    def help_text(self) -> str:
        return tr(
            "Loads municipalities, DeSO or RegSO polygons from SCB's open geodata (WFS "
            "https://geodata.scb.se/geoserver/stat/wfs, layers DeSO_2025, RegSO_2025, "
            "DeSO_2018, RegSO_2020) in SWEREF 99 TM, with the codes the statistics use as "
            "text: kommunkod (4 characters, e.g. 0114), lanskod, desokod, regsokod. "
            "Municipalities are the DeSO 2025 areas dissolved by kommunkod (the WFS has no "
            "municipality layer; every DeSO lies in one municipality). Requests go through "
            "QGIS's network settings, page by page; nothing is written until every page has "
            "arrived and the count agrees with the service's. Data licence CC0 (SCB).<br><br>"
            "Source: SCB, Öppna geodata: DeSO and RegSO (WMS/WFS guide); layer names and "
            "fields as listed by the service's GetCapabilities. Not verified here on a stored "
            "answer of the service (none was found): the tests serve GeoJSON built in the "
            "service's documented form.<br><br>"
            "<b>Parameters</b><br>"
            "<i>Level</i>: municipalities (from DeSO 2025), DeSO 2025, RegSO 2025, DeSO 2018 "
            "or RegSO 2020 (DeSO 2018 and RegSO 2020 go with statistics up to 2023).<br>"
            "<i>County codes</i>: only these counties (e.g. 25); empty: all of Sweden.<br>"
            "Advanced: the WFS address and the time to wait for an answer.<br>"
            "<i>Output</i>: polygons with the codes; <i>Provenance</i> (METADATA and layer "
            "metadata): parameters, layer, address, retrieval time, licence."
        )

    def initAlgorithm(self, config=None) -> None:
        add_enum(
            self,
            LEVEL,
            tr("Level"),
            [
                tr("Municipalities (from DeSO 2025)"),
                tr("DeSO 2025"),
                tr("RegSO 2025"),
                tr("DeSO 2018"),
                tr("RegSO 2020"),
            ],
        )
        add_text(self, COUNTIES, tr("County codes to keep (e.g. 25, 24; empty: the whole country)"))
        self.addParameter(
            advanced(QgsProcessingParameterString(BASE_URL, tr("WFS address"), SCB_WFS))
        )
        self.addParameter(timeout_parameter())
        add_sink(self, OUTPUT, tr("Boundaries"), "polygon")
        self.addOutput(QgsProcessingOutputString(METADATA, tr("Provenance and source (JSON)")))

    def run_algorithm(self, parameters, context, feedback) -> dict:
        from datetime import datetime, timezone

        level = LEVELS[self.parameterAsEnum(parameters, LEVEL, context)]
        counties = parse_list(self.parameterAsString(parameters, COUNTIES, context))
        base_url = self.parameterAsString(parameters, BASE_URL, context).strip() or SCB_WFS
        if not base_url.lower().startswith(("http://", "https://")):
            raise InputError("'{url}' is not an http(s) address (WFS address).", url=base_url)
        timeout = self.parameterAsDouble(parameters, TIMEOUT, context)
        rows = fetch_boundaries(
            base_url,
            level,
            counties,
            qgis_fetch(feedback, timeout, service="wfs"),
            progress=feedback.setProgress,
            cancelled=feedback.isCanceled,
            page_size=geodata.PAGE_SIZE,
        )
        provenance = json.loads(self.provenance(parameters, context))
        provenance["source"] = {
            "provider": "Statistics Sweden (SCB), open geodata",
            "service": base_url,
            "layer": level.layer,
            "dissolved_by": level.code if level.dissolve else None,
            "retrieved": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "licence": SCB_GEODATA_LICENCE,
            "features": len(rows),
        }
        metadata = json.dumps(provenance, ensure_ascii=False, sort_keys=True)
        fields = QgsFields()
        for name in level.fields:
            fields.append(qgs_field(name, "String"))
        sink, dest_id = open_sink(
            self,
            parameters,
            OUTPUT,
            context,
            fields,
            QgsWkbTypes.Type.MultiPolygon,
            QgsCoordinateReferenceSystem(CRS),
        )
        features = []
        for values, geometry in rows:
            feature = QgsFeature(fields)
            qgs = QgsGeometry()
            qgs.fromWkb(shapely.to_wkb(geometry))
            qgs.convertToMultiType()
            feature.setGeometry(qgs)
            feature.setAttributes([values[name] for name in level.fields])
            features.append(feature)
        add_features(sink, features, feedback)
        style_on_load(context, dest_id, None, metadata, tr("Boundaries (SCB)"))
        feedback.pushInfo(
            tr("{n} features of {layer} (SCB, licence CC0).").format(n=len(rows), layer=level.layer)
        )
        return {OUTPUT: dest_id, METADATA: metadata}
