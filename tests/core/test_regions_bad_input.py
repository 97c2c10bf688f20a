"""Bad input gives an InputError with a message a planner understands (issue 3)."""

from __future__ import annotations

import pytest
from RegionAtlas.regionatlas.commuting.odtable import ODTable
from RegionAtlas.regionatlas.commuting.regions import (
    euro_regions,
    scb_regions,
    scb_regions_from_indicators,
    tolbert_sizer_regions,
)
from RegionAtlas.regionatlas.errors import InputError


@pytest.fixture
def small() -> ODTable:
    return ODTable.from_records(
        ["A1", "A1", "B2", "B2", "C3", "C3", "D4"],
        ["A1", "B2", "B2", "A1", "C3", "A1", "D4"],
        [900, 60, 700, 50, 400, 80, 300],
    )


def test_min_size_above_target_size(small):
    with pytest.raises(
        InputError, match=r"MIN_SIZE \(30000\) must be smaller than TARGET_SIZE \(25000\)"
    ):
        euro_regions(small, 30000, 0.6667, 25000, 0.75)


@pytest.mark.parametrize(
    ("args", "name"),
    [((3500, 1.2, 25000, 0.75), "MIN_SC"), ((3500, 0.6, 25000, -0.1), "TARGET_SC")],
)
def test_self_containment_outside_0_1(small, args, name):
    with pytest.raises(InputError, match=rf"{name} = .* outside the allowed range"):
        euro_regions(small, *args)


@pytest.mark.parametrize("h", [-0.1, 1.5, "abc"])
def test_cut_height_outside_0_1(small, h):
    with pytest.raises(InputError, match="CUT_HEIGHT"):
        tolbert_sizer_regions(small, h)


def test_scb_thresholds_outside_0_1(small):
    with pytest.raises(InputError, match="CENTRE_MAX_OUT"):
        scb_regions(small, 1.5)


def test_all_units_in_zero_list():
    table = ODTable.from_records(["A", "B"], ["A", "B"], [10, 20])
    with pytest.raises(InputError, match="Every unit falls in the zero list"):
        euro_regions(table)


def test_unit_with_only_self_flow(small):
    """D4 only commutes within itself: zero list for EURO, its own region for SCB."""
    part = euro_regions(small, 100, 0.5, 1000, 0.7)
    assert part.zero_list() == ["D4"]
    assert any("D4" in m and "zero list" in m for m in part.messages)
    scb = scb_regions(small)
    assert frozenset(["D4"]) in scb.region_sets()
    assert any("only to themselves" in m and "D4" in m for m in scb.messages)


def test_tie_in_largest_destination_takes_smallest_id():
    # unit 3 sends 40 to both 10 and 2: the smallest id ("2", numeric order) wins
    table = ODTable.from_records(
        ["3", "3", "3", "2", "10"], ["3", "10", "2", "2", "10"], [100, 40, 40, 500, 500]
    )
    part = scb_regions(table)
    till = dict(zip(part.units, part.diagnostics["largest_destination"]))
    assert till["3"] == "2"
    assert part.region_of()["3"] == "2"
    assert any("equally large destinations" in m and "3" in m for m in part.messages)
    # deterministic whatever the row order
    table2 = ODTable.from_records(
        ["10", "2", "3", "3", "3"], ["10", "2", "2", "10", "3"], [500, 500, 40, 40, 100]
    )
    assert scb_regions(table2).region_sets() == part.region_sets()


def test_indicator_destination_not_in_table():
    with pytest.raises(
        InputError, match=r"Row 2: the largest destination '9999' of unit '0115'.*not a unit"
    ):
        scb_regions_from_indicators(
            ["0114", "0115"],
            ["0115", "9999"],
            [0.1, 0.5],
            [0.05, 0.3],
            destination_field="largest_destination",
        )


def test_indicator_table_bad_share():
    with pytest.raises(InputError, match=r"Row 1: p1 = 1.5 is a share"):
        scb_regions_from_indicators(["0114", "0115"], ["0115", "0114"], [1.5, 0.5], [0.05, 0.3])


def test_indicator_table_duplicate_unit():
    with pytest.raises(InputError, match="occurs twice"):
        scb_regions_from_indicators(["0114", "0114"], ["0115", "0114"], [0.1, 0.5], [0.05, 0.3])


def test_unknown_variant(small):
    with pytest.raises(InputError, match="Unknown EURO variant"):
        euro_regions(small, variant="fortran")


def test_indicator_table_text_share():
    with pytest.raises(InputError, match=r"Row 2: 'abc' in field 'p2' is not a number"):
        scb_regions_from_indicators(["0114", "0115"], ["0115", "0114"], [0.1, 0.5], ["0,05", "abc"])


@pytest.mark.parametrize("value", [0, -0.5, "ett", None])
def test_leiden_resolution_must_be_a_positive_number(value):
    """One rule for RESOLUTION, used by the Processing door before any input is read."""
    from RegionAtlas.regionatlas.commuting.regions.parameters import check_resolution

    with pytest.raises(InputError, match="RESOLUTION"):
        check_resolution(value)


def test_leiden_resolution_accepts_positive_numbers():
    from RegionAtlas.regionatlas.commuting.regions.parameters import check_resolution

    assert check_resolution("1.5") == 1.5
    assert check_resolution(1e-3) == 1e-3


def test_leiden_installed_says_whether_the_packages_import(monkeypatch):
    import builtins

    from RegionAtlas.regionatlas.commuting.regions.leiden import leiden_installed

    real_import = builtins.__import__

    def no_igraph(name, *args, **kwargs):
        if name == "igraph":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_igraph)
    assert leiden_installed() is False
