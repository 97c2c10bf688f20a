"""The RegionAtlas plugin object: menu, toolbar and Processing provider.

QGIS 3.22 never calls ``initProcessing`` by itself for desktop plugins, so ``initGui`` calls it
(architecture.md). Under ``qgis_process`` only ``initProcessing`` runs and ``iface`` is None.
Everything added here is removed again in ``unload`` so loading and unloading twice leaves
nothing behind.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu, QMessageBox, QPushButton, QToolBar

from . import dependencies
from .i18n import install_translator, remove_translator, tr

PLUGIN_DIR = Path(__file__).resolve().parent
ICONS = PLUGIN_DIR / "resources" / "icons"
MENU_OBJECT_NAME = "RegionAtlasMenu"
TOOLBAR_OBJECT_NAME = "RegionAtlasToolbar"


def icon(name: str) -> QIcon:
    return QIcon(str(ICONS / name))


class RegionAtlasPlugin:
    """Created by :func:`classFactory`; ``iface`` is None under qgis_process."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.provider = None
        self.menu: QMenu | None = None
        self.toolbar: QToolBar | None = None
        self.actions: list[QAction] = []
        self.missing: list[dependencies.Missing] = []
        self.notes_panels = None
        self.message_widget = None
        self.dependency_dialog = None
        # packages installed by the dependency dialog, before the dependency check
        dependencies.add_packages_dir(QgsApplication.qgisSettingsDirPath())
        install_translator()

    # -- Processing ---------------------------------------------------------------------------
    def initProcessing(self) -> None:
        """Register the provider, unless required packages are missing."""
        if self.provider is not None:
            return
        self.missing = dependencies.missing_required()
        if self.missing:
            QgsMessageLog.logMessage(self.missing_text(), "RegionAtlas", Qgis.MessageLevel.Critical)
            return
        for found in dependencies.found_required():
            QgsMessageLog.logMessage(
                f"{found.module}: {found.detected}", "RegionAtlas", Qgis.MessageLevel.Info
            )
        from .processing.provider import RegionAtlasProvider

        registry = QgsApplication.processingRegistry()
        if registry.providerById("regionatlas") is not None:
            QgsMessageLog.logMessage(
                tr("Another RegionAtlas provider is already registered; keeping it."),
                "RegionAtlas",
                Qgis.MessageLevel.Warning,
            )
            return
        provider = RegionAtlasProvider()
        if registry.addProvider(provider):
            self.provider = provider

    # -- GUI ----------------------------------------------------------------------------------
    def initGui(self) -> None:
        self.initProcessing()
        main_window = self.iface.mainWindow()
        self.menu = QMenu(tr("&RegionAtlas"), main_window)
        self.menu.setObjectName(MENU_OBJECT_NAME)
        self.toolbar = self.iface.addToolBar(tr("RegionAtlas"))
        self.toolbar.setObjectName(TOOLBAR_OBJECT_NAME)

        if self.missing:
            self._add_action(
                "regionatlas.svg", tr("Missing Python packages…"), self.show_missing, True
            )
            bar = self.iface.messageBar()
            self.message_widget = bar.createMessage(tr("RegionAtlas"), self.missing_text())
            button = QPushButton(tr("Install…"), self.message_widget)
            button.setObjectName("RegionAtlasInstallButton")
            button.clicked.connect(self.show_missing)
            self.message_widget.layout().addWidget(button)
            bar.pushWidget(self.message_widget, Qgis.MessageLevel.Warning, 0)
        else:
            self._add_action(
                "indicators.svg",
                tr("Commuting indicators…"),
                lambda: self.open_algorithm("regionatlas:commutingindicators"),
                True,
            )
            self._add_action(
                "flowlines.svg",
                tr("Commuting flow lines…"),
                lambda: self.open_algorithm("regionatlas:flowlines"),
                True,
            )
            self._add_action(
                "structureimage.svg", tr("Export structure image…"), self.export_structure_image
            )
            from .ui.notes_panels import NotesPanels

            self.notes_panels = NotesPanels(self.iface)
            self.notes_panels.bind_notes_action(
                self._add_action(
                    "regionatlas.svg", tr("Stakeholder notes"), self.notes_panels.toggle_notes, True
                )
            )
            self._add_action(
                "regionatlas.svg", tr("Stakeholder register"), self.notes_panels.show_register
            )
            self.menu.addSeparator()
            self._add_action(
                "regionatlas.svg", tr("Load the sample region (Exempelregion)"), self.load_sample
            )
        self.menu.addSeparator()
        self._add_action("regionatlas.svg", tr("User guide"), self.show_guide)
        self._add_action("regionatlas.svg", tr("About RegionAtlas"), self.show_about)
        menu_bar = main_window.menuBar()
        self.menu_action = menu_bar.addMenu(self.menu)
        self.menu_action.setObjectName(MENU_OBJECT_NAME + "Action")

    def _add_action(self, icon_name: str, text: str, slot, on_toolbar: bool = False) -> QAction:
        action = QAction(icon(icon_name), text, self.iface.mainWindow())
        action.triggered.connect(slot)
        self.menu.addAction(action)
        if on_toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def unload(self) -> None:
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        self._remove_gui()
        remove_translator()

    def _remove_gui(self) -> None:
        if self.notes_panels is not None:
            self.notes_panels.unload()
            self.notes_panels = None
        if self.dependency_dialog is not None:
            self.dependency_dialog.reject()
            self.dependency_dialog.deleteLater()
            self.dependency_dialog = None
        if self.iface is not None:
            if self.message_widget is not None:
                self.iface.messageBar().popWidget(self.message_widget)
                self.message_widget = None
            main_window = self.iface.mainWindow()
            if self.menu is not None:
                main_window.menuBar().removeAction(self.menu.menuAction())
                self.menu.clear()
                self.menu.deleteLater()
                self.menu = None
            if self.toolbar is not None:
                main_window.removeToolBar(self.toolbar)
                self.toolbar.setParent(None)
                self.toolbar.deleteLater()
                self.toolbar = None
            for action in self.actions:
                action.deleteLater()
            self.actions = []

    # -- actions ------------------------------------------------------------------------------
    def open_algorithm(self, algorithm_id: str) -> None:
        import processing  # QGIS's own module (the plugin's folder is imported relatively)

        processing.execAlgorithmDialog(algorithm_id, {})

    def export_structure_image(self) -> None:
        """The export algorithm's dialog, filled with the current map's layers and extent."""
        from qgis.core import QgsReferencedRectangle

        import processing  # QGIS's own module (the plugin's folder is imported relatively)

        canvas = self.iface.mapCanvas()
        crs = canvas.mapSettings().destinationCrs()
        processing.execAlgorithmDialog(
            "regionatlas:exportstructureimage",
            {
                "LAYERS": canvas.layers(),  # top first, as drawn
                "SORT_BY_GEOMETRY": False,
                "EXTENT": QgsReferencedRectangle(canvas.extent(), crs),
                "CRS": crs,
            },
        )

    def load_sample(self) -> None:
        from .ui.sample_loader import load_sample_region

        load_sample_region(self.iface)

    def missing_text(self) -> str:
        names = ", ".join(f"{m.module} ({m.needed_for})" for m in self.missing)
        return tr(
            "RegionAtlas needs Python packages that QGIS cannot import: {names}. Install: {command}"
        ).format(names=names, command=dependencies.install_command(self.missing))

    def show_missing(self) -> None:
        """The dialog that lists the missing packages and installs them with pip."""
        from .ui.dependency_dialog import DependencyDialog

        if self.dependency_dialog is None:
            target = dependencies.packages_dir(QgsApplication.qgisSettingsDirPath())
            self.dependency_dialog = DependencyDialog(self.missing, target, self.iface.mainWindow())
            self.dependency_dialog.installed.connect(self.dependencies_installed)
        self.dependency_dialog.show()
        self.dependency_dialog.raise_()

    def dependencies_installed(self) -> None:
        """After pip: check again; when nothing is missing, register the provider and build
        the full menu without a restart. A package that was already imported in an old
        version (e.g. Debian 12's shapely 1.8) is only replaced by restarting QGIS."""
        still = dependencies.missing_required()
        if still:
            self.missing = still
            QMessageBox.warning(
                self.iface.mainWindow(),
                tr("RegionAtlas"),
                tr(
                    "The packages were installed, but QGIS still cannot use: {names}. "
                    "Restart QGIS to finish."
                ).format(names=", ".join(f"{m.module} ({m.error})" for m in still)),
            )
            return
        dialog, self.dependency_dialog = self.dependency_dialog, None  # stays open
        self._remove_gui()
        self.initGui()
        self.dependency_dialog = dialog  # closed by unload
        self.iface.messageBar().pushMessage(
            tr("RegionAtlas"),
            tr("The Python packages are installed; RegionAtlas is ready."),
            Qgis.MessageLevel.Success,
            5,
        )

    def show_guide(self) -> None:
        """Open the user guide (shipped with the plugin) in the system's web browser."""
        from qgis.PyQt.QtCore import QUrl
        from qgis.PyQt.QtGui import QDesktopServices

        from .guide import guide_url

        QDesktopServices.openUrl(QUrl(guide_url()))

    def show_about(self) -> None:
        from . import regionatlas

        optional = dependencies.missing_optional()
        text = tr("RegionAtlas {version}: regional strategic planning in QGIS.").format(
            version=regionatlas.__version__
        )
        if optional:
            text += "\n\n" + tr(
                "Optional packages not installed: {names}. Install: {command}"
            ).format(
                names=", ".join(f"{m.module} ({m.needed_for})" for m in optional),
                command=dependencies.install_command(optional),
            )
        QMessageBox.information(self.iface.mainWindow(), tr("About RegionAtlas"), text)
