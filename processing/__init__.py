"""QGIS Processing provider and algorithms: thin adapters around the regionatlas core."""
