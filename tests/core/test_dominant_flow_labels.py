"""The dominant-flow map labels the centres that matter: on Norway's commuting 2022 the 20
largest dominant or intermediate centres include Bergen, Trondheim and Tromsø (whose largest
flows go to Oslo, so they are not 'dominant'; Tromsø has few in-commuters but many jobs), and
not Lom or Lærdal."""

from __future__ import annotations

import pandas as pd
from RegionAtlas.regionatlas.commuting.odtable import ODTable
from RegionAtlas.regionatlas.settlement.dominant_flows import dominant_flows

LABELLED = 20  # the bundled style labels label_rank <= 20 (dominantflows_nodes.qml)


def test_norway_2022_labels_the_large_centres(shared_data):
    frame = pd.read_csv(shared_data("norway", "commuting_2022.csv"), dtype=str)
    nodes = dominant_flows(
        ODTable.from_frame(frame, "home_kommune", "work_kommune", "employed")
    ).nodes.set_index("id")
    labelled = set(nodes.index[nodes.label_rank.fillna(999) <= LABELLED])
    assert {"0301", "4601", "5001", "5401", "1103"} <= labelled  # Oslo ... Stavanger
    assert not {"3434", "4642"} & labelled  # Lom, Lærdal
    assert nodes.loc["4601", "role"] == "intermediate"
    # without sizes the ranks follow the jobs (W), among dominant and intermediate centres
    jobs = frame.assign(n=frame.employed.astype(float)).groupby("work_kommune").n.sum()
    centres = nodes[nodes.role.isin(["dominant", "intermediate"])].copy()
    centres["jobs"] = jobs.reindex(centres.index).fillna(0)
    top = centres.sort_values("jobs", ascending=False)
    assert top.label_rank.head(5).tolist() == [1, 2, 3, 4, 5]
    assert nodes[~nodes.role.isin(["dominant", "intermediate"])].label_rank.isna().all()
