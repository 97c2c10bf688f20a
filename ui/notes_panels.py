"""Creates, wires and removes the notes dock and the stakeholder register for the plugin.

The plugin object only adds two actions and calls :meth:`NotesPanels.unload`; the docks are
created on first use (QGIS starts faster) and share one store: the notes dock opens it, the
register follows (``storeChanged``), and stakeholder edits refresh the dock's combos.
"""

from __future__ import annotations

from typing import Optional

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QAction

from .notes_dock import NotesDock
from .stakeholder_register import StakeholderRegister


class NotesPanels:
    def __init__(self, iface) -> None:
        self.iface = iface
        self.dock: Optional[NotesDock] = None
        self.register: Optional[StakeholderRegister] = None
        self.notes_action: Optional[QAction] = None

    def bind_notes_action(self, action: QAction) -> None:
        """Make *action* the dock's checkable toggle."""
        self.notes_action = action
        action.setCheckable(True)

    def ensure_dock(self) -> NotesDock:
        if self.dock is None:
            self.dock = NotesDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.hide()
            if self.notes_action is not None:
                self.dock.visibilityChanged.connect(self.notes_action.setChecked)
        return self.dock

    def ensure_register(self) -> StakeholderRegister:
        if self.register is None:
            dock = self.ensure_dock()
            self.register = StakeholderRegister(self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.register)
            self.register.set_store(dock.store)
            dock.storeChanged.connect(self.register.set_store)
            self.register.stakeholdersChanged.connect(dock.fill_stakeholders)
            self.register.stakeholdersChanged.connect(dock.refresh)
            self.register.storeRequested.connect(dock.choose_store)
        return self.register

    def toggle_notes(self, checked: Optional[bool] = None) -> None:
        dock = self.ensure_dock()
        visible = (not dock.isVisible()) if checked is None else bool(checked)
        dock.setVisible(visible)
        if visible:
            dock.raise_()

    def show_register(self, *args) -> None:
        register = self.ensure_register()
        register.show()
        register.raise_()

    def unload(self) -> None:
        for widget in (self.register, self.dock):
            if widget is None:
                continue
            if hasattr(widget, "cleanup"):
                widget.cleanup()
            self.iface.removeDockWidget(widget)
            widget.setParent(None)
            widget.deleteLater()
        self.register = None
        self.dock = None
        self.notes_action = None
