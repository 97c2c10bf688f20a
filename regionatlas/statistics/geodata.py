"""SCB's open geodata (municipalities, DeSO, RegSO) from its WFS, with the codes the statistics
use (kommunkod "0114", desokod "0114A0010", regsokod "0114R001", all text).

Service and layers: SCB's GeoServer WFS https://geodata.scb.se/geoserver/stat/wfs (SCB,
"Öppna geodata", WMS/WFS guide); GetCapabilities lists DeSO_2018, DeSO_2025, RegSO_2020 and
RegSO_2025 in SWEREF 99 TM (EPSG:3006); each DeSO carries desokod, regsokod, kommunkod and
lanskod, each RegSO regsokod, regsonamn, kommunkod and lanskod; GetFeature with
``outputFormat=application/json`` answers ``{type, features, totalFeatures, numberMatched,
numberReturned, crs}`` and pages with ``startIndex``/``count`` and ``sortBy`` (checked against
the live service by deno-li/fuzzy-MCP, docs "Källkontroll - resultat", 2026-10-10). The WFS has
no municipality layer: municipalities are the DeSO of a version dissolved by their kommunkod
(every DeSO lies in one municipality: its code begins with the municipality's code). Licence
CC0 (SCB).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from ..errors import Cancelled, InputError

#: SCB's WFS (see the module's docstring for the source).
SCB_WFS = "https://geodata.scb.se/geoserver/stat/wfs"
SCB_GEODATA_LICENCE = "CC0 1.0 (https://creativecommons.org/publicdomain/zero/1.0/)"
#: Coordinate reference system asked for (the layers' own: SWEREF 99 TM).
CRS = "EPSG:3006"
#: The forms of the codes as the statistics use them (text; leading zeros kept).
CODE_FORMS = {"kommunkod": r"\d{4}", "lanskod": r"\d{2}"}
#: Features per call (the service pages; smaller answers are safer to receive whole).
PAGE_SIZE = 1000


@dataclass(frozen=True)
class BoundaryLevel:
    key: str
    layer: str
    #: The id field of the output (the code the statistics use).
    code: str
    #: Fields copied from the service, in order (all text).
    fields: tuple[str, ...]
    #: Dissolve the layer's features by ``code`` (municipalities from DeSO).
    dissolve: bool = False


#: Choices of the LEVEL parameter (order is public API).
LEVELS = (
    BoundaryLevel("kommun", "stat:DeSO_2025", "kommunkod", ("kommunkod", "lanskod"), True),
    BoundaryLevel(
        "deso2025", "stat:DeSO_2025", "desokod", ("desokod", "regsokod", "kommunkod", "lanskod")
    ),
    BoundaryLevel(
        "regso2025",
        "stat:RegSO_2025",
        "regsokod",
        ("regsokod", "regsonamn", "kommunkod", "lanskod"),
    ),
    BoundaryLevel(
        "deso2018", "stat:DeSO_2018", "desokod", ("desokod", "regsokod", "kommunkod", "lanskod")
    ),
    BoundaryLevel(
        "regso2020",
        "stat:RegSO_2020",
        "regsokod",
        ("regsokod", "regsonamn", "kommunkod", "lanskod"),
    ),
)


def feature_url(
    base_url: str, level: BoundaryLevel, counties: list[str], start: int, count: int
) -> str:
    """A GetFeature call for one page of ``level`` (WFS 2.0.0, GeoJSON, SWEREF 99 TM)."""
    for county in counties:
        if not re.fullmatch(r"\d{2}", county):
            raise InputError("'{county}' is not a county code (two digits).", county=county)
    query = {
        "service": "WFS",
        "version": "2.0.0",
        "request": "GetFeature",
        "typeNames": level.layer,
        "outputFormat": "application/json",
        "srsName": CRS,
        "sortBy": level.fields[0] if not level.dissolve else "desokod",
        "startIndex": str(start),
        "count": str(count),
    }
    if counties:
        query["CQL_FILTER"] = "lanskod IN (" + ",".join(f"'{c}'" for c in counties) + ")"
    return f"{base_url}?{urlencode(query)}"


def parse_page(raw: bytes, url: str) -> tuple[list[dict], int | None]:
    """The features of one GeoJSON answer and the service's count of all matching ones."""
    try:
        data = json.loads(raw)
    except ValueError:
        raise InputError(
            "The answer from {url} is not complete GeoJSON (cut off?); nothing was written.",
            url=url,
        ) from None
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise InputError(
            "The answer from {url} is not a GeoJSON feature collection; nothing was written.",
            url=url,
        )
    matched = data.get("numberMatched", data.get("totalFeatures"))
    matched = int(matched) if isinstance(matched, (int, str)) and str(matched).isdigit() else None
    return list(data.get("features") or []), matched


def fetch_boundaries(
    base_url: str,
    level: BoundaryLevel,
    counties: list[str],
    fetch: Callable[[str, bytes | None], bytes],
    progress: Callable[[float], None] = lambda p: None,
    cancelled: Callable[[], bool] = lambda: False,
    page_size: int = PAGE_SIZE,
):
    """Every feature of ``level`` (in the counties), as (attributes, shapely geometry) rows,
    dissolved by municipality when the level asks for it. Nothing is returned until every
    page has arrived and its count agrees with the service's."""
    import shapely
    from shapely.geometry import shape

    features: list[dict] = []
    matched: int | None = None
    start = 0
    while True:
        if cancelled():
            raise Cancelled()
        url = feature_url(base_url, level, counties, start, page_size)
        page, total = parse_page(fetch(url, None), url)
        matched = total if total is not None else matched
        features.extend(page)
        start += len(page)
        if matched:
            progress(70.0 * min(start, matched) / matched)
        if not page or len(page) < page_size or (matched is not None and start >= matched):
            break
    if matched is not None and len(features) != matched:
        raise InputError(
            "The service announced {matched} features of {layer} but sent {n}; nothing was "
            "written.",
            matched=matched,
            layer=level.layer,
            n=len(features),
        )
    if not features:
        raise InputError(
            "No feature of {layer} in the counties {counties}.",
            layer=level.layer,
            counties=", ".join(counties) or "-",
        )
    rows = []
    for number, feature in enumerate(features, start=1):
        properties = feature.get("properties") or {}
        missing = [f for f in level.fields if properties.get(f) in (None, "")]
        if missing:
            raise InputError(
                "Feature {number} of {layer} has no value in {fields}; nothing was written.",
                number=number,
                layer=level.layer,
                fields=", ".join(missing),
            )
        if not feature.get("geometry"):
            raise InputError(
                "Feature {number} of {layer} has no geometry; nothing was written.",
                number=number,
                layer=level.layer,
            )
        values = {f: str(properties[f]) for f in level.fields}
        for name, pattern in CODE_FORMS.items():
            if name in values and not re.fullmatch(pattern, values[name]):
                raise InputError(
                    "Feature {number} of {layer}: {field} '{value}' is not a code of the form "
                    "the statistics use; nothing was written.",
                    number=number,
                    layer=level.layer,
                    field=name,
                    value=values[name],
                )
        rows.append((values, shape(feature["geometry"])))
    if level.dissolve:
        groups: dict[str, list] = {}
        attributes: dict[str, dict] = {}
        for values, geometry in rows:
            key = values[level.code]
            groups.setdefault(key, []).append(geometry)
            attributes.setdefault(key, values)
        rows = [(attributes[key], shapely.union_all(groups[key])) for key in sorted(groups)]
    progress(80.0)
    return rows
