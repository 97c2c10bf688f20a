"""A confirmation with buttons in the user's language ("Ta bort" / "Avbryt").

QMessageBox.question's Yes/No come from Qt's own catalogue, which a plugin cannot count on:
they stayed English in a Swedish QGIS. The action button names what happens; Cancel is the
default, so Enter never deletes.
"""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QMessageBox, QWidget

from ..i18n import tr


def confirm(parent: QWidget, title: str, text: str, details: str = "", action: str = "") -> bool:
    """Ask before a destructive action; True when the user pressed the action button."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setInformativeText(details)
    do_it = box.addButton(action or tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return box.clickedButton() is do_it
