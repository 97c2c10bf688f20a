"""The RegionAtlas Processing provider.

Algorithms are listed explicitly (style-examples.md, "An explicit provider"): a reader sees the
whole catalogue here and an import error fails at start-up, not when a user clicks. Ids never
change; models and scripts depend on them.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from ..regionatlas import __version__
from .accessibility import AccessibilityAlgorithm
from .commutingindicators import CommutingIndicatorsAlgorithm
from .commutingregions import CommutingRegionsAlgorithm
from .degurba import DegurbaAlgorithm
from .degurbaunits import DegurbaUnitsAlgorithm
from .dominantflows import DominantFlowsAlgorithm
from .exportnotes import ExportNotesAlgorithm
from .exportstructureimage import ExportStructureImageAlgorithm
from .exportwebatlas import ExportWebAtlasAlgorithm
from .flowlines import FlowLinesAlgorithm
from .laregionsfromindicators import LaRegionsFromIndicatorsAlgorithm
from .loadscbboundaries import LoadScbBoundariesAlgorithm
from .loadscbcommuting import LoadScbCommutingAlgorithm
from .loadssbcommuting import LoadSsbCommutingAlgorithm
from .notesreport import NotesReportAlgorithm
from .pipeline import PipelineAlgorithm
from .polycentricity import PolycentricityAlgorithm
from .regionchange import RegionChangeAlgorithm
from .relinknotes import RelinkNotesAlgorithm
from .serviceareas import ServiceAreasAlgorithm
from .settlementhierarchy import SettlementHierarchyAlgorithm
from .structureimage import StructureImageAlgorithm
from .traveltimes import TravelTimesAlgorithm

ICON = Path(__file__).resolve().parents[1] / "resources" / "icons" / "regionatlas.svg"

ALGORITHMS = (
    CommutingIndicatorsAlgorithm,
    FlowLinesAlgorithm,
    CommutingRegionsAlgorithm,
    LaRegionsFromIndicatorsAlgorithm,
    RegionChangeAlgorithm,
    DominantFlowsAlgorithm,
    SettlementHierarchyAlgorithm,
    DegurbaAlgorithm,
    DegurbaUnitsAlgorithm,
    PolycentricityAlgorithm,
    StructureImageAlgorithm,
    ExportStructureImageAlgorithm,
    PipelineAlgorithm,
    ExportNotesAlgorithm,
    NotesReportAlgorithm,
    RelinkNotesAlgorithm,
    TravelTimesAlgorithm,
    AccessibilityAlgorithm,
    ServiceAreasAlgorithm,
    ExportWebAtlasAlgorithm,
    LoadScbCommutingAlgorithm,
    LoadSsbCommutingAlgorithm,
    LoadScbBoundariesAlgorithm,
)


class RegionAtlasProvider(QgsProcessingProvider):
    def id(self) -> str:
        return "regionatlas"

    def name(self) -> str:
        return tr("RegionAtlas")

    def longName(self) -> str:
        return tr("RegionAtlas {version}").format(version=__version__)

    def icon(self) -> QIcon:
        return QIcon(str(ICON))

    def versionInfo(self) -> str:
        return __version__

    def loadAlgorithms(self) -> None:
        for algorithm in ALGORITHMS:
            self.addAlgorithm(algorithm())
