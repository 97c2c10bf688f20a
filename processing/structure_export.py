"""Exporting a filled structure-image layout (regionatlas:exportstructureimage): drawing order,
styles of layers read from files, map CRS and extent, and the export of each format and atlas
page with QgsLayoutExporter into a folder that receives the files only when all succeeded.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from osgeo import gdal
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGraduatedSymbolRenderer,
    QgsLayoutExporter,
    QgsMapLayer,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProject,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..compat import null_rectangle
from ..i18n import tr
from ..regionatlas.structureimage.layout import with_margin
from .structure_styles import apply_structure_style, structure_layer_key


def drawing_order(layers: list[QgsMapLayer], by_geometry: bool) -> list[QgsMapLayer]:
    """Layers top first (QgsMapSettings order). By geometry: points over lines over polygons
    over rasters; otherwise the order given, the first on top (as in the Layers panel)."""
    if not by_geometry:
        return list(layers)
    rank = {
        QgsWkbTypes.GeometryType.PointGeometry: 0,
        QgsWkbTypes.GeometryType.LineGeometry: 1,
        QgsWkbTypes.GeometryType.PolygonGeometry: 2,
    }

    def key(item):
        index, layer = item
        kind = (
            rank.get(layer.geometryType(), 3)
            if layer.type() == QgsMapLayer.LayerType.VectorLayer
            else 4
        )
        # Within a kind the later one is drawn on top (first given = bottom).
        return (kind, -index)

    return [layer for _i, layer in sorted(enumerate(layers), key=key)]


def style_file_layers(layers: list[QgsMapLayer], feedback) -> None:
    """Give outputs of regionatlas:structureimage that were read back from files (qgis_process,
    models) their bundled style and name. Layers of the open project keep their own style."""
    project_layers = QgsProject.instance().mapLayers()
    for layer in layers:
        if layer.id() in project_layers:
            continue
        key = structure_layer_key(layer)
        if key is None or isinstance(
            layer.renderer(), (QgsRuleBasedRenderer, QgsGraduatedSymbolRenderer)
        ):
            continue
        apply_structure_style(layer, key, rename=True)
        feedback.pushInfo(
            tr("Layer {name} styled with the bundled {key} style.").format(
                name=layer.name(), key=key
            )
        )


def map_crs(crs, layers, feedback) -> QgsCoordinateReferenceSystem:
    """The CRS given, else the first projected layer's (else the first valid one's); says
    which layers are reprojected on the fly."""
    if not crs.isValid():
        projected = [
            layer.crs()
            for layer in layers
            if layer.crs().isValid() and not layer.crs().isGeographic()
        ]
        valid = [layer.crs() for layer in layers if layer.crs().isValid()]
        crs = (projected or valid or [QgsCoordinateReferenceSystem("EPSG:3006")])[0]
    other = [layer for layer in layers if layer.crs().isValid() and layer.crs() != crs]
    if other:
        feedback.pushWarning(
            tr("Layers in another CRS are reprojected on the fly to {crs}: {layers}.").format(
                crs=crs.authid(),
                layers=", ".join(f"{x.name()} ({x.crs().authid()})" for x in other),
            )
        )
    return crs


def map_extent(given, layers, crs, context) -> QgsRectangle:
    """The extent given (a QgsRectangle), else all layers' extents in ``crs`` with a margin."""
    if isinstance(given, QgsRectangle) and not given.isEmpty():
        return given
    extent = null_rectangle()
    for layer in layers:
        layer_extent = layer.extent()
        if layer.crs().isValid() and layer.crs() != crs:
            transform = QgsCoordinateTransform(layer.crs(), crs, context.transformContext())
            try:
                layer_extent = transform.transformBoundingBox(layer_extent)
            except Exception:
                continue
        if layer_extent.isFinite() and not layer_extent.isNull():
            extent.combineExtentWith(layer_extent)
    if extent.isNull() or not extent.isFinite():
        raise QgsProcessingException(tr("The layers have no extent to show (all empty?)."))
    box = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
    return QgsRectangle(*with_margin(box))


# -- export -------------------------------------------------------------------------------
def write_provenance(path: Path, provenance: list[str]) -> Path:
    """The provenance file beside the image: how it was made, or how to record that."""
    body = "\n\n".join(provenance) or tr(
        "The layers record no RegionAtlas provenance (layers read from files keep "
        "none): give the METADATA output of Build structure image as the parameters "
        "text."
    )
    path.write_text(
        tr("How this structure image was made") + "\n\n" + body + "\n", encoding="utf-8"
    )
    return path


def written_on_success(folder: Path, write, feedback) -> list[Path]:
    """Run ``write(work)`` in a new hidden folder inside ``folder`` and move the files it
    returns into ``folder`` only when it succeeded: a failed run leaves nothing that looks
    like a result. The files' final paths, in the order ``write`` gave them."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=".regionatlas-export-", dir=str(folder)))
    except OSError as exc:
        raise QgsProcessingException(
            tr("The output folder {folder} cannot be written: {error}").format(
                folder=folder, error=exc.strerror or exc
            )
        ) from None
    try:
        final = []
        for path in write(work):
            target = folder / path.relative_to(work)
            target.parent.mkdir(parents=True, exist_ok=True)
            path.replace(target)
            final.append(target)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for path in final:
        feedback.pushInfo(tr("Written: {path}").format(path=path))
    return final


def export(layout, atlas_layer, work, name, extensions, dpi, editable, single_pdf, feedback):
    """Export ``layout`` (or every page of its atlas) in each of ``extensions`` into ``work``;
    returns the files written. Progress per format and atlas page; the event loop keeps
    turning (the export runs on the main thread)."""
    text_format = (
        Qgis.TextRenderFormat.AlwaysText if editable else Qgis.TextRenderFormat.AlwaysOutlines
    )
    atlas = layout.atlas() if atlas_layer is not None else None
    if atlas is not None and not atlas.updateFeatures():
        raise QgsProcessingException(tr("The atlas layer has no features to make pages of."))
    exporter = QgsLayoutExporter(layout)
    base = str(work / name)
    # One step per format; an atlas reports each page inside its step. The export runs on
    # the main thread: keep the event loop turning so QGIS does not look frozen.
    steps = QgsProcessingMultiStepFeedback(len(extensions), feedback)
    steps.progressChanged.connect(lambda _p: QCoreApplication.processEvents())
    for k, ext in enumerate(extensions):
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled by the user."))
        steps.setCurrentStep(k)
        feedback.pushInfo(tr("Exporting {format}…").format(format=ext.upper()))
        QCoreApplication.processEvents()
        if ext == "pdf":
            settings = QgsLayoutExporter.PdfExportSettings()
            settings.textRenderFormat = text_format
            settings.rasterizeWholeImage = False
        elif ext == "png":
            settings = QgsLayoutExporter.ImageExportSettings()
        else:
            settings = QgsLayoutExporter.SvgExportSettings()
            settings.textRenderFormat = text_format
        settings.dpi = dpi
        settings.exportMetadata = True
        if ext != "png":
            settings.forceVectorOutput = True
            settings.simplifyGeometries = True
        # QGIS 3.22 tries to write the georeference into the PNG through GDAL, which cannot
        # update PNGs and logs "ERROR 6"; the image itself is fine.
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            result, error = export_one(exporter, atlas, ext, base, settings, single_pdf, steps)
        finally:
            gdal.PopErrorHandler()
        if result != QgsLayoutExporter.ExportResult.Success:
            raise QgsProcessingException(
                tr("The {format} export failed ({code}): {error}").format(
                    format=ext.upper(), code=int(result), error=error or tr("no detail")
                )
            )
    feedback.setProgress(100)
    written = sorted(
        p for p in work.rglob("*") if p.is_file() and p.suffix.lower() in {".pdf", ".png", ".svg"}
    )
    empty = [p for p in written if p.stat().st_size == 0]
    if not written or empty:
        raise QgsProcessingException(
            tr("The export wrote no usable file (empty files: {files}).").format(
                files=", ".join(p.name for p in empty) or tr("none")
            )
        )
    return written


def export_one(exporter, atlas, ext, base, settings, single_pdf, feedback):
    """(result, error) of one format: the page, or every atlas page (progress per page)."""
    if atlas is None:
        call = {
            "pdf": exporter.exportToPdf,
            "png": exporter.exportToImage,
            "svg": exporter.exportToSvg,
        }[ext]
        result = call(f"{base}.{ext}", settings)
        feedback.setProgress(100)
        return result, exporter.errorFile()
    if ext == "pdf" and single_pdf:
        return QgsLayoutExporter.exportToPdf(atlas, f"{base}.pdf", settings, feedback)
    if ext == "pdf":
        return QgsLayoutExporter.exportToPdfs(atlas, base, settings, feedback)
    if ext == "png":
        return QgsLayoutExporter.exportToImage(atlas, base, "png", settings, feedback)
    return QgsLayoutExporter.exportToSvg(atlas, base, settings, feedback)
