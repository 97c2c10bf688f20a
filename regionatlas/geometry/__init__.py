"""Plain geometry routines shared by the methods (shapely 2 / numpy; no QGIS)."""

from .adjacency import region_adjacency

__all__ = ["region_adjacency"]
