"""Errors the core raises for bad input.

The message must already be written for a planner: name the field, the row and the id. So
that the plugin can show it in the user's language while the core stays free of Qt, an
:class:`InputError` keeps its English *template* (a literal with ``{named}`` placeholders)
and the *values* apart::

    raise InputError("Row {row}: {value!r} is not a number in field '{field}'.",
                     row=12, value="tolv", field="employed")

``str(error)`` is the English text. The Processing adapter looks the template up in the
translation catalogue and fills in the same values (processing/base.py);
``scripts/i18n.py`` extracts every literal template of ``InputError(...)`` in this package.
A :class:`Note` is the same for a message a result carries (not an error): it is the English
text, a ``str``, and keeps its template and values for the adapter.
"""

from __future__ import annotations

from typing import Any


class InputError(ValueError):
    """Input that the method cannot use; the message says what and where."""

    def __init__(self, template: str, **values: Any) -> None:
        self.template = template
        self.values = values
        super().__init__(self.render(template))

    def render(self, template: str) -> str:
        """``template`` (English or translated) filled with this error's values."""
        return _fill(template, self.template, self.values)


def _fill(template: str, english: str, values: dict[str, Any]) -> str:
    """``template`` filled with ``values``. Doubled braces are literal braces, with or
    without values; a translation that does not fit the values falls back to ``english``."""
    for candidate in (template, english):
        try:
            return candidate.format(**values)
        except (KeyError, IndexError, ValueError, AttributeError):
            continue
    return english


class Cancelled(RuntimeError):
    """The user cancelled a long computation (``cancelled()`` callback returned True)."""


class Note(str):
    """A message a result carries (``Partition.messages`` ...): the English text, with its
    template and values kept so that the adapter can show it in the user's language, as it
    does for :class:`InputError` (``scripts/i18n.py`` extracts ``Note("...")`` templates)."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, **values: Any) -> Note:
        note = super().__new__(cls, _fill(template, template, values))
        note.template = template
        note.values = values
        return note

    def render(self, template: str) -> str:
        """``template`` (English or translated) filled with this note's values."""
        return _fill(template, self.template, self.values)
