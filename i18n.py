"""Translation for every user-visible string of the plugin.

All strings go through :func:`tr` with the single context ``RegionAtlas``; ``scripts/i18n.py``
extracts every ``tr("...")`` literal into ``resources/i18n/RegionAtlas_sv.ts`` and the set-up
compiles it to ``.qm`` with lrelease. The plugin follows QGIS's locale
(``locale/userLocale``; falls back to the system locale when QGIS overrides nothing).
"""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

CONTEXT = "RegionAtlas"
I18N_DIR = Path(__file__).resolve().parent / "resources" / "i18n"

_translator: QTranslator | None = None
#: Language of the translation in effect ("en" when none is installed).
_language = "en"


def tr(text: str) -> str:
    """Translate ``text`` (a literal, so the extractor finds it)."""
    return QCoreApplication.translate(CONTEXT, text)


def qgis_locale() -> str:
    """Two-letter language of the QGIS user interface."""
    settings = QSettings()
    override = settings.value("locale/overrideFlag", False, type=bool)
    locale = settings.value("locale/userLocale", "", type=str) if override else ""
    if not locale:
        locale = settings.value("locale/userLocale", "", type=str) or QLocale.system().name()
    return (locale or "en")[:2]


def install_translator(language: str | None = None) -> str | None:
    """Load ``RegionAtlas_<lang>.qm`` when it exists; returns the file loaded or None."""
    global _translator
    remove_translator()
    lang = language or qgis_locale()
    qm = I18N_DIR / f"RegionAtlas_{lang}.qm"
    if not qm.exists():
        return None
    translator = QTranslator()
    if not translator.load(str(qm)):
        return None
    QCoreApplication.installTranslator(translator)
    _translator = translator
    global _language
    _language = lang
    return str(qm)


def remove_translator() -> None:
    global _translator, _language
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator = None
    _language = "en"


def language() -> str:
    """Two-letter language of the interface in effect (that of the installed translation)."""
    return _language


def number(value: float, decimals: int = 0, trim: bool = False) -> str:
    """``value`` written as a reader of the interface language expects ("597 565" and "0,25"
    in Swedish); see :func:`regionatlas.numbers.format_number`."""
    from .regionatlas.numbers import format_number

    return format_number(value, decimals, _language, trim=trim)


def number_range(low: float, high: float, decimals: int = 0, trim: bool = False) -> str:
    """A range for a legend as the interface language writes it ("3 377–50 620" in
    Swedish, "3,377–50,620" in English); see :func:`regionatlas.numbers.format_range`. Every
    legend, label and layout text with numbers goes through this or :func:`number`."""
    from .regionatlas.numbers import format_range

    return format_range(low, high, decimals, _language, trim=trim)
