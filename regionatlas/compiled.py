"""numba, imported lazily and only when it is there: the compiled inner loops are optional.

The compiled modules (``*_compiled.py``) decorate their kernels with :func:`njit`; without
numba it returns None, the kernels are not made and the methods run their Python loops (the
same results, slower), saying so once in their messages (:func:`numba_missing`).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from .messages import CoreMessage

_numba: Any = None
_checked = False


def _import_numba() -> Any:
    global _numba, _checked
    if not _checked:
        _checked = True
        try:
            _numba = importlib.import_module("numba")
        except Exception:  # an ImportError, or a numba that does not load with this numpy
            _numba = None
    return _numba


def numba_available() -> bool:
    """True when numba imports (checked once per process)."""
    return _import_numba() is not None


def njit(**options: Any) -> Callable[[Callable], Callable] | None:
    """``numba.njit(**options)`` as a decorator, or None when numba is not installed."""
    numba = _import_numba()
    if numba is None:
        return None
    return numba.njit(**options)


def numba_missing(method: str) -> CoreMessage:
    """The result message when ``method``'s compiled loop could not be used (translatable)."""
    return CoreMessage(
        "numba is not installed: the {method} loop ran in Python (the same result, slower). "
        "Install numba to use the compiled loop.",
        method=method,
    )
