"""Compiled (numba) passes over an OD table's rows: the same results as the numpy passes of
:mod:`.odtable`, in one sequential pass without temporaries.

At 20 million flows every numpy temporary is a fresh allocation of 80-160 MB (page faults
and memory traffic that grow faster than the table); these kernels read the CSR arrays once.
Used only when numba is installed and the table is large (:data:`.odtable.COMPILED_MIN_FLOWS`);
numba-only code: without numba the kernels are None (:func:`regionatlas.compiled.njit`).
"""

from __future__ import annotations

import numpy as np

from ..compiled import njit


def _row_maximum(indptr, indices, data, exclude_diagonal, best, best_value, ties):
    """:func:`.odtable.row_maximum` over a canonical CSR matrix, into ``best``,
    ``best_value``, ``ties`` (set to -1, 0, 0 by the caller): per row the largest positive
    value (the diagonal left out when ``exclude_diagonal``), the first column reaching it and
    how many reach it; a row whose largest value is infinite keeps -1, 0, 0, as there."""
    n = indptr.shape[0] - 1
    for i in range(n):
        top = -np.inf
        for e in range(indptr[i], indptr[i + 1]):
            v = data[e]
            if v > 0.0 and v > top and not (exclude_diagonal and indices[e] == i):
                top = v
        if top == np.inf:  # not finite: no maximum (a row without one stays at -inf)
            continue
        count = 0
        for e in range(indptr[i], indptr[i + 1]):
            if data[e] == top and not (exclude_diagonal and indices[e] == i):
                if count == 0:
                    best[i] = indices[e]
                    best_value[i] = data[e]
                count += 1
        ties[i] = count


_jit = njit(cache=True, nogil=True)
row_maximum = _jit(_row_maximum) if _jit is not None else None
