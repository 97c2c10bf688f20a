"""Result messages of the core that the plugin shows in the user's language.

A :class:`CoreMessage` is a ``str`` (the English text, so it can go wherever a message string
goes) that also keeps its English *template* and its *values*, like
:class:`~regionatlas.errors.InputError`: the plugin looks the template up in its catalogue and
renders the translation with the same values (``processing/base.py``'s ``translated``), and
``scripts/i18n.py`` extracts every literal template of ``CoreMessage(...)`` in this package.
"""

from __future__ import annotations

from typing import Any


class CoreMessage(str):
    """An English message with its template and values kept for translation."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, **values: Any) -> CoreMessage:
        text = super().__new__(cls, template.format(**values))
        text.template = template
        text.values = values
        return text

    def render(self, template: str) -> str:
        """``template`` (English or translated) filled with this message's values; a
        translation that does not fit the values falls back to the English text."""
        try:
            return template.format(**self.values)
        except (KeyError, IndexError, ValueError, AttributeError):
            return str(self)
