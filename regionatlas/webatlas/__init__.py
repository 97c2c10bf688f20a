"""Web atlas: RegionAtlas layers as a self-contained folder that opens in any browser.

Pure Python (shapely, json): the Processing adapter (processing/exportwebatlas.py) reads the
QGIS layers, their renderers and metadata into :class:`WebLayer` objects; this package
simplifies and rounds the geometries for the web, writes the data as GeoJSON wrapped in one
line of JavaScript (so the page also opens from ``file://``, where browsers refuse to fetch
local files) and copies the page and the bundled Leaflet library from ``resources/web``.
"""

from .model import LegendEntry, WebAtlas, WebFeature, WebLayer
from .writer import WrittenAtlas, write_web_atlas

__all__ = ["LegendEntry", "WebAtlas", "WebFeature", "WebLayer", "WrittenAtlas", "write_web_atlas"]
