"""Quality indicators of a commuting-region partition (spec commuting-regions.md, section 4).

Per region: units, R, W, internal flow S, supply- and demand-side self-containment, validity V
(EURO X-equation with the given parameters, Coombes & Bond 2008), centre unit(s) and the
largest outside destination. For the whole partition: number of regions, one-unit regions,
directed modularity ``Q = sum_c (S_c - R_c W_c / T) / T`` (Newman's modularity for directed
graphs, Leicht & Newman 2008), the share of all commuters whose flow crosses a region border
and the regions that cross a given administrative border. Everything is computed with sparse
matrix products and bincounts: linear in the number of flows.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from ..odtable import ODTable, row_maximum
from .euro import validity
from .parameters import TTWA_PARAMETERS, EuroParameters
from .partition import ROLE_CENTRE, Partition

#: Columns of :func:`region_indicators`.
REGION_FIELDS = (
    "region_id",
    "region_name",
    "units",
    "R",
    "W",
    "S",
    "sc_supply",
    "sc_demand",
    "V",
    "centre",
    "largest_outside_destination",
    "largest_outside_flow",
)


def _labels_for(table: ODTable, partition: Partition) -> np.ndarray:
    """Region index per unit of ``table`` (-1 for units without a region or not in it)."""
    if len(partition.units) == table.n and (
        partition.units is table.units or np.array_equal(partition.units, table.units)
    ):
        return np.asarray(partition.region, dtype=np.int64).copy()
    labels = np.full(table.n, -1, dtype=np.int64)
    pos = table.index_of(partition.units.tolist())
    ok = pos >= 0
    labels[pos[ok]] = partition.region[ok]
    return labels


def region_matrix(table: ODTable, labels: np.ndarray, n_regions: int) -> sp.csr_array:
    """Region-to-region flow matrix (units without a region dropped)."""
    rows, cols, vals = table.coo()
    keep = (labels[rows] >= 0) & (labels[cols] >= 0)
    return sp.csr_array(
        (vals[keep], (labels[rows[keep]], labels[cols[keep]])), shape=(n_regions, n_regions)
    )


def _flow_labels(table: ODTable, labels: np.ndarray, k: int) -> tuple[np.ndarray, ...]:
    """``(rows, cols, vals, lr, lc)``: every flow with the label of its origin (lr) and
    destination (lc), read once; units with label -1 get labels k, k+1, ... of their own."""
    rows, cols, vals = table.coo()
    own = np.asarray(labels, dtype=np.int64).copy()
    free = own < 0
    own[free] = k + np.arange(int(free.sum()))
    return rows, cols, vals, own[rows], own[cols]


def _modularity(lr: np.ndarray, lc: np.ndarray, vals: np.ndarray, resolution: float) -> float:
    m = int(max(lr.max(initial=-1), lc.max(initial=-1))) + 1
    t = vals.sum()
    s = vals[lr == lc].sum()
    r = np.bincount(lr, weights=vals, minlength=m)
    w = np.bincount(lc, weights=vals, minlength=m)
    return float((s - resolution * (r * w).sum() / t) / t)


def directed_modularity(table: ODTable, labels: np.ndarray, resolution: float = 1.0) -> float:
    """``Q = sum_c (S_c - gamma R_c W_c / T) / T`` over all flows (T = total of the table).

    Units with label -1 each count as a community of their own.
    """
    labels = np.asarray(labels, dtype=np.int64)
    _, _, vals, lr, lc = _flow_labels(table, labels, int(labels.max(initial=-1)) + 1)
    return _modularity(lr, lc, vals, resolution)


def _region_totals(
    table: ODTable, partition: Partition, labels: np.ndarray, flows: tuple[np.ndarray, ...]
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per region: number of units, R, W and the internal flow S (``flows`` from
    :func:`_flow_labels` with k = the number of regions)."""
    k = partition.n_regions
    _, _, vals, lr, lc = flows
    ok = labels >= 0
    rr = np.bincount(labels[ok], weights=table.residents[ok], minlength=k)
    ww = np.bincount(labels[ok], weights=table.jobs[ok], minlength=k)
    inside = (lr < k) & (lr == lc)
    ss = np.bincount(lr[inside], weights=vals[inside], minlength=k)
    n_units = np.bincount(partition.region[partition.region >= 0], minlength=k)
    return n_units, rr, ww, ss


def region_indicators(
    table: ODTable, partition: Partition, params: EuroParameters = TTWA_PARAMETERS
) -> pd.DataFrame:
    """One row per region with :data:`REGION_FIELDS` (OUTPUT_REGIONS attributes)."""
    labels = _labels_for(table, partition)
    k = partition.n_regions
    flows = _flow_labels(table, labels, k)
    _, cols, vals, lr, lc = flows
    n_units, rr, ww, ss = _region_totals(table, partition, labels, flows)
    with np.errstate(divide="ignore", invalid="ignore"):
        sc_s = np.where(rr > 0, ss / np.where(rr > 0, rr, 1), np.nan)
        sc_d = np.where(ww > 0, ss / np.where(ww > 0, ww, 1), np.nan)
    v = validity(rr, ww, ss, params)
    # largest outside destination: the region (or a unit without region) receiving most,
    # ties to the smallest region index, then unit
    out = (lr < k) & (lr != lc)
    dest_key = np.where(lc < k, lc, k + cols)
    outside = sp.csr_array((vals[out], (lr[out], dest_key[out])), shape=(k, k + table.n))
    best, best_flow, _ = row_maximum(outside)
    rid = partition.region_ids
    best_dest = np.full(k, None, dtype=object)
    for s, d in zip(np.flatnonzero(best >= 0).tolist(), best[best >= 0].tolist()):
        best_dest[s] = rid[d] if d < k else f"unit {table.units[d - k]}"
    return pd.DataFrame(
        {
            "region_id": rid,
            "region_name": partition.region_names,
            "units": n_units,
            "R": rr,
            "W": ww,
            "S": ss,
            "sc_supply": sc_s,
            "sc_demand": sc_d,
            "V": np.atleast_1d(v),
            "centre": region_centres(partition),
            "largest_outside_destination": best_dest,
            "largest_outside_flow": best_flow,
        },
        columns=list(REGION_FIELDS),
    )


def region_centres(partition: Partition) -> list[str]:
    """The centre units of each region (in region order), comma-separated in unit order:
    the units with role ``centre`` (SCB's rule, Lokala arbetsmarknader; the EURO/TTWA
    methods' foci)."""
    centres: list[list[str]] = [[] for _ in range(partition.n_regions)]
    for unit, k, role in zip(
        partition.units.tolist(), partition.region.tolist(), partition.role.tolist()
    ):
        if k >= 0 and role == ROLE_CENTRE:
            centres[k].append(unit)
    return [",".join(c) for c in centres]


def region_table(
    table: ODTable,
    partition: Partition,
    params: EuroParameters = TTWA_PARAMETERS,
    border: Mapping[str, object] | None = None,
    method_validity: bool = False,
) -> pd.DataFrame:
    """The regions output of a partition made from an OD table: :func:`region_indicators`,
    with the validity the method itself computed (``method_validity``: the EURO/TTWA
    variants keep it in ``diagnostics["validity"]``) and, with ``border`` (unit id -> area
    code), :func:`region_border_areas`."""
    regions = region_indicators(table, partition, params)
    if method_validity and "validity" in partition.diagnostics:
        regions["V"] = np.asarray(partition.diagnostics["validity"], dtype=float)
    if border is not None:
        regions = regions.join(region_border_areas(partition, border))
    return regions


def centre_region_table(
    partition: Partition, border: Mapping[str, object] | None = None
) -> pd.DataFrame:
    """The regions output of a partition made without flows (SCB indicator tables): region
    id and name, number of units, centre units and, with ``border``, the border areas."""
    regions = pd.DataFrame(
        {
            "region_id": partition.region_ids,
            "region_name": partition.region_names,
            "units": np.bincount(
                partition.region[partition.region >= 0], minlength=partition.n_regions
            ),
            "centre": region_centres(partition),
        }
    )
    if border is not None:
        regions = regions.join(region_border_areas(partition, border))
    return regions


def region_border_areas(partition: Partition, border: Mapping[str, object]) -> pd.DataFrame:
    """Per region (in region order): ``crosses_border`` (its units lie in more than one
    administrative area: county, country) and ``border_areas`` (the area codes, sorted,
    comma-separated). ``border`` maps unit id -> area code; units missing from it are ignored.
    """
    areas: list[set] = [set() for _ in range(partition.n_regions)]
    for u, k in zip(partition.units.tolist(), partition.region.tolist()):
        if k >= 0 and u in border:
            areas[k].add(border[u])
    return pd.DataFrame(
        {
            "crosses_border": [len(a) > 1 for a in areas],
            "border_areas": [",".join(sorted(map(str, a))) for a in areas],
        }
    )


def regions_crossing_border(partition: Partition, border: Mapping[str, object]) -> list[str]:
    """Region ids whose units lie in more than one administrative area (county, country)."""
    crossing = region_border_areas(partition, border)["crosses_border"].to_numpy()
    return [partition.region_ids[k] for k in np.flatnonzero(crossing)]


def partition_summary(
    table: ODTable,
    partition: Partition,
    border: Mapping[str, object] | None = None,
    params: EuroParameters = TTWA_PARAMETERS,
) -> dict[str, Any]:
    """Whole-partition indicators (spec section 4).

    ``share_crossing`` is the share of all commuters T whose flow goes between two different
    units that are not in the same region (a unit without a region counts as its own region).
    """
    labels = _labels_for(table, partition)
    flows = _flow_labels(table, labels, partition.n_regions)
    rows, cols, vals, lr, lc = flows
    t = float(vals.sum())
    # a unit without a region is a region of its own (its own label in lr, lc)
    cross = (rows != cols) & (lr != lc)
    n_units, rr, ww, ss = _region_totals(table, partition, labels, flows)
    v = np.atleast_1d(validity(rr, ww, ss, params))
    out: dict[str, Any] = {
        "regions": partition.n_regions,
        "one_unit_regions": int((n_units == 1).sum()),
        "units": partition.n_units,
        "units_without_region": int((partition.region < 0).sum()),
        "modularity": _modularity(lr, lc, vals, 1.0),
        "share_crossing": float(vals[cross].sum() / t) if t > 0 else float("nan"),
        "invalid_regions": int((v < 1).sum()),
        "min_validity": float(v.min()) if len(v) else float("nan"),
    }
    if border is not None:
        crossing = regions_crossing_border(partition, border)
        out["regions_crossing_border"] = crossing
        out["n_regions_crossing_border"] = len(crossing)
    return out


def adjusted_rand_index(labels_a: np.ndarray, labels_b: np.ndarray) -> float:
    """Adjusted Rand index of two labelings of the same units (Hubert & Arabie 1985).

    Used to compare a delineation with an official one (e.g. Tolbert-Sizer zones against the
    published 2010 commuting zones). Labels may be any hashable values.
    """
    a = pd.factorize(pd.Series(list(labels_a)))[0]
    b = pd.factorize(pd.Series(list(labels_b)))[0]
    if len(a) != len(b):
        raise ValueError("Both labelings must cover the same units.")
    n = len(a)
    if n < 2:
        return 1.0
    table = sp.coo_array((np.ones(n), (a, b))).tocsr()
    table.sum_duplicates()

    def comb2(x: np.ndarray) -> float:
        x = np.asarray(x, dtype=float)
        return float((x * (x - 1) / 2).sum())

    sum_ij = comb2(table.data)
    sum_a = comb2(np.asarray(table.sum(axis=1)).ravel())
    sum_b = comb2(np.asarray(table.sum(axis=0)).ravel())
    total = n * (n - 1) / 2
    expected = sum_a * sum_b / total
    maximum = (sum_a + sum_b) / 2
    if maximum == expected:
        return 1.0
    return (sum_ij - expected) / (maximum - expected)
