"""Shared base of every RegionAtlas Processing algorithm.

Subclasses declare ``NAME`` (the public id, never changed), ``GROUP_ID``, ``ICON`` and
``display_name()``/``group()``/``help_text()`` with translated strings, then implement
``initAlgorithm`` and ``run_algorithm(parameters, context, feedback)``.
``processAlgorithm`` here turns the core's :class:`InputError` into a
``QgsProcessingException`` with the same planner-readable message, and :class:`Cancelled`
into a clean stop, so no traceback reaches the user.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..guide import guide_url
from ..i18n import CONTEXT, tr
from ..regionatlas import __version__
from ..regionatlas.errors import Cancelled, InputError, Note
from .guards import check_field_parameters, check_outputs, check_written, remove_created
from .text_sources import check_text_sources, prepare_text_sources

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"

#: Group ids (public, never changed) and their display names.
GROUPS = {
    "commuting": lambda: tr("Commuting"),
    "regions": lambda: tr("Commuting regions"),
    "settlement": lambda: tr("Settlement structure"),
    "structureimage": lambda: tr("Structure image"),
    "notes": lambda: tr("Stakeholder notes"),
    "data": lambda: tr("Data"),
    "share": lambda: tr("Share"),
    "accessibility": lambda: tr("Accessibility"),
}


def translated(error: InputError | Note) -> str:
    """The core's message in the user's language: its template looked up in the catalogue
    (extracted by scripts/i18n.py), filled with the error's values."""
    return error.render(QCoreApplication.translate(CONTEXT, error.template))


def core_text(message: str) -> str:
    """A message of a core result for the user: a :class:`Note` translated, other text as
    it is (already translated by the adapter, or figures)."""
    return translated(message) if isinstance(message, Note) else message


#: The HTML tags help texts use on purpose; any other "<" is text ("V < 1") and is escaped,
#: because QGIS shows the help as HTML and would read "< 1 ..." as the start of a tag and
#: swallow the rest of the text.
_HELP_TAGS = ("b", "i", "br", "p", "ul", "ol", "li", "a", "code", "em", "strong", "sub", "sup")
_NOT_A_TAG = re.compile(r"<(?!/?(?:" + "|".join(_HELP_TAGS) + r")\b)")
_BARE_AMPERSAND = re.compile(r"&(?!#?\w+;)")


#: Decimals shown for a share (a number between 0 and 1) and for other decimal numbers.
SHARE_DECIMALS, NUMBER_DECIMALS = 3, 2


def number_decimals(minimum: float, maximum: float, default) -> int:
    """Decimals for a number field: 3 for shares (0..1), else 2, more when the default needs
    them (0.0005 keeps its digits)."""
    decimals = SHARE_DECIMALS if minimum >= 0 and maximum <= 1 else NUMBER_DECIMALS
    try:
        text = f"{float(default):.10f}".rstrip("0")
        needed = len(text.split(".")[1]) if "." in text else 0
    except (TypeError, ValueError):
        needed = 0
    return max(decimals, min(needed, 6))


def escape_help(text: str) -> str:
    """Help text safe to show as HTML: the intended tags kept, every other < and & escaped."""
    return _NOT_A_TAG.sub("&lt;", _BARE_AMPERSAND.sub("&amp;", text))


class RegionAtlasAlgorithm(QgsProcessingAlgorithm):
    """Base class: ids, help, icon, error translation, provenance."""

    NAME = ""
    GROUP_ID = "commuting"
    ICON = "regionatlas.svg"

    # -- identity -----------------------------------------------------------------------------
    def name(self) -> str:
        return self.NAME

    def groupId(self) -> str:
        return self.GROUP_ID

    def group(self) -> str:
        return GROUPS[self.GROUP_ID]()

    def displayName(self) -> str:
        return self.display_name()

    def display_name(self) -> str:  # pragma: no cover - always overridden
        raise NotImplementedError

    def shortHelpString(self) -> str:
        return escape_help(self.help_text())

    def help_text(self) -> str:  # pragma: no cover - always overridden
        raise NotImplementedError

    def helpUrl(self) -> str:
        """The algorithm's section of the user guide shipped with the plugin (Help button)."""
        return guide_url(self.NAME)

    def icon(self) -> QIcon:
        return QIcon(str(ICONS / self.ICON))

    def createInstance(self):
        return type(self)()

    def tr(self, text: str) -> str:
        return tr(text)

    # -- running ------------------------------------------------------------------------------
    def checkParameterValues(self, parameters: dict, context: QgsProcessingContext):
        """QGIS's checks, after refusing a text input that is neither UTF-8 nor Windows-1252
        with the file and byte named (QGIS itself would only say "not found")."""
        try:
            check_text_sources(self, parameters)
        except InputError as exc:
            return False, translated(exc)
        return super().checkParameterValues(parameters, context)

    def processAlgorithm(
        self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict:
        try:
            # first, so that the field check reads a Windows-1252 CSV's header decoded right
            prepare_text_sources(self, parameters, context, feedback)
        except InputError as exc:
            raise QgsProcessingException(translated(exc)) from None
        check_field_parameters(self, parameters, context)
        planned = check_outputs(self, parameters)
        try:
            results = self.run_algorithm(parameters, context, feedback)
        except InputError as exc:
            remove_created(planned, feedback)
            raise QgsProcessingException(translated(exc)) from None
        except Cancelled:
            remove_created(planned, feedback)
            feedback.reportError(tr("Cancelled: no output was written."), fatalError=True)
            raise QgsProcessingException(tr("Cancelled by the user.")) from None
        except OSError as exc:
            # A file that could not be written or read after the checks (disk full, a file
            # locked by another program): name it, and leave nothing half-written behind.
            remove_created(planned, feedback)
            raise QgsProcessingException(
                tr("Could not write or read {path}: {reason}").format(
                    path=exc.filename or "?", reason=exc.strerror or exc
                )
            ) from None
        except BaseException:
            remove_created(planned, feedback)
            raise
        check_written(self, planned, results)
        return results

    def run_algorithm(
        self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict:  # pragma: no cover - always overridden
        raise NotImplementedError

    def addParameter(self, definition, createOutput: bool = True) -> bool:  # noqa: N803
        """Every decimal number field shows sensible decimals (QGIS shows six by default:
        "3500.000000"); an algorithm may still set its own."""
        if (
            definition.type() == "number"
            and definition.dataType() == QgsProcessingParameterNumber.Type.Double
        ):
            metadata = definition.metadata()
            wrapper = dict(metadata.get("widget_wrapper") or {})
            if "decimals" not in wrapper:
                wrapper["decimals"] = number_decimals(
                    definition.minimum(), definition.maximum(), definition.defaultValue()
                )
                metadata["widget_wrapper"] = wrapper
                definition.setMetadata(metadata)
        return super().addParameter(definition, createOutput)

    def provenance(self, parameters: dict, context: QgsProcessingContext) -> str:
        """JSON text with the algorithm id, the plugin version and the parameters used.

        Recorded in every output (layer metadata on load, the METADATA output, reports) so that
        a map can always say how it was made.
        """
        plain = {}
        # Every declared parameter: the value given, else its default (processing.run passes
        # only what the caller set), so the record says how the output was really made.
        given = dict(parameters)
        for definition in self.parameterDefinitions():
            name = definition.name()
            if name not in given and definition.defaultValue() is not None:
                given[name] = definition.defaultValue()
        for key, value in given.items():
            if hasattr(value, "sink"):  # QgsProcessingOutputLayerDefinition
                value = value.sink.staticValue()
            elif hasattr(value, "source") and hasattr(value, "selectedFeaturesOnly"):
                value = value.source.staticValue()  # QgsProcessingFeatureSourceDefinition
            elif hasattr(value, "source") and callable(getattr(value, "source", None)):
                value = value.source()  # a layer object
            try:
                json.dumps(value)
                plain[key] = value
            except TypeError:
                plain[key] = str(value)
        return json.dumps(
            {"algorithm": f"regionatlas:{self.NAME}", "version": __version__, "parameters": plain},
            ensure_ascii=False,
            sort_keys=True,
        )
