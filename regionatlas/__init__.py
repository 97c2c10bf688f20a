"""RegionAtlas method core.

Pure Python (numpy, scipy, pandas, shapely): no qgis or Qt import anywhere below this package,
so the methods run the same in QGIS Processing, in a notebook and in the tests.
"""

__version__ = "0.1.0"
