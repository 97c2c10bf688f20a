"""Where the user guide is: HTML pages shipped with the plugin (resources/guide/<language>/),
opened from the RegionAtlas menu and from each algorithm's Help button (helpUrl)."""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtCore import QUrl

from .i18n import qgis_locale

GUIDE_DIR = Path(__file__).resolve().parent / "resources" / "guide"
#: Languages the guide is written in; any other QGIS language gets the English guide.
LANGUAGES = ("en", "sv")


def guide_page(language: str | None = None) -> Path:
    """The guide's page in ``language`` (default: QGIS's), English when not translated."""
    lang = (language or qgis_locale())[:2]
    return GUIDE_DIR / (lang if lang in LANGUAGES else "en") / "index.html"


def guide_url(anchor: str = "", language: str | None = None) -> str:
    """file:// address of the guide, at ``anchor`` (an algorithm's id or a group's id)."""
    url = QUrl.fromLocalFile(str(guide_page(language)))
    if anchor:
        url.setFragment(anchor)
    return url.toString()
