"""Optional compiled loops: numba, imported lazily and only when a method asks for it.

numba (requirements.txt, an optional dependency) compiles a method's inner loop to machine
code; without it the method runs its Python loop, with the same result, and says so once in
its messages. Modules named ``*_compiled.py`` hold numba-only kernels and are imported only
after :func:`numba_available` returned True.
"""

from __future__ import annotations

from collections.abc import Callable

from .errors import InputError, Note

#: Values of a method's ``engine`` keyword.
ENGINES = ("auto", "python", "compiled")


def numba_available() -> bool:
    """Whether numba can be imported (checked on every call; cheap once imported)."""
    try:
        import numba  # noqa: F401
    except Exception:  # ImportError, or a numba/llvmlite that fails to load
        return False
    return True


def njit(**options) -> Callable | None:
    """numba's ``njit`` decorator with ``options`` (e.g. ``cache=True``), or None without
    numba."""
    if not numba_available():
        return None
    import numba

    return numba.njit(**options)


def use_compiled(engine: str) -> bool:
    """Resolve a method's ``engine`` keyword: ``"auto"`` (the compiled loop when numba is
    there), ``"python"`` or ``"compiled"`` (an error without numba)."""
    if engine not in ENGINES:
        raise InputError(
            "Unknown engine {engine!r}: use 'auto', 'python' or 'compiled'.", engine=engine
        )
    if engine == "python":
        return False
    available = numba_available()
    if engine == "compiled" and not available:
        raise InputError(
            "The compiled engine needs the Python package numba, which is not installed."
        )
    return available


def numba_missing_note(method: str) -> Note:
    """The message a result carries when numba is missing and the Python loop ran (a
    :class:`~regionatlas.errors.Note`, shown in the user's language by the adapter)."""
    return Note(
        "numba is not installed, so {method} ran its Python loop instead of the compiled "
        "one: the same result, only slower. Install numba for country-scale tables.",
        method=method,
    )
