"""Loads the Qt Designer forms of ui/ (one loader for every dock and dialog).

A form's ``<class>`` is ``RegionAtlas``, so uic translates its texts in the plugin's one
translation context; scripts/i18n.py extracts them from the ``.ui`` files.
"""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt import uic


def form_class(name: str) -> type:
    """The generated form class of ``ui/<name>.ui`` (call ``setupUi(widget)`` on an instance)."""
    form, _base = uic.loadUiType(str(Path(__file__).with_name(f"{name}.ui")))
    return form
