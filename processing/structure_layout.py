"""Filling the structure-image print layout: template, map, texts, legend, scale bar, atlas.

Used by regionatlas:exportstructureimage. The page geometry (orientation, extent fitting,
scale-bar step) is in ``regionatlas/structureimage/layout.py``; this module applies it to
QGIS layout items found by their ids (map, title, subtitle, legend, scalebar, north_arrow,
source; a template may leave out all but map).
"""

from __future__ import annotations

import datetime
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsLayoutItemMap,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendRenderer,
    QgsMapLayerLegendUtils,
    QgsPrintLayout,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtXml import QDomDocument

from ..i18n import tr
from ..regionatlas import __version__
from ..regionatlas.structureimage.layout import (
    fit_aspect,
    is_portrait,
    scalebar_step_km,
    side_panel_extent,
)
from ..regionatlas.structureimage.page_texts import (
    names_its_source,
    provenance_records,
    recorded_parameters,
)
from .structure_styles import layer_titles, structure_layer_key

LAYOUTS = Path(__file__).resolve().parents[1] / "resources" / "layouts"
DEFAULT_TEMPLATE = LAYOUTS / "structure_image_a3.qpt"
PORTRAIT_TEMPLATE = LAYOUTS / "structure_image_a3_portrait.qpt"
#: Item ids the template must have (the others are filled when present).
REQUIRED_ITEMS = ("map",)
#: Space (mm) around the legend column inside the map frame, the page margin below the map,
#: and the room left under the north arrow at the top of the column.
PANEL_GAP, PAGE_MARGIN, PANEL_TOP = 5.0, 10.0, 25.0


def load_template(path: Path, project) -> QgsPrintLayout:
    """The print layout of a .qpt; raises QgsProcessingException naming what is wrong."""
    if not path.is_file():
        raise QgsProcessingException(
            tr("The layout template {path} does not exist.").format(path=path)
        )
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QgsProcessingException(
            tr("The layout template {path} cannot be read: {error}").format(path=path, error=exc)
        ) from None
    doc = QDomDocument()
    parsed = doc.setContent(text)
    ok = parsed[0] if isinstance(parsed, tuple) else bool(parsed)
    if not ok or doc.documentElement().tagName() != "Layout":
        raise QgsProcessingException(
            tr(
                "The layout template {path} is broken: it is not a QGIS print-layout template "
                "(.qpt) that QGIS can read."
            ).format(path=path)
        )
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    _items, loaded = layout.loadFromTemplate(doc, QgsReadWriteContext())
    if not loaded:
        raise QgsProcessingException(
            tr("The layout template {path} could not be loaded by QGIS.").format(path=path)
        )
    for item_id in REQUIRED_ITEMS:
        if layout.itemById(item_id) is None:
            raise QgsProcessingException(
                tr("The layout template {path} has no item with the id '{id}'.").format(
                    path=path, id=item_id
                )
            )
    return layout


def source_text(source: str) -> str:
    """The source line and the making-of line of the page; the user's text keeps its own
    "Källa:" / "Source:" when it has one."""
    made = tr("Made with RegionAtlas {version} on {date}.").format(
        version=__version__, date=datetime.date.today().isoformat()
    )
    source = source.strip()
    if not source:
        return made
    if not names_its_source(source):
        source = tr("Source: {text}").format(text=source)
    return source + "\n" + made


def provenance_lines(layers, given: str = "") -> list[str]:
    """How the image was made: one line per RegionAtlas algorithm recorded in the layers'
    metadata (or given as PARAMETERS_TEXT: plain text kept, a METADATA JSON summarised), with
    the parameters as the dialog names them."""
    abstracts = [layer.metadata().abstract() for layer in layers if hasattr(layer, "metadata")]
    lines, records = provenance_records(given, abstracts)
    for info in records:
        algorithm = QgsApplication.processingRegistry().algorithmById(info["algorithm"])
        parts = []
        for key, value in recorded_parameters(info):
            definition = algorithm.parameterDefinition(key) if algorithm else None
            if isinstance(definition, QgsProcessingParameterEnum) and isinstance(value, int):
                options = definition.options()
                value = options[value] if 0 <= value < len(options) else value
            name = definition.description() if definition is not None else key
            parts.append(f"{name} ({key}) = {value}")
        title = algorithm.displayName() if algorithm else info["algorithm"]
        text = f"{title} [{info['algorithm']} {info.get('version', '')}]: " + "; ".join(parts)
        if text not in lines:
            lines.append(text)
    return lines


def new_layout(template: str, layers, crs, extent, texts: dict, provenance, context, atlas):
    """(layout, project): ``template`` (default the bundled A3 one, portrait for a tall extent
    without atlas) loaded into a project of its own (the user's project is not touched; keep
    it while the layout is used), filled (:func:`fill_layout`), its metadata the title and
    ``provenance``. ``atlas``: (coverage layer or None, page name field, file name)."""
    atlas, name_field, file_name = atlas
    if template:
        template = Path(template)
    elif atlas is None and is_portrait(extent.width(), extent.height()):
        template = PORTRAIT_TEMPLATE
    else:
        template = DEFAULT_TEMPLATE
    project = QgsProject()
    project.setCrs(crs)
    project.setTransformContext(context.transformContext())
    layout = load_template(template, project)
    panel = template == PORTRAIT_TEMPLATE and atlas is None
    fill_layout(layout, layers, crs, extent, texts, template, panel)
    metadata = project.metadata()
    metadata.setTitle(texts["title"])
    metadata.setAbstract("\n".join(provenance))
    metadata.setAuthor(f"RegionAtlas {__version__}")
    project.setMetadata(metadata)
    if atlas is not None:
        set_up_atlas(layout, atlas, name_field, file_name)
    return layout, project


def drop_repeated_legend_entries(model, root) -> None:
    """Show each legend entry once: the corridors' "across a border" entry repeats the border
    links' (both layers draw those links the same way), so the later one is dropped."""
    seen: set[str] = set()
    for tree_layer in root.findLayers():
        nodes = model.layerOriginalLegendNodes(tree_layer)
        keep = []
        for index, node in enumerate(nodes):
            text = node.data(Qt.ItemDataRole.DisplayRole)
            if text and text in seen:
                continue
            keep.append(index)
            if text:
                seen.add(text)
        if len(keep) < len(nodes):
            QgsMapLayerLegendUtils.setLegendNodeOrder(tree_layer, keep)
            model.refreshLayerLegend(tree_layer)


def fill_legend(legend, map_item, layers) -> None:
    if legend.title() == "Legend":  # the template's English default
        legend.setTitle(tr("Legend"))
    legend.setAutoUpdateModel(False)
    model = legend.model()
    root = model.rootGroup()
    root.clear()
    titles = layer_titles()
    for layer in layers:
        tree_layer = root.addLayer(layer)
        key = structure_layer_key(layer)
        if key is not None:  # "Corridors", not "Corridors – k largest per node 2 ≤ 215 km"
            tree_layer.setName(titles[key])
    drop_repeated_legend_entries(model, root)
    legend.setLinkedMap(map_item)
    # Only the symbols that occur on the map (e.g. 4 of 5 width classes).
    legend.setLegendFilterByMapEnabled(True)
    legend.refresh()
    legend.adjustBoxSize()


def fill_layout(
    layout, layers, crs, extent: QgsRectangle, texts: dict, template: Path, panel: bool = False
) -> None:
    """Map (layers, CRS, the extent fitted to the frame), texts by item id, legend, north arrow
    and a round scale bar. ``panel``: a tall extent may take the page's full height with the
    legend beside it (:func:`use_side_panel`)."""
    map_item = layout.itemById("map")
    map_item.setCrs(crs)
    map_item.setLayers(layers)
    map_item.setKeepLayerSet(True)
    box = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
    fitted = fit_aspect(box, map_item.rect().width(), map_item.rect().height())
    map_item.setExtent(QgsRectangle(*fitted))
    for item_id, text in texts.items():
        item = layout.itemById(item_id)
        if item is not None:
            # Texts are literal: [% %] in a title must not be evaluated as an expression.
            item.setText(text.replace("[%", "[ %"))
    legend = layout.itemById("legend")
    if legend is not None:
        fill_legend(legend, map_item, layers)
    arrow = layout.itemById("north_arrow")
    if arrow is not None:
        path = arrow.picturePath()
        if path and not Path(path).is_absolute():
            arrow.setPicturePath(str(template.parent / path))
        if not Path(arrow.picturePath()).exists():
            arrow.setPicturePath(str(LAYOUTS / "north_arrow.svg"))
        arrow.refreshPicture()
    if panel and legend is not None:
        fitted = use_side_panel(layout, map_item, legend, box) or fitted
    scalebar = layout.itemById("scalebar")
    if scalebar is not None:
        width = fitted[2] - fitted[0]
        width_km = width / 1000.0 if not crs.isGeographic() else width * 60
        scalebar.setUnitsPerSegment(scalebar_step_km(width_km))
        scalebar.setNumberOfSegments(2)
        scalebar.update()


def _mm(item, x: float, y: float) -> None:
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters))


def use_side_panel(layout, map_item, legend, box):
    """Grow the map frame to the bottom margin and draw the data against its left edge, with
    the legend, scale bar and source in a column on the right inside the frame, when the
    extent is tall enough to leave that column free (core: side_panel_extent). Returns the
    new extent, or None (layout unchanged)."""
    legend.setColumnCount(1)
    legend.adjustBoxSize()
    needed = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize()
    page = layout.pageCollection().page(0).pageSize()
    x, y = map_item.positionWithUnits().x(), map_item.positionWithUnits().y()
    width = map_item.sizeWithUnits().width()
    height = page.height() - PAGE_MARGIN - y
    panel = needed.width() + 2 * PANEL_GAP
    extent = side_panel_extent(box, width, height, panel)
    if extent is None or needed.height() + PANEL_TOP + 45 > height:
        legend.setColumnCount(2)
        legend.adjustBoxSize()
        return None
    map_item.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    map_item.setExtent(QgsRectangle(*extent))
    left = x + width - panel + PANEL_GAP
    _mm(legend, left, y + PANEL_TOP)
    scalebar, source = layout.itemById("scalebar"), layout.itemById("source")
    if scalebar is not None:
        _mm(scalebar, left, y + height - 42)
    if source is not None:
        source.attemptResize(
            QgsLayoutSize(panel - 2 * PANEL_GAP, 22, QgsUnitTypes.LayoutUnit.LayoutMillimeters)
        )
        _mm(source, left, y + height - 24)
    return extent


def set_up_atlas(layout, atlas_layer, name_field: str, file_name: str) -> None:
    atlas = layout.atlas()
    atlas.setCoverageLayer(atlas_layer)
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)
    if name_field:
        atlas.setPageNameExpression(f'"{name_field}"')
    atlas.setFilenameExpression(
        "'{name}_' || lpad(@atlas_featurenumber, 3, '0')".format(name=file_name.replace("'", "''"))
    )
    map_item = layout.itemById("map")
    map_item.setAtlasDriven(True)
    map_item.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
    map_item.setAtlasMargin(0.1)
    subtitle = layout.itemById("subtitle")
    if subtitle is not None:
        text = subtitle.text()
        subtitle.setText((text + " – " if text else "") + "[% @atlas_pagename %]")
