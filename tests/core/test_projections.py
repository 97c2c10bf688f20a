"""regionatlas.projections: the UTM zone of a point, with Norway's and Svalbard's exceptions."""

from __future__ import annotations

import pytest
from RegionAtlas.regionatlas.projections import utm_epsg, utm_zone


@pytest.mark.parametrize(
    "lon, lat, epsg",
    [
        (18.07, 59.33, 32634),  # Stockholm (zone 34 starts at 18° E)
        (15.0, 62.0, 32633),  # Sweden's middle
        (10.75, 59.91, 32632),  # Oslo
        (5.32, 60.39, 32632),  # Bergen: zone 32 widened over south-west Norway (31 otherwise)
        (5.32, 50.0, 32631),  # same longitude outside the exception
        (15.63, 78.22, 32633),  # Longyearbyen
        (25.0, 78.0, 32635),
        (-46.63, -23.55, 32723),  # São Paulo, south
        (179.9, 10.0, 32660),
        (-180.0, 10.0, 32601),
    ],
)
def test_utm_epsg(lon, lat, epsg):
    assert utm_epsg(lon, lat) == epsg


def test_utm_zone_refuses_nan():
    with pytest.raises(ValueError):
        utm_zone(float("nan"), 60.0)
