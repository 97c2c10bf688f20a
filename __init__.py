"""RegionAtlas QGIS plugin entry point.

QGIS imports this module and calls :func:`classFactory`. Nothing here imports qgis or the
method core at module level, so the package can also be imported by the core tests without
QGIS.
"""


def classFactory(iface):
    """Create the plugin object (called by QGIS with its interface)."""
    from .plugin import RegionAtlasPlugin

    return RegionAtlasPlugin(iface)
