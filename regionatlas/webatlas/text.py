"""The page's own words in English and Swedish (the LANGUAGE of the export, which need not
be the language of the QGIS that writes it, so they are not Qt translations)."""

from __future__ import annotations

PAGE_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "layers": "Layers",
        "legend": "Legend",
        "about": "About the map",
        "provenance": "How each layer was made",
        "algorithm": "Made with",
        "version": "RegionAtlas version",
        "parameters": "Parameters",
        "source": "Source",
        "no_provenance": "No provenance recorded for this layer.",
        "features": "features",
        "made_with": "Made with RegionAtlas (QGIS) and Leaflet.",
        "no_value": "–",
        "notes_warning": "This map includes stakeholder notes; share it only with those "
        "entitled to read them.",
    },
    "sv": {
        "layers": "Lager",
        "legend": "Teckenförklaring",
        "about": "Om kartan",
        "provenance": "Så har varje lager tagits fram",
        "algorithm": "Framtaget med",
        "version": "RegionAtlas-version",
        "parameters": "Parametrar",
        "source": "Källa",
        "no_provenance": "Ingen härkomst registrerad för det här lagret.",
        "features": "objekt",
        "made_with": "Gjord med RegionAtlas (QGIS) och Leaflet.",
        "no_value": "–",
        "notes_warning": "Kartan innehåller synpunkter från intressenter; dela den bara med "
        "dem som får läsa dem.",
    },
}
