"""Adapters shared by the notes algorithms and the notes dock: the notes store and filters.

the store parameter (a GeoPackage path, a PostgreSQL conninfo or service name, or the name
of a QGIS saved PostgreSQL connection as ``pgconn:<name>``) and the filter parameters. Copies
of layer features for links: ``notes_features``.
"""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsProject,
    QgsProviderRegistry,
)

from ..i18n import tr
from ..regionatlas.notes import KINDS, STANCES, STATUSES, THEMES, NoteFilter, open_store
from ..regionatlas.notes import gpkg as _gpkg
from ..regionatlas.notes.dockstate import (
    PG_CONNECTION_PREFIX,
    DockState,
    store_from_project,
)
from ..regionatlas.notes.errors import StoreError


def _qgis_srs_definition(srid: int) -> tuple[str, str, str]:
    """gpkg_spatial_ref_sys entry from QGIS's own PROJ.

    Inside the QGIS desktop a second PROJ library (pyproj's wheel) clashed with QGIS's:
    ``pyproj.CRS.to_wkt`` raised std::bad_alloc (seen when the notes dock created a new
    GeoPackage store under scripts/screenshot.sh). The store asks QGIS instead.
    """
    crs = QgsCoordinateReferenceSystem(f"EPSG:{srid}")
    if not crs.isValid():
        return f"EPSG:{srid}", "EPSG", "undefined"
    return crs.description(), "EPSG", crs.toWkt(QgsCoordinateReferenceSystem.WktVariant.WKT1_GDAL)


_gpkg.set_srs_resolver(_qgis_srs_definition)

STORE = "STORE"
THEME = "THEME"
KIND = "KIND"
STANCE = "STANCE"
STATUS = "STATUS"
STAKEHOLDER = "STAKEHOLDER"
TEXT = "TEXT"
DATASET = "DATASET"

#: Filter parameter -> (NoteFilter field, vocabulary).
ENUM_FILTERS = {
    THEME: ("theme", THEMES),
    KIND: ("kind", KINDS),
    STANCE: ("stance", STANCES),
    STATUS: ("status", STATUSES),
}


def vocabulary_labels() -> dict[str, str]:
    """Display words of the stored (Swedish) vocabulary values.

    The stored words are the spec's Swedish terms; they are shown as stored and translated
    only through the Swedish/English catalogue (``tr``), so one store reads the same in both.
    """
    return {v: tr(v) for vocab in (THEMES, KINDS, STANCES, STATUSES) for v in vocab}


def pg_connection_conninfo(name: str) -> str:
    """conninfo of a QGIS saved PostgreSQL connection (QgsProviderConnection API)."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    try:
        connection = metadata.findConnection(name) if metadata is not None else None
    except Exception:  # QgsProviderConnectionException: no such connection
        connection = None
    if connection is None:
        raise StoreError(
            tr("There is no saved PostgreSQL connection named {name} in QGIS.").format(name=name)
        )
    from qgis.core import QgsDataSourceUri

    return QgsDataSourceUri(connection.uri()).connectionInfo(True)


def resolve_store_target(target: str) -> str:
    """What :func:`open_store` understands: ``pgconn:<name>`` becomes that connection's
    conninfo; everything else is passed on."""
    target = (target or "").strip()
    if target.startswith(PG_CONNECTION_PREFIX):
        return pg_connection_conninfo(target[len(PG_CONNECTION_PREFIX) :])
    return target


def open_notes_store(target: str, **options):
    """Open the store of *target*; StoreError for a store that cannot be opened."""
    if not (target or "").strip():
        raise StoreError(tr("Choose a notes store (a GeoPackage file or a PostgreSQL connection)."))
    return open_store(resolve_store_target(target), **options)


# -- Processing parameters ----------------------------------------------------------------


#: Where the notes dock keeps its state in the project (ui/notes_dock.py writes it).
DOCK_PROJECT_SCOPE, DOCK_PROJECT_KEY = "RegionAtlas", "notes_dock"


def project_notes_store() -> str:
    """The store the notes dock uses in the open project ("" when none): the default of
    every notes algorithm, so a report is one click away from the dock's notes."""
    project = QgsProject.instance()
    text, ok = project.readEntry(DOCK_PROJECT_SCOPE, DOCK_PROJECT_KEY, "")
    if not ok or not text:
        return ""
    try:
        state = DockState.from_json(text)
    except (ValueError, TypeError):
        return ""
    return store_from_project(state.store or "", project.fileName())


def add_store_parameter(alg) -> None:
    """STORE: a file picker for a GeoPackage (a PostgreSQL conninfo, service name or
    pgconn:<name> can be typed into it), the notes dock's store by default."""
    alg.addParameter(
        QgsProcessingParameterFile(
            STORE,
            tr("Notes store (GeoPackage file, PostgreSQL conninfo, service name or pgconn:<name>)"),
            behavior=QgsProcessingParameterFile.Behavior.File,
            defaultValue=project_notes_store() or None,
            fileFilter=tr("GeoPackage (*.gpkg);;All files (*)"),
        )
    )


def add_filter_parameters(alg) -> None:
    for name, (_field, vocabulary) in ENUM_FILTERS.items():
        title = {
            THEME: tr("Only themes"),
            KIND: tr("Only kinds"),
            STANCE: tr("Only stances"),
            STATUS: tr("Only follow-up statuses"),
        }[name]
        alg.addParameter(
            QgsProcessingParameterEnum(
                name, title, options=list(vocabulary), allowMultiple=True, optional=True
            )
        )
    alg.addParameter(
        QgsProcessingParameterString(
            STAKEHOLDER, tr("Only stakeholder (organisation or uuid)"), optional=True
        )
    )
    alg.addParameter(QgsProcessingParameterString(TEXT, tr("Text contains"), optional=True))
    alg.addParameter(
        QgsProcessingParameterString(
            DATASET, tr("Only notes on dataset (dataset key)"), optional=True
        )
    )


def filter_help() -> str:
    """Help text of the filter parameters (translated)."""
    return tr(
        "<i>Only themes / kinds / stances / follow-up statuses</i>: keep notes with any of the "
        "chosen values (none chosen: all).<br>"
        "<i>Only stakeholder</i>: an organisation name (exact) or a stakeholder uuid.<br>"
        "<i>Text contains</i>: case-insensitive words in the note text or author.<br>"
        "<i>Only notes on dataset</i>: a dataset key such as <tt>ogr:kommuner.gpkg|kommuner</tt> "
        "(the notes dock shows the key of the active layer)."
    )


def store_from_parameters(alg, parameters, context, read_only: bool = False):
    """The open store named by the STORE parameter (QgsProcessingException when it fails).

    *read_only*: for exports and reports, which must never create, upgrade or change the
    store they read (a missing store is an error, not a new empty one)."""
    target = alg.parameterAsString(parameters, STORE, context)
    try:
        return open_notes_store(target, **({"read_only": True} if read_only else {}))
    except StoreError as exc:
        raise QgsProcessingException(str(exc)) from None


def filter_from_parameters(alg, parameters, context, store) -> NoteFilter:
    values = {}
    for name, (field_name, vocabulary) in ENUM_FILTERS.items():
        raw = parameters.get(name)
        if raw is None or raw == [] or raw == "":
            continue  # parameterAsEnums gives [0] for an unset optional enum in QGIS 3.22
        chosen = alg.parameterAsEnums(parameters, name, context)
        if chosen:
            values[field_name] = [vocabulary[i] for i in chosen]
    who = (alg.parameterAsString(parameters, STAKEHOLDER, context) or "").strip()
    if who:
        matches = [s.uuid for s in store.list_stakeholders() if who in (s.uuid, s.organisation)]
        if not matches:
            raise QgsProcessingException(
                tr("No stakeholder in the store is called {name}.").format(name=who)
            )
        values["stakeholder_uuid"] = matches
    text = (alg.parameterAsString(parameters, TEXT, context) or "").strip()
    dataset = (alg.parameterAsString(parameters, DATASET, context) or "").strip()
    return NoteFilter(text=text or None, dataset_key=dataset or None, **values)
