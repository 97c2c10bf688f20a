"""The user guide (issue 15): English and Swedish pages shipped with the plugin, a section for
every algorithm (its Help button opens it), every internal link resolving."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

import pytest

REPO = Path(__file__).resolve().parents[2]


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.links, self.stack = set(), [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and "href" in attrs:
            self.links.append(attrs["href"])


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


@pytest.mark.parametrize("language", ["en", "sv"])
def test_every_algorithm_has_a_section_and_every_link_resolves(provider, language):
    from RegionAtlas.guide import guide_page

    path = guide_page(language)
    assert path.parent.name == language and path.exists()
    page = _parse(path)
    names = {alg.name() for alg in provider.algorithms()}
    assert names and not names - page.ids, sorted(names - page.ids)
    groups = {alg.groupId() for alg in provider.algorithms()}
    assert not groups - page.ids, sorted(groups - page.ids)
    for href in page.links:
        if href.startswith("#"):
            assert href[1:] in page.ids, href
        else:
            target = (path.parent / urlparse(href).path).resolve()
            assert target.exists(), href


def test_help_button_opens_the_algorithms_section(provider):
    from qgis.PyQt.QtCore import QUrl

    for alg in provider.algorithms():
        url = QUrl(alg.helpUrl())
        assert url.isLocalFile() and Path(url.toLocalFile()).exists(), alg.helpUrl()
        assert url.fragment() == alg.name()


def test_swedish_guide_is_swedish_and_complete():
    en = (REPO / "resources/guide/en/index.html").read_text(encoding="utf-8")
    sv = (REPO / "resources/guide/sv/index.html").read_text(encoding="utf-8")
    # the same sections in both, and real Swedish text (not an English copy)
    assert re.findall(r'id="([^"]+)"', en) == re.findall(r'id="([^"]+)"', sv)
    assert "Räknat exempel" in sv and "pendling" in sv.lower()
    assert "Worked example" not in sv


def test_guide_follows_the_qgis_language(qgis_app):
    from qgis.PyQt.QtCore import QSettings
    from RegionAtlas.guide import guide_page

    settings = QSettings()
    old = (settings.value("locale/overrideFlag"), settings.value("locale/userLocale"))
    try:
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", "sv_SE")
        assert guide_page().parent.name == "sv"
        settings.setValue("locale/userLocale", "fi_FI")
        assert guide_page().parent.name == "en"  # no Finnish guide: English
    finally:
        settings.setValue("locale/overrideFlag", old[0] or False)
        settings.setValue("locale/userLocale", old[1] or "")
