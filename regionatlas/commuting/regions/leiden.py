"""Commuting regions as network communities (Leiden algorithm, directed modularity).

Source: Traag V. A., Waltman L. & van Eck N. J. (2019), *From Louvain to Leiden: guaranteeing
well-connected communities*, Scientific Reports 9, 5233; implementation: igraph's own Leiden
(``Graph.community_leiden``, igraph >= 1.0, which takes separate out- and in-weights of the
nodes for directed graphs). The OD table is a directed, weighted graph with self-loops
(``F[i,i]``); the quality is the directed modularity with resolution gamma,
``Q = sum_c (S_c - gamma R_c W_c / T) / T`` (spec section 4, gamma = 1): igraph's
Constant Potts Model ``sum_ij (A_ij - r n_i m_j) delta(c_i, c_j)`` with node out-weights
``n_i = R_i`` (employed residents, the out-strength), in-weights ``m_j = W_j`` (jobs, the
in-strength) and ``r = gamma / T`` is exactly ``T Q`` (tests/core/test_regions_leiden.py checks
the quality igraph reports against :func:`.quality.directed_modularity`). A fixed seed makes the
result reproducible.
"""

from __future__ import annotations

import inspect
import random
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
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

#: Leiden iterations per run (each a whole pass of local moving, refinement and aggregation;
#: Traag et al. 2019). Four instead of the libraries' default two: at 100 000 units / 2 M flows
#: Q 0.98196-0.98203 (seeds 42, 43, 7) instead of 0.98181-0.98183 for 1.5 s more, and on the
#: reference tables a median Q over 20 seeds at least leidenalg 0.10.2's with two iterations,
#: the method's former implementation (see :func:`leiden_regions`).
LEIDEN_ITERATIONS = 4

#: igraph's random number generator is global to the process: runs that seed it take turns.
_RNG_LOCK = threading.Lock()


def has_directed_leiden(igraph: Any) -> bool:
    """Whether this igraph's Leiden takes in-weights of the nodes (directed graphs; igraph
    >= 1.0); older versions optimise undirected modularity only."""
    try:
        signature = inspect.signature(igraph.Graph.community_leiden)
    except (AttributeError, TypeError, ValueError):
        return False
    return "node_in_weights" in signature.parameters


def leiden_installed() -> bool:
    """Whether an igraph with directed Leiden (1.0 or newer) can be imported."""
    try:
        import igraph
    except ImportError:
        return False
    return has_directed_leiden(igraph)


def _igraph() -> Any:
    """The igraph module, or an :class:`InputError` saying what to install."""
    try:
        import igraph
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise InputError(
            "The network-communities method needs the Python package 'igraph' 1.0 or newer."
        ) from exc
    if not has_directed_leiden(igraph):
        raise InputError(
            "The network-communities method needs the Python package 'igraph' 1.0 or newer "
            "(directed Leiden); the installed igraph is {version}.",
            version=getattr(igraph, "__version__", "of an unknown version"),
        )
    return igraph


@contextmanager
def _seeded(igraph: Any, seed: int) -> Iterator[None]:
    """igraph draws from ``random.Random(seed)`` inside the block; afterwards from Python's
    ``random`` module again (igraph's default), whose state the run leaves untouched."""
    with _RNG_LOCK:
        igraph.set_random_number_generator(random.Random(seed))
        try:
            yield
        finally:
            igraph.set_random_number_generator(random)


def directed_graph(table: ODTable) -> tuple[Any, list[float]]:
    """The OD table as a directed igraph graph (one edge per flow, self-loops ``F[i,i]``
    included) and the edge weights in edge order.

    The edges are added from one (flows x 2) integer array: at 20 M flows as fast as a list of
    pairs (14 s) with 2.3 GB less memory; at 2 M flows 0.15 s slower. Both directions of a
    pair stay two edges: each is one term ``A_ij`` of directed modularity.
    """
    import igraph as ig

    rows, cols, vals = table.coo()
    graph = ig.Graph(n=table.n, directed=True)
    graph.add_edges(np.column_stack([rows, cols]))
    return graph, vals.tolist()


def leiden_options(table: ODTable, weights: list[float], resolution: float) -> dict[str, Any]:
    """The keywords of igraph's ``Graph.community_leiden`` for one iteration maximising
    directed modularity at ``resolution`` (module docstring): CPM with node out-weights R,
    in-weights W and resolution gamma / T; ``weights`` are :func:`directed_graph`'s."""
    total = table.total
    return {
        "objective_function": "CPM",
        "weights": weights,
        "resolution": resolution / total if total > 0 else 0.0,
        "node_weights": table.residents.tolist(),
        "node_in_weights": table.jobs.tolist(),
        "n_iterations": 1,
    }


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

    ``n_iterations`` is the number of Leiden iterations (:data:`LEIDEN_ITERATIONS`); -1
    iterates until an iteration no longer raises the quality. The iterations run one call at
    a time, each starting from the partition the last one left and drawing on from the same
    random stream (igraph's own ``n_iterations`` gives the same partition), so progress is
    reported and a cancellation is seen between them. The same ``seed`` gives the same
    partition; Python's ``random`` module is left as it was.

    Quality against leidenalg 0.10.2 (``RBConfigurationVertexPartition``, two iterations), which
    ran this method before: median directed modularity (at the run's resolution) over seeds
    0-19, leidenalg / this: NICD 0.926353 / 0.926370 (gamma 1), 0.955046 / 0.955062 (0.5),
    0.891544 / 0.891567 (2); Norway 2020 0.800124 / 0.800124; Sardinia 0.774213 / 0.774213.
    Time at 100 000 units / 2 M flows (synthetic gravity model, 2 cores, 2026-11-30,
    ``benchmarks/country_scale.py --steps leiden``, median of 3): 5.0 s, 244 MB, Q 0.98196
    (the graph about 1 s, four iterations about 3.6 s); leidenalg took 14.7 s for Q 0.98172.
    At 1 M units / 20 M flows (one run): 72 s, 356 regions, Q 0.99154, of which 16 s building
    the igraph graph; 3.9 GB peak for the whole process including the OD table.

    ``diagnostics["modularity"]`` is Q (spec section 4, gamma = 1) of the result and
    ``diagnostics["quality"]`` the quality optimised (directed modularity at ``resolution``)
    as igraph reports it.
    """
    igraph = _igraph()
    resolution = check_resolution(resolution)
    if not isinstance(n_iterations, int) or n_iterations == 0 or n_iterations < -1:
        raise InputError(
            "The number of Leiden iterations must be a positive whole number or -1 (until "
            "stable), not {value}.",
            value=n_iterations,
        )
    fb = Feedback(progress, cancelled)
    graph, weights = directed_graph(table)
    fb.progress(10.0)
    fb.check()
    options = leiden_options(table, weights, resolution)
    membership, quality, done = None, -np.inf, 0
    with _seeded(igraph, int(seed)):
        while n_iterations < 0 or done < n_iterations:
            clustering = graph.community_leiden(initial_membership=membership, **options)
            done += 1
            stable = n_iterations < 0 and clustering.quality <= quality
            membership, quality = clustering.membership, clustering.quality
            if stable:
                break
            if n_iterations > 0:
                fb.progress(10.0 + 80.0 * done / n_iterations)
            fb.check()
    fb.progress(90.0)
    labels = np.asarray(membership, dtype=np.int64)
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
        diagnostics={"modularity": q, "quality": float(quality), "iterations": done},
    )
    fb.progress(100.0)
    return result
