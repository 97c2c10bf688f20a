"""SCB's LA codes (field la_code, alias "LA code") in the outputs of commutingregions (SCB
method) and laregionsfromindicators, against SCB's published 2022 codes."""

from __future__ import annotations

import pandas as pd

NORRBOTTEN = {
    "ORIGIN_FIELD": "residence_code",
    "DESTINATION_FIELD": "workplace_code",
    "COUNT_FIELD": "employed",
    "METHOD": 0,
    "OUTPUT": "memory:",
    "OUTPUT_REGIONS": "memory:",
}


def la_params(path, **extra):
    params = {
        "INPUT": str(path),
        "UNIT_FIELD": "kommun_kod",
        "DESTINATION_FIELD": "largest_destination",
        "P1_FIELD": "p1",
        "P2_FIELD": "p2",
        "NAME_FIELD": "kommun",
        "OUTPUT": "memory:",
        "OUTPUT_REGIONS": "memory:",
    }
    params.update(extra)
    return params


def test_la_codes_of_2022_in_both_outputs(run_alg, shared_data, tmp_path):
    official = pd.read_csv(shared_data("sweden", "scb_la_2022.csv"), dtype=str)
    # the indicator file does not say which centre of a two-centre region is the largest;
    # a size column does (here: the municipality SCB names the region after is the largest)
    first = {name.split("-")[0] for name in official.la_name}
    official["size"] = official.kommun.map(lambda k: 2 if k in first else 1)
    path = tmp_path / "la2022_sizes.csv"
    official.to_csv(path, index=False)
    results, fb = run_alg(
        "regionatlas:laregionsfromindicators",
        la_params(path, SIZE_FIELD="size", LA_YEAR=2022),
    )
    units = {f["unit_id"]: f["la_code"] for f in results["OUTPUT"].getFeatures()}
    assert units == dict(zip(official.kommun_kod, official.la_code))
    regions = {f["region_name"]: f["la_code"] for f in results["OUTPUT_REGIONS"].getFeatures()}
    assert regions == dict(zip(official.la_name, official.la_code))
    assert "LA2201" in fb.log and "LA2267" in fb.log
    names = results["OUTPUT"].fields().names()
    assert names.index("la_code") == names.index("region_id") + 1


def test_la_codes_left_empty_with_a_reason(run_alg, shared_data):
    path = shared_data("sweden", "scb_la_2022.csv")
    # no sizes: four regions' place in the numbering is unknown
    results, fb = run_alg("regionatlas:laregionsfromindicators", la_params(path, LA_YEAR=2022))
    codes = {f["la_code"] for f in results["OUTPUT"].getFeatures()}
    assert all(c is None or c == "" or str(c) == "NULL" for c in codes)
    assert any("0860-0884" in w and "size field" in w for w in fb.warnings)
    # no year
    results, fb = run_alg("regionatlas:laregionsfromindicators", la_params(path))
    assert "LA_YEAR" in fb.log


def test_commuting_regions_scb_gives_la_codes(run_alg, shared_data):
    params = dict(NORRBOTTEN, INPUT=str(shared_data("sweden", "norrbotten_commuting_2023.csv")))
    results, fb = run_alg("regionatlas:commutingregions", dict(params, LA_YEAR=2023))
    regions = sorted(
        (f["centre"], f["la_code"], f["region_name"])
        for f in results["OUTPUT_REGIONS"].getFeatures()
    )
    codes = [code for _, code, _ in regions]
    # numbered in the order of the (main) centre's code: Arvidsjaur 2505 ... Kiruna 2584
    assert codes == [f"LA23{k:02d}" for k in range(1, len(regions) + 1)]
    units = {f["unit_id"]: f["la_code"] for f in results["OUTPUT"].getFeatures()}
    assert units["2580"] == dict((c, code) for c, code, _ in regions)["2580"]
    # the year of the OD rows is taken when LA_YEAR is empty
    with_year = dict(params, YEAR_FIELD="year", YEAR="2023")
    again, _ = run_alg("regionatlas:commutingregions", with_year)
    assert {f["unit_id"]: f["la_code"] for f in again["OUTPUT"].getFeatures()} == units
    # other methods have no LA code field
    euro, _ = run_alg("regionatlas:commutingregions", dict(params, METHOD=1, LA_YEAR=2023))
    assert "la_code" not in euro["OUTPUT"].fields().names()
