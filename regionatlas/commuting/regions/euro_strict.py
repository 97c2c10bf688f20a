"""Strict final steps of the EURO/TTWA method: every final area valid (V >= 1).

Source: Coombes M. & Bond S. (2008), *Travel-to-Work Areas: the 2007 review*, ONS: the final
TTWAs all meet the validity criterion; zones that cannot be added to any area without making
it invalid stay unassigned, as in the CURDS/ONS TTWA program. Spec commuting-regions.md,
section 2, step 6 ("strict" variant).
"""

from __future__ import annotations

import heapq

from .euro_run import EuroRun, validity_scalar


def assign_reserve_strict(run: EuroRun) -> list[int]:
    """A reserve-list unit joins its best-linked cluster only if that cluster stays valid.

    Units are taken in id order, each linked (largest L) to the clusters as they stand, and the
    pass is repeated until nothing moves. Returns the units left unassigned.
    """
    waiting = sorted(run.reserve)
    moved = True
    while moved and waiting:
        moved = False
        rest = []
        for i in waiting:
            t, a, b = run.best_cluster(i, run.ties(i))
            if t >= 0:
                after = validity_scalar(
                    run.Rc[t] + run.R[i], run.Wc[t] + run.W[i], run.Sc[t] + a + b + run.D[i], run.k
                )
                if after >= 1.0:
                    run.join(i, t, a, b)
                    moved = True
                    continue
            rest.append(i)
        waiting = rest
    return waiting


def dissolve_invalid(run: EuroRun, waiting: list[int]) -> tuple[list[int], list[int]]:
    """Dissolve the least valid cluster and reallocate its units by L, until all have V >= 1.

    A safeguard: when steps 2-5 stop every cluster is valid and :func:`assign_reserve_strict`
    keeps it so. Returns the units still unassigned and the dissolved clusters.
    """
    heap = [(run.V(c), c) for c in range(run.n) if run.members[c] is not None]
    heapq.heapify(heap)
    waiting = list(waiting)
    dissolved: list[int] = []
    while heap:
        v, c = heapq.heappop(heap)
        if run.members[c] is None:
            continue
        cur = run.V(c)
        if cur != v:
            heapq.heappush(heap, (cur, c))
            continue
        if v >= 1.0:
            break
        run.fb.check()
        dissolved.append(c)
        freed = sorted(run.members[c])
        for i in freed:
            run.leave(i)
        pending = sorted(set(waiting) | set(freed))
        changed = True
        while changed:
            changed = False
            rest = []
            for i in pending:
                t, a, b = run.best_cluster(i, run.ties(i))
                if t < 0:
                    rest.append(i)
                    continue
                run.join(i, t, a, b)
                heapq.heappush(heap, (run.V(t), t))
                changed = True
            pending = rest
        waiting = pending
    return waiting, dissolved
