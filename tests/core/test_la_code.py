"""SCB's LA codes ("LA" + yy + serial in the order of the main centre's kommunkod) against
SCB's published codes of 2022, municipality by municipality."""

from __future__ import annotations

import pandas as pd
import pytest
from RegionAtlas.regionatlas.commuting.regions import scb_regions_from_frame
from RegionAtlas.regionatlas.commuting.regions.la_code import la_codes, la_year, with_la_codes
from RegionAtlas.regionatlas.errors import InputError


def _official(shared_data) -> pd.DataFrame:
    return pd.read_csv(shared_data("sweden", "scb_la_2022.csv"), dtype=str)


def _main_centre_sizes(frame: pd.DataFrame) -> pd.Series:
    """A size column in which the municipality SCB names a region after first (its main
    centre) is the largest: the order of centres the indicator file itself does not give."""
    first = {name.split("-")[0] for name in frame.la_name}
    # "Bengtsfors-Dals-Ed": the first part is the municipality Bengtsfors
    return frame.kommun.map(lambda k: "2" if k in first else "1")


def _codes_per_unit(part, year) -> dict[str, str | None]:
    result = la_codes(
        part.diagnostics["centres"], year, largest_first=part.diagnostics["centres_by_size"]
    )
    by_region = dict(enumerate(result.codes))
    return {u: by_region[int(k)] for u, k in zip(part.units.tolist(), part.region.tolist())}


def test_la_codes_2022_reproduce_scb_code_for_code(shared_data):
    frame = _official(shared_data)
    frame["size"] = _main_centre_sizes(frame)
    part = scb_regions_from_frame(
        frame, "kommun_kod", "largest_destination", "p1", "p2", size_field="size"
    )
    ours = _codes_per_unit(part, 2022)
    official = dict(zip(frame.kommun_kod, frame.la_code))
    assert len(official) == 290
    wrong = {u: (ours[u], c) for u, c in official.items() if ours[u] != c}
    assert not wrong
    assert ours["0114"] == "LA2201" and ours["2584"] == "LA2267"


def test_la_codes_from_indicators_alone_are_not_guessed(shared_data):
    """Without sizes the main centre of a two-centre region is unknown; where that changes
    the numbering, no code is given and the regions are named."""
    frame = _official(shared_data)
    part = scb_regions_from_frame(frame, "kommun_kod", "largest_destination", "p1", "p2")
    result = la_codes(part.diagnostics["centres"], 2022, largest_first=False)
    assert not result.complete and set(result.codes) == {None}
    assert sorted(result.undetermined) == [
        ["0860", "0884"],  # Vimmerby-Hultsfred: Kalmar 0880 lies between
        ["1060", "1082"],  # Karlshamn-Olofström: Karlskrona 1080
        ["1471", "1494"],  # Lidköping-Götene: Borås 1490
        ["2121", "2183"],  # Bollnäs-Ovanåker: Ljusdal 2161, Gävle 2180
    ]


def test_codes_follow_the_main_centre_and_the_year():
    centres = [["2584"], ["0180", "0184"], ["1082", "1060"], ["1080"]]
    assert la_codes(centres, 2023).codes == ["LA2304", "LA2301", "LA2303", "LA2302"]
    # Karlshamn-Olofström numbered by Olofström when Olofström were the largest
    swapped = [["2584"], ["0180", "0184"], ["1060", "1082"], ["1080"]]
    assert la_codes(swapped, 2023).codes == ["LA2304", "LA2301", "LA2302", "LA2303"]
    # with unknown sizes the order is still certain when no other region lies between
    assert la_codes([["2584"], ["0184", "0180"]], 2005, largest_first=False).codes == [
        "LA0502",
        "LA0501",
    ]
    assert la_codes(centres, None).codes == [None] * 4
    many = la_codes([[str(1000 + k)] for k in range(120)], 1970).codes
    assert many[0] == "LA70001" and many[-1] == "LA70120"


@pytest.mark.parametrize("value", ["22", "twenty", "1850", "2022.5", 12345])
def test_year_must_be_four_digits(value):
    with pytest.raises(InputError, match="LA_YEAR"):
        la_year(value, "LA_YEAR")


def test_year_empty_or_valid():
    assert la_year(None) is None and la_year("") is None
    assert la_year("2022") == 2022 and la_year(2022) == 2022 and la_year(2022.0) == 2022


def test_size_field_must_hold_numbers(shared_data):
    frame = _official(shared_data)
    frame["size"] = "1"
    frame.loc[5, "size"] = "many"
    with pytest.raises(InputError, match=r"Row 6: 'many' in field 'size'"):
        scb_regions_from_frame(
            frame, "kommun_kod", "largest_destination", "p1", "p2", size_field="size"
        )


def test_with_la_codes_puts_the_code_after_region_id_and_on_each_member():
    units = pd.DataFrame({"unit_id": ["a", "b", "c"], "region_id": ["a", "a", None]})
    regions = pd.DataFrame({"region_id": ["a"], "region_name": ["A"]})
    u, r = with_la_codes(units, regions, [0, 0, -1], ["LA2201"])
    assert list(u.columns) == ["unit_id", "region_id", "la_code"]
    assert u["la_code"].tolist() == ["LA2201", "LA2201", None]
    assert list(r.columns) == ["region_id", "la_code", "region_name"]
    assert r["la_code"].tolist() == ["LA2201"]
    assert "la_code" not in units.columns  # the caller's tables are left as they were
