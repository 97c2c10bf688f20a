"""regionatlas:notesreport - the knowledge-base report (HTML, and PDF via QGIS's Qt)."""

from __future__ import annotations

import io
import os
import time

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QByteArray, QMarginsF, QUrl
from qgis.PyQt.QtGui import (
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)
from qgis.PyQt.QtSvg import QSvgRenderer

from ..i18n import tr
from ..regionatlas.errors import Cancelled
from ..regionatlas.notes.notes_map import collect_places, notes_map_svg
from ..regionatlas.notes.report import (
    MatrixTexts,
    ReportTexts,
    group_rows,
    matrix_points,
    matrix_svg,
    write_report_html,
)
from .base import RegionAtlasAlgorithm
from .notes_common import (
    add_filter_parameters,
    add_store_parameter,
    filter_from_parameters,
    filter_help,
    store_from_parameters,
    vocabulary_labels,
)

TITLE = "TITLE"
OUTPUT_HTML = "OUTPUT_HTML"
OUTPUT_PDF = "OUTPUT_PDF"
NOTES = "NOTES"
METADATA = "METADATA"

#: Largest report printed to PDF. Qt's rich-text engine needs about 0.5 s per 1 000 entries
#: and wrote an empty PDF for 110 000 entries (67 MB of HTML) in benchmarks/notes_report.py;
#: a PDF of more than some thousand pages is not read anyway, so larger reports are HTML only
#: and the log says how to narrow them.
MAX_PDF_ENTRIES = 20_000

#: Image name of the matrix chart inside the PDF's QTextDocument.
MATRIX_IMAGE = "regionatlas-matrix.png"
MAP_IMAGE = "regionatlas-notes-map.png"


def matrix_texts() -> MatrixTexts:
    return MatrixTexts(
        title=tr("Interest/influence matrix"),
        interest=tr("Interest"),
        influence=tr("Influence"),
        quadrants={
            "Manage closely": tr("Manage closely"),
            "Keep satisfied": tr("Keep satisfied"),
            "Keep informed": tr("Keep informed"),
            "Monitor": tr("Monitor"),
        },
    )


def report_texts(title: str) -> ReportTexts:
    return ReportTexts(
        title=title or tr("Knowledge base: stakeholder notes"),
        summary=tr("{notes} on {places} from {stakeholders}."),
        notes_one=tr("{n} note"),
        places_one=tr("{n} place"),
        places_many=tr("{n} places"),
        stakeholders_one=tr("{n} stakeholder"),
        stakeholders_many=tr("{n} stakeholders"),
        map_title=tr("Where the notes are"),
        algorithm=tr("Algorithm"),
        version=tr("Version"),
        parameter=tr("Parameter"),
        value=tr("Value"),
        contents=tr("Contents"),
        stakeholders=tr("Stakeholders"),
        organisation=tr("Organisation"),
        type=tr("Type"),
        role=tr("Contact role"),
        interest=tr("Interest"),
        influence=tr("Influence"),
        involvement=tr("How and when to involve"),
        theme=tr("Theme"),
        no_place=tr("Not linked to a place"),
        no_stakeholder=tr("no stakeholder"),
        provenance=tr("How this report was made"),
        notes_count=tr("{n} notes"),
    )


def svg_to_image(svg: str, scale: float = 2.0) -> QImage:
    """Render an SVG document to a white image (QTextDocument cannot show inline SVG)."""
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    size = renderer.defaultSize()
    image = QImage(
        int(size.width() * scale), int(size.height() * scale), QImage.Format.Format_RGB32
    )
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def report_document(html_text: str, images: dict) -> QTextDocument:
    """The report as a Qt rich-text document, wrapping lines only between words (Qt's
    default also breaks inside a word that does not fit, which split words in the PDF)."""
    document = QTextDocument()
    option = QTextOption(document.defaultTextOption())
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    document.setDefaultTextOption(option)
    for name, image in images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(html_text)
    return document


def write_pdf(html_text: str, images: dict, path: str) -> None:
    """Print an HTML text to an A4 PDF with Qt's rich-text engine (works headless)."""
    document = report_document(html_text, images)
    writer = QPdfWriter(path)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(150)
    writer.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator("RegionAtlas")
    document.print(writer)


class NotesReportAlgorithm(RegionAtlasAlgorithm):
    NAME = "notesreport"
    GROUP_ID = "notes"

    def display_name(self) -> str:
        return tr("Knowledge-base report of stakeholder notes")

    def flags(self):
        # QTextDocument and fonts are safest on the main thread (architecture.md).
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def help_text(self) -> str:
        return (
            tr(
                "Writes a readable knowledge-base report (kunskapsunderlag) of the notes: "
                "grouped by theme and then by place (the label of the linked feature; a note "
                "on several places appears under each), newest first, with the stakeholder "
                "table and the interest/influence matrix chart. HTML always; PDF when a file is "
                "given (printed with Qt's rich-text engine).<br><br>"
                "Source: the user guide, section Stakeholder notes; matrix after Mendelow "
                "(1991), quadrants split at score 3.<br><br>"
                "<b>Parameters</b><br>"
                "<i>Notes store</i>: the GeoPackage file, a PostgreSQL conninfo, a pg service "
                "name, or <tt>pgconn:&lt;name&gt;</tt> for a QGIS saved connection.<br>"
            )
            + filter_help()
            + tr(
                "<br><i>Title</i>: the report's heading.<br>"
                "<i>Report (HTML)</i>: the report file.<br>"
                "<i>Report (PDF)</i>: optional; the same report as an A4 PDF (up to 20 000 "
                "note entries; filter larger stores)."
            )
        )

    def initAlgorithm(self, config=None) -> None:
        add_store_parameter(self)
        add_filter_parameters(self)
        self.addParameter(
            QgsProcessingParameterString(
                TITLE, tr("Title"), tr("Knowledge base: stakeholder notes"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                OUTPUT_HTML, tr("Report (HTML)"), tr("HTML files (*.html)")
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                OUTPUT_PDF,
                tr("Report (PDF)"),
                tr("PDF files (*.pdf)"),
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(NOTES, tr("Note entries in the report")))
        self.addOutput(QgsProcessingOutputString(METADATA, tr("Provenance (JSON)")))

    def run_algorithm(self, parameters, context, feedback) -> dict:
        started = time.perf_counter()
        title = self.parameterAsString(parameters, TITLE, context)
        html_path = self.parameterAsFileOutput(parameters, OUTPUT_HTML, context)
        pdf_path = self.parameterAsFileOutput(parameters, OUTPUT_PDF, context)
        with store_from_parameters(self, parameters, context, read_only=True) as store:
            flt = filter_from_parameters(self, parameters, context, store)
            total = max(store.count_notes(), 1)
            stakeholders = store.list_stakeholders()
            places: dict = {}
            groups = group_rows(
                collect_places(store.export_rows(flt), places),
                progress=lambda i: feedback.setProgress(min(60.0, 60.0 * i / total)),
                cancelled=feedback.isCanceled,
            )
        if feedback.isCanceled():
            raise Cancelled()
        svg = matrix_svg(matrix_points(stakeholders), matrix_texts())
        map_svg = notes_map_svg(places.values())
        texts = report_texts(title)
        labels = vocabulary_labels()
        provenance = self.provenance(parameters, context)
        with open(html_path, "w", encoding="utf-8") as out:
            entries = write_report_html(
                out, groups, stakeholders, texts=texts, labels=labels, matrix=svg,
                provenance=provenance, notes_map=map_svg,
            )  # fmt: skip
        feedback.setProgress(75)
        results = {OUTPUT_HTML: html_path, NOTES: entries, METADATA: provenance}
        if pdf_path and entries > MAX_PDF_ENTRIES:
            feedback.reportError(
                tr(
                    "The PDF was not written: the report has {n} note entries, more than "
                    "{max} fit in a readable PDF. Filter the notes (theme, dataset, status) or "
                    "use the HTML report."
                ).format(n=entries, max=MAX_PDF_ENTRIES)
            )
            pdf_path = ""
        if pdf_path:
            buffer = io.StringIO()
            images = {MATRIX_IMAGE: svg_to_image(svg)}
            if map_svg:
                images[MAP_IMAGE] = svg_to_image(map_svg)
            write_report_html(
                buffer, groups, stakeholders, texts=texts, labels=labels,
                matrix=f'<img src="{MATRIX_IMAGE}" width="560">', provenance=provenance,
                notes_map=f'<img src="{MAP_IMAGE}" width="560">' if map_svg else "",
            )  # fmt: skip
            write_pdf(buffer.getvalue(), images, pdf_path)
            if not os.path.exists(pdf_path) or os.path.getsize(pdf_path) < 1000:
                raise QgsProcessingException(
                    tr("Qt could not print the report to {path}.").format(path=pdf_path)
                )
            results[OUTPUT_PDF] = pdf_path
        feedback.setProgress(100)
        feedback.pushInfo(
            tr("Report with {n} note entries written in {s:.1f} s.").format(
                n=entries, s=time.perf_counter() - started
            )
        )
        return results
