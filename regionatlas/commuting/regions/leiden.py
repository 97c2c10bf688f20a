"""Commuting regions as network communities (Leiden algorithm, directed modularity).

Source: Traag V. A., Waltman L. & van Eck N. J. (2019), *From Louvain to Leiden: guaranteeing
well-connected communities*, Scientific Reports 9, 5233; implementation: the ``leidenalg``
package on an ``igraph`` graph. The OD table is a directed, weighted graph with self-loops
(``F[i,i]``); the quality function is the directed modularity with resolution gamma
(``RBConfigurationVertexPartition``), which at gamma = 1 is the Q of spec section 4:
``Q = sum_c (S_c - R_c W_c / T) / T``. A fixed seed makes the result reproducible.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from ...errors import InputError
from ..odtable import ODTable
from .parameters import LEIDEN_RESOLUTION, LEIDEN_SEED, check_resolution
from .partition import (
    CancelCallback,
    Feedback,
    Partition,
    ProgressCallback,
    build_partition,
    unit_indicators,
)

#: Leiden iterations per run: leidenalg's default (``find_partition``, n_iterations=2). Each
#: iteration is a whole Leiden pass (local moving, refinement, aggregation; Traag et al. 2019);
#: the second one adds about 0.0004 to Q at 2 M flows (0.98130 -> 0.98172), see
#: :func:`leiden_regions`.
LEIDEN_ITERATIONS = 2


def leiden_installed() -> bool:
    """Whether the Python packages 'igraph' and 'leidenalg' the method needs can be imported."""
    try:
        import igraph  # noqa: F401
        import leidenalg  # noqa: F401
    except ImportError:
        return False
    return True


def directed_graph(table: ODTable) -> tuple[Any, list[float]]:
    """The OD table as a directed igraph graph (one edge per flow, self-loops ``F[i,i]``
    included) and the edge weights in edge order, as leidenalg takes them.

    A list of pairs is what igraph converts fastest: a numpy array takes about twice as
    long. Both directions of a pair stay two edges: merging them would change the units'
    out- and in-strengths, hence the null model of directed modularity.
    """
    import igraph as ig

    rows, cols, vals = table.coo()
    graph = ig.Graph(n=table.n, edges=list(zip(rows.tolist(), cols.tolist())), directed=True)
    return graph, vals.tolist()


def leiden_regions(
    table: ODTable,
    resolution: float = LEIDEN_RESOLUTION,
    seed: int = LEIDEN_SEED,
    *,
    n_iterations: int = LEIDEN_ITERATIONS,
    names: Mapping[str, str] | None = None,
    progress: ProgressCallback = None,
    cancelled: CancelCallback = None,
) -> Partition:
    """Leiden communities maximising directed modularity (resolution ``resolution``).

    ``n_iterations`` is the number of Leiden iterations (:data:`LEIDEN_ITERATIONS`). -1
    iterates until nothing improves: on a 20 000-unit synthetic table that took 8.6 s instead
    of 2.2 s for Q 0.96899 instead of 0.96873, and on 100 000 units / 2 M flows about 95 s.
    The same ``seed`` gives the same partition.

    Time at 100 000 units / 2 M flows (synthetic, ``benchmarks/leiden_settings.py``, shared
    2-core machine, 2026-11-30; CPU seconds of one run with other jobs running): the igraph
    graph 1.3, leidenalg's partition object 0.4, optimisation 10.3 (iteration 1) + 5.4
    (iteration 2), Q 0.1; Q 0.98172, 174 regions. Nearly all of it is leidenalg's C++ (py-spy,
    share of the run: local moving 38 %, refinement 26 %, re-initialising the partition after
    each aggregation 15 %, collapsing the graph 7 %). In all: 14.0 s (median of 3,
    ``country_scale.py --steps leiden``) beside one other job; single runs on an idle machine
    9.9-10.1 s. Tried against it (same run, same seed; two seeds of this method agree at
    adjusted Rand index 0.70-0.73 with Q 0.98172-0.98180): leidenalg's Optimiser settings either
    keep Q and are no faster (no empty community: Q 0.98172; refinement by moving nodes: Q
    0.98177, 35-40 % slower) or are faster with a lower Q (1 iteration 0.98130; optimising by
    merging nodes 0.98038; random neighbour community 0.97988); a start partition (components of
    every unit's strongest link) is 19 % faster with Q 0.98180, but lowered Q at 5 000 units
    (0.94764 against 0.94806), and with it the run still takes 11.3 s beside another job. So the
    settings are leidenalg's defaults.

    ``diagnostics["modularity"]`` is Q (spec section 4) of the result
    and ``diagnostics["quality"]`` leidenalg's own quality value.
    """
    try:
        import igraph  # noqa: F401
        import leidenalg
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise InputError(
            "The network-communities method needs the Python packages 'igraph' and 'leidenalg'."
        ) from exc
    resolution = check_resolution(resolution)
    fb = Feedback(progress, cancelled)
    graph, weights = directed_graph(table)
    fb.progress(20.0)
    fb.check()
    part = leidenalg.find_partition(
        graph,
        leidenalg.RBConfigurationVertexPartition,
        weights=weights,
        resolution_parameter=resolution,
        seed=int(seed),
        n_iterations=n_iterations,
    )
    fb.progress(90.0)
    labels = np.asarray(part.membership, dtype=np.int64)
    from .quality import directed_modularity

    q = directed_modularity(table, labels)
    r_all, w_all, p1, p2 = unit_indicators(table)
    result = build_partition(
        table.units,
        labels,
        method="leiden",
        parameters={"RESOLUTION": resolution, "SEED": int(seed)},
        jobs=w_all,
        residents=r_all,
        names=names,
        messages=[*table.messages, f"Leiden communities: directed modularity Q = {q:.4f}."],
        p1=p1,
        p2=p2,
        diagnostics={"modularity": q, "quality": float(part.quality())},
    )
    fb.progress(100.0)
    return result
