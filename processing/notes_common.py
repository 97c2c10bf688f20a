"""Adapters shared by the notes algorithms and the notes dock: QGIS layers <-> notes store.

* the store parameter (a GeoPackage path, a PostgreSQL conninfo or service name, or the name
  of a QGIS saved PostgreSQL connection as ``pgconn:<name>``) and the filter parameters;
* copies of layer features for links and re-linking (geometry as WKB in the store's CRS,
  label from the layer's display expression), found by key field value, never by fid.
"""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsProject,
    QgsProviderRegistry,
    QgsWkbTypes,
)

from ..i18n import tr
from ..regionatlas.notes import KINDS, STANCES, STATUSES, THEMES, NoteFilter, open_store
from ..regionatlas.notes import gpkg as _gpkg
from ..regionatlas.notes.dockstate import (
    PG_CONNECTION_PREFIX,
    DockState,
    label_expression,
    store_from_project,
)
from ..regionatlas.notes.errors import StoreError
from ..regionatlas.notes.keys import dataset_key, feature_key
from .od_input import _plain


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


# -- layers -> feature copies -------------------------------------------------------------


def layer_dataset_key(layer) -> str:
    """The stable dataset key of a QGIS layer (data source, not layer id)."""
    return dataset_key(layer.providerType(), layer.source())


def to_store_transform(layer_crs, srid: int, transform_context=None) -> QgsCoordinateTransform:
    target = QgsCoordinateReferenceSystem(f"EPSG:{srid}")
    return QgsCoordinateTransform(
        layer_crs, target, transform_context or QgsProject.instance().transformContext()
    )


class FeatureCopier:
    """Makes (key, geometry WKB in the store CRS, label) copies of a layer's features."""

    def __init__(self, layer, key_field: str, srid: int, transform_context=None) -> None:
        self.layer = layer
        self.key_field = key_field
        self.index = layer.fields().lookupField(key_field)
        if self.index < 0:
            raise StoreError(
                tr("The layer {layer} has no field {field}.").format(
                    layer=layer.name(), field=key_field
                )
            )
        self.transform = to_store_transform(layer.crs(), srid, transform_context)
        names = [f.name() for f in layer.fields()]
        self.expression = QgsExpression(
            label_expression(layer.displayExpression(), names, key_field)
        )
        self.context = QgsExpressionContext()
        # appendScopes takes ownership; the list constructor does not (double free at exit)
        self.context.appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        self.expression.prepare(self.context)

    def key(self, feature) -> str | None:
        return feature_key(_plain(feature.attribute(self.index)))

    def copy(self, feature) -> tuple[str | None, bytes | None, str | None]:
        geometry = feature.geometry()
        wkb = None
        if geometry is not None and not geometry.isEmpty():
            geometry = type(geometry)(geometry)
            try:
                geometry.transform(self.transform)
                wkb = bytes(geometry.asWkb())
            except Exception:  # QgsCsException: outside the store's CRS area
                wkb = None
        self.context.setFeature(feature)
        label = self.expression.evaluate(self.context)
        label = None if label is None or _plain(label) is None else str(label)
        return self.key(feature), wkb, label

    def all_copies(self, feedback=None) -> dict[str, tuple[bytes | None, str | None]]:
        copies = {}
        total = max(self.layer.featureCount(), 1)
        for i, feature in enumerate(self.layer.getFeatures()):
            if feedback is not None:
                if feedback.isCanceled():
                    break
                feedback.setProgress(50.0 * i / total)
            key, wkb, label = self.copy(feature)
            if key is not None:
                copies[key] = (wkb, label)
        return copies


#: shapely geometry type -> geometry family
_FAMILY = {
    "Point": "point",
    "MultiPoint": "point",
    "LineString": "line",
    "MultiLineString": "line",
    "LinearRing": "line",
    "Polygon": "polygon",
    "MultiPolygon": "polygon",
}
_MULTI = {
    "point": QgsWkbTypes.Type.MultiPoint,
    "line": QgsWkbTypes.Type.MultiLineString,
    "polygon": QgsWkbTypes.Type.MultiPolygon,
}


def layer_geometry_type(wkbs):
    """(QGIS wkb type, family) of one output layer for the geometry copies *wkbs*: the multi
    type of the only family present; points ("mixed") when families are mixed; no geometry
    (None) when there is none."""
    import shapely

    families = {_FAMILY.get(shapely.from_wkb(w).geom_type) for w in wkbs if w}
    families.discard(None)
    if not families:
        return QgsWkbTypes.Type.NoGeometry, None
    if len(families) == 1:
        family = next(iter(families))
        return _MULTI[family], family
    return QgsWkbTypes.Type.MultiPoint, "mixed"


def layer_geometry(geometry: QgsGeometry, family: str | None) -> QgsGeometry:
    """*geometry* as the output layer's type (see :func:`layer_geometry_type`)."""
    geometry = QgsGeometry(geometry)
    if family == "mixed":
        geometry = geometry.pointOnSurface()
    geometry.convertToMultiType()
    return geometry


def find_features_by_key(layer, key_field: str, key: str) -> list:
    """Features of *layer* whose key field holds *key* (text comparison, not fid)."""
    expression = QgsExpression.createFieldEqualityExpression(key_field, key)
    features = list(layer.getFeatures(QgsFeatureRequest().setFilterExpression(expression)))
    if not features:  # numeric fields: compare as text
        index = layer.fields().lookupField(key_field)
        features = [
            f for f in layer.getFeatures() if feature_key(_plain(f.attribute(index))) == key
        ]
    return features
