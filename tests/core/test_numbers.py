"""regionatlas.numbers: numbers as a Swedish or English reader writes them."""

from __future__ import annotations

import math

import pytest
from RegionAtlas.regionatlas.numbers import format_number

NBSP = "\u00a0"


@pytest.mark.parametrize(
    "value, decimals, language, text",
    [
        (597565, 0, "sv", f"597{NBSP}565"),
        (597565, 0, "en", "597,565"),
        (1234567.891, 2, "sv", f"1{NBSP}234{NBSP}567,89"),
        (1234567.891, 2, "en", "1,234,567.89"),
        (0.25, 2, "sv", "0,25"),
        (-1500, 0, "sv", f"\u22121{NBSP}500"),
        (-1500, 0, "en", "-1,500"),
        (-0.0001, 2, "sv", "0,00"),
        (999, 0, "sv", "999"),
        (1910, 0, "sv_SE", f"1{NBSP}910"),
        (1910, 0, "de", "1,910"),
        (None, 0, "sv", ""),
        (math.nan, 1, "sv", ""),
    ],
)
def test_format_number(value, decimals, language, text):
    assert format_number(value, decimals, language) == text


def test_format_number_trims_trailing_zeros_when_asked():
    assert format_number(0.75, 4, "sv", trim=True) == "0,75"
    assert format_number(3500.0, 2, "en", trim=True) == "3,500"
    assert format_number(0.75, 4, "en") == "0.7500"


def test_ranges_for_legends():
    from RegionAtlas.regionatlas.numbers import format_range

    assert format_range(3377, 50620, 0, "en") == "3,377–50,620"
    assert format_range(3377, 50620, 0, "sv") == "3\u00a0377–50\u00a0620"
    assert format_range(0.25, 0.5, 2, "sv") == "0,25–0,50"
    # both ends the same after rounding: one number
    assert format_range(12500, 12500.4, 0, "en") == "12,500"
    assert format_range(None, 5, 0, "en") == "5"
