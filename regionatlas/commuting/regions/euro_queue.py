"""The least valid cluster next: the priority queue of the EURO/TTWA iterations.

Step 2 of the procedure (Coombes & Bond 2008, *Travel-to-Work Areas: the 2007 review*, ONS;
spec commuting-regions.md, section 2) takes the cluster with the lowest validity V, ties by
the lowest cluster number, and stops when that V is at least 1. The queue orders clusters by
``(V, cluster)`` in two parts:

- the V of every one-unit cluster at the start, sorted once (``numpy.lexsort``), read front to
  back;
- a binary heap (:mod:`heapq`) of the V a cluster gets when it changes.

Every cluster has a version, raised whenever it changes; an entry whose version is no longer
its cluster's is skipped when it reaches the front (lazy invalidation), so a change costs
``O(log h)`` with h the heap's size. A cluster with ``V >= 1`` is never entered: the
iterations stop at the first such cluster, so it would never be taken.
"""

from __future__ import annotations

import heapq

import numpy as np


class LeastValidQueue:
    """Clusters by ``(V, cluster)``, smallest first; only clusters with ``V < 1``.

    ``version`` is the list of every cluster's current version (shared with the caller, who
    may raise a cluster's version to drop its entry); the start entries have version 0.
    """

    def __init__(self, v: np.ndarray, clusters: np.ndarray, version: list[int]):
        v = np.asarray(v, dtype=float)
        clusters = np.asarray(clusters, dtype=np.int64)
        keep = v < 1.0
        v, clusters = v[keep], clusters[keep]
        order = np.lexsort((clusters, v))
        self._start_v: list[float] = v[order].tolist()
        self._start_c: list[int] = clusters[order].tolist()
        self._pos = 0
        self._heap: list[tuple[float, int, int]] = []
        self._from_start = False
        self.version = version

    def push(self, v: float, c: int) -> None:
        """Cluster c changed and its V is now ``v``: its older entries no longer count."""
        self.version[c] += 1
        if v < 1.0:
            heapq.heappush(self._heap, (v, c, self.version[c]))

    def drop(self, c: int) -> None:
        """Cluster c changed (or is gone) and is not entered again for now."""
        self.version[c] += 1

    def peek(self) -> tuple[float, int] | None:
        """``(V, cluster)`` of the least valid cluster entered, or None when there is none."""
        version = self.version
        start_c, pos, end = self._start_c, self._pos, len(self._start_c)
        while pos < end and version[start_c[pos]] != 0:
            pos += 1
        self._pos = pos
        heap = self._heap
        while heap and heap[0][2] != version[heap[0][1]]:
            heapq.heappop(heap)
        if pos < end:
            first = (self._start_v[pos], start_c[pos])
            if heap and (heap[0][0], heap[0][1]) < first:
                self._from_start = False
                return heap[0][0], heap[0][1]
            self._from_start = True
            return first
        self._from_start = False
        if heap:
            return heap[0][0], heap[0][1]
        return None

    def pop(self) -> None:
        """Remove the entry the last :meth:`peek` returned (call right after it)."""
        if self._from_start:
            self._pos += 1
            self._from_start = False
        elif self._heap:
            heapq.heappop(self._heap)
