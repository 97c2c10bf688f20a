"""Polycentricity (flerkärnighet) of regions from their top-N centres.

Two complementary indices per region, reported with the centres used so that planners can
compare regions and years (spec settlement-structure.md, section 4):

*Morphological* - how evenly size (population or jobs) is spread over the top n centres.
OLS slope b of ``ln(size) = a + b ln(rank)`` over the n largest centres (rank 1 = largest;
Meijers, E. 2008, "Measuring polycentricity and its promises", European Planning Studies
16(9)); b <= 0, flatter = more polycentric. Normalised to 0..1 as ``P_M = 1 / (1 + |b|)``:
1 for equal centres, 0.5 for a Zipf distribution (b = -1), towards 0 for one dominant centre.

*Functional* - Green, N. (2007) "Functional polycentricity: a formal definition in terms of
social network analysis", Urban Studies 44(11), 2077-2103. Among the n centres, with
flows ``F[i, j]`` (i != j):

    d_j      = sum_{i != j} F[i, j]                  weighted in-degree of centre j
    sigma_d  = standard deviation of d over the n centres
    sigma_dmax = standard deviation of a two-node network whose degrees are 0 and max(d)
    Delta    = sum_{i != j} F[i, j] / (n (n - 1) max_{i != j} F[i, j])   weighted density
    P_F      = (1 - sigma_d / sigma_dmax) * Delta

Both standard deviations are population standard deviations (divide by the number of
values), so ``sigma_d <= sigma_dmax`` and ``0 <= P_F <= 1``: P_F = 1 only for n centres of
equal in-degree linked by equal flows in every direction; one centre receiving everything
gives 0. No flows among the centres gives P_F = 0.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..commuting.odtable import ODTable
from ..errors import InputError
from ..ids import id_sort_key, normalise_id

MIN_CENTRES = 2
MAX_CENTRES = 5


def morphological_index(sizes: Sequence[float]) -> tuple[float, float]:
    """(slope b, P_M = 1 / (1 + |b|)) for the given centre sizes (any order, >= 2, > 0)."""
    x = np.sort(np.asarray(sizes, dtype=np.float64))[::-1]
    if x.size < 2:
        raise InputError("The morphological index needs at least 2 centres.")
    if not np.all(np.isfinite(x)) or (x <= 0).any():
        raise InputError("Centre sizes must be finite and above 0 for the rank-size slope.")
    slope = float(np.polyfit(np.log(np.arange(1, x.size + 1)), np.log(x), 1)[0])
    if abs(slope) < 1e-12:
        slope = 0.0
    return slope, 1.0 / (1.0 + abs(slope))


def functional_index(flows: np.ndarray) -> dict[str, float]:
    """Green (2007) functional polycentricity of a square flow matrix among centres.

    The diagonal is ignored. Returns dict with p_functional, density, sigma_d, sigma_dmax.
    """
    f = np.asarray(flows, dtype=np.float64)
    if f.ndim != 2 or f.shape[0] != f.shape[1] or f.shape[0] < 2:
        raise InputError("The functional index needs a square flow matrix among >= 2 centres.")
    if not np.all(np.isfinite(f)) or (f < 0).any():
        raise InputError("Flows among centres must be finite and >= 0.")
    n = f.shape[0]
    off = ~np.eye(n, dtype=bool)
    f = np.where(off, f, 0.0)
    indeg = f.sum(axis=0)
    sigma_d = float(indeg.std())
    sigma_dmax = float(np.std([0.0, indeg.max()]))
    fmax = float(f[off].max())
    density = float(f.sum() / (n * (n - 1) * fmax)) if fmax > 0 else 0.0
    evenness = 1.0 - sigma_d / sigma_dmax if sigma_dmax > 0 else 1.0
    return {
        "p_functional": evenness * density,
        "density": density,
        "sigma_d": sigma_d,
        "sigma_dmax": sigma_dmax,
    }


@dataclass
class PolycentricityResult:
    """One row per region.

    ``table`` columns: region, n_requested, n_available, n_used, too_few_centres (bool),
    centres (ids, largest first, comma-separated), centre_sizes (comma-separated), slope,
    p_morphological, p_functional (NaN without flows), density, sigma_d, sigma_dmax, note.
    """

    table: pd.DataFrame
    messages: list[str] = field(default_factory=list)


def polycentricity(
    centres: pd.DataFrame,
    *,
    n: int = 3,
    id_column: str = "id",
    region_column: str = "region",
    size_column: str = "size",
    flows: ODTable | None = None,
    on_too_few: str = "error",
) -> PolycentricityResult:
    """Morphological and functional polycentricity per region from its top-n centres.

    ``centres``: one row per centre with id, region and size (population or jobs). The n
    largest centres of each region are used (ties: smallest id). ``flows`` (optional OD
    table) gives the flows among those centres for Green's functional index; centres absent
    from the OD table have no flows (listed in the messages).

    A region with fewer than n centres raises :class:`InputError` naming the regions, or,
    with ``on_too_few="flag"``, is computed from the centres it has (if at least 2) with
    ``too_few_centres`` True and a note.
    """
    if not (MIN_CENTRES <= int(n) <= MAX_CENTRES):
        raise InputError(
            "The number of centres n must be {min_n}..{max_n}, not {n}.",
            min_n=MIN_CENTRES,
            max_n=MAX_CENTRES,
            n=n,
        )
    if on_too_few not in ("error", "flag"):
        raise InputError(
            "on_too_few must be 'error' or 'flag', not {on_too_few!r}.", on_too_few=on_too_few
        )
    for col in (id_column, region_column, size_column):
        if col not in centres.columns:
            raise InputError("The centres have no field '{field}'.", field=col)
    ids = [normalise_id(v) for v in centres[id_column]]
    regions = [normalise_id(v) for v in centres[region_column]]
    if any(v is None for v in ids):
        raise InputError("Some centres have no id in field '{field}'.", field=id_column)
    if any(v is None for v in regions):
        bad = [i for i, r in zip(ids, regions) if r is None]
        raise InputError(
            "Centre(s) {ids} have no region in field '{field}'.",
            ids=", ".join(bad[:10]),
            field=region_column,
        )
    sizes = pd.to_numeric(centres[size_column], errors="coerce").to_numpy(dtype=float)
    bad = [i for i, s in zip(ids, sizes) if not np.isfinite(s) or s < 0]
    if bad:
        raise InputError(
            "Centre(s) {ids} have no valid size (>= 0) in field '{field}'.",
            ids=", ".join(bad[:10]),
            field=size_column,
        )
    frame = pd.DataFrame({"id": ids, "region": regions, "size": sizes})
    frame["key"] = [id_sort_key(i) for i in ids]

    n = int(n)
    region_order = sorted(frame["region"].unique().tolist(), key=id_sort_key)
    counts = frame.groupby("region").size()
    short = [r for r in region_order if counts[r] < n]
    if short and on_too_few == "error":
        detail = ", ".join(f"{r} ({counts[r]})" for r in short[:10])
        raise InputError(
            "{n_regions} region(s) have fewer than {n} centres: {regions}. Lower n, or choose "
            "to flag these regions and use the centres they have.",
            n_regions=len(short),
            n=n,
            regions=detail,
        )

    messages: list[str] = []
    flow_index = None
    if flows is not None:
        flow_index = pd.Index([str(u) for u in flows.units])
        absent = sorted(set(frame["id"]) - set(flow_index), key=id_sort_key)
        if absent:
            messages.append(
                f"{len(absent)} centre(s) are not in the OD table and have no flows: "
                f"{', '.join(absent[:10])}{' ...' if len(absent) > 10 else ''}."
            )
    rows = []
    for region in region_order:
        grp = frame[frame["region"] == region].sort_values(
            ["size", "key"], ascending=[False, True], kind="mergesort"
        )
        top = grp.head(n)
        used = len(top)
        note = ""
        row: dict[str, object] = {
            "region": region,
            "n_requested": n,
            "n_available": len(grp),
            "n_used": used,
            "too_few_centres": used < n,
            "centres": ",".join(top["id"]),
            "centre_sizes": ",".join(f"{v:g}" for v in top["size"]),
        }
        if used < n:
            note = f"only {used} centre(s), fewer than n = {n}"
        if used < MIN_CENTRES:
            row.update(
                slope=np.nan,
                p_morphological=np.nan,
                p_functional=np.nan,
                density=np.nan,
                sigma_d=np.nan,
                sigma_dmax=np.nan,
            )
            row["note"] = note + "; an index needs at least 2 centres"
            rows.append(row)
            continue
        if (top["size"] <= 0).any():
            row.update(slope=np.nan, p_morphological=np.nan)
            note = (note + "; " if note else "") + "a centre has size 0: no rank-size slope"
        else:
            slope, pm = morphological_index(top["size"].to_numpy())
            row.update(slope=slope, p_morphological=pm)
        if flows is not None and flow_index is not None:
            pos = flow_index.get_indexer(top["id"].tolist())
            sub = np.zeros((used, used))
            ok = pos >= 0
            if ok.any():
                dense = flows.matrix[pos[ok]][:, pos[ok]].toarray()
                sub[np.ix_(ok, ok)] = dense
            row.update(functional_index(sub))
        else:
            row.update(p_functional=np.nan, density=np.nan, sigma_d=np.nan, sigma_dmax=np.nan)
        row["note"] = note
        rows.append(row)
    columns = [
        "region",
        "n_requested",
        "n_available",
        "n_used",
        "too_few_centres",
        "centres",
        "centre_sizes",
        "slope",
        "p_morphological",
        "p_functional",
        "density",
        "sigma_d",
        "sigma_dmax",
        "note",
    ]
    if short:
        messages.append(
            f"{len(short)} region(s) have fewer than {n} centres: {', '.join(short[:10])}."
        )
    return PolycentricityResult(table=pd.DataFrame(rows, columns=columns), messages=messages)
