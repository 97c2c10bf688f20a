"""UI tests load the real plugin; take out a provider registered by other tests first."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def no_registered_provider(qgis_processing):
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("regionatlas")
    if existing is not None:
        registry.removeProvider(existing)
    yield


@pytest.fixture
def answer_box():
    """answer_box(button_text, seen=None): click that button in the next modal message box,
    as a user does (keeping the box's text in ``seen``)."""
    return answer_next_box


def answer_next_box(button_text: str, seen: list | None = None) -> None:
    """Click ``button_text`` in the next modal message box (what a user does), keeping its
    text in ``seen``."""
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QApplication, QMessageBox

    def click():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        if seen is not None:
            seen.append(box.text() + "\n" + box.informativeText())
        texts = [b.text() for b in box.buttons()]
        if button_text not in texts:
            box.reject()
            raise AssertionError(f"no button {button_text!r} in {texts}")
        box.buttons()[texts.index(button_text)].click()

    QTimer.singleShot(0, click)
