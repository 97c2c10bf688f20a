"""Errors the core raises for bad input.

The Processing adapters turn :class:`InputError` into ``QgsProcessingException`` unchanged,
so its message must already be written for a planner: name the field, the row and the id.
"""

from __future__ import annotations


class InputError(ValueError):
    """Input that the method cannot use; the message says what and where."""


class Cancelled(RuntimeError):
    """The user cancelled a long computation (``cancelled()`` callback returned True)."""
