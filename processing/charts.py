"""Report helpers shared by the algorithms: the OUTPUT_REPORT parameter, its atomic write,
tables in the user's language, and charts (the core's, regionatlas/report) drawn in a worker
thread so that they do not keep the algorithm alive.

matplotlib parses font patterns with pyparsing, whose packrat cache keeps the exceptions it
raised - with their tracebacks, and through the frames' ``f_back`` every caller up to
``processing.run``, including the QgsProcessingContext and the layers it holds - until the
interpreter exits, which then frees OGR layers after GDAL was shut down (a crash at exit).
Frames of a worker thread do not lead back to the algorithm, so charts are drawn there.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pandas as pd
from qgis.core import QgsProcessingParameterFileDestination

from ..i18n import language, tr
from ..regionatlas.commuting.regions.parameters import EuroParameters
from ..regionatlas.report.charts import regions_per_year_png as core_regions_per_year_png
from ..regionatlas.report.charts import validity_scatter_png
from ..regionatlas.report.html import CSS, esc, html_page  # noqa: F401  (used by the reports)
from ..regionatlas.report.html import html_table as core_html_table

OUTPUT_REPORT = "OUTPUT_REPORT"


def in_own_thread(function, *args):
    """Run ``function(*args)`` in a short-lived worker thread and return its result."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(function, *args).result()


def add_report_parameter(alg, name: str = OUTPUT_REPORT) -> None:
    """Declare the optional HTML report (not created unless asked for)."""
    alg.addParameter(
        QgsProcessingParameterFileDestination(
            name,
            tr("Report (HTML)"),
            tr("HTML files (*.html)"),
            optional=True,
            createByDefault=False,
        )
    )


def write_report(path: str, text: str) -> None:
    """Write the report through a temporary file, so a reader never sees half of it."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)


def html_table(headers: list[str], rows: list[list], caption: str | None = None) -> str:
    """The core's table with numbers and yes/no in the user's language."""
    return core_html_table(headers, rows, caption, language(), (tr("yes"), tr("no")))


def key_value_table(items: list[tuple[str, object]]) -> str:
    return html_table([tr("Item"), tr("Value")], [[k, v] for k, v in items])


def scatter_png(regions: pd.DataFrame, params: EuroParameters) -> str:
    """Size / self-containment scatter of the regions with the validity curve V = 1."""
    labels = {
        "valid": tr("valid (V >= 1)"),
        "invalid": tr("not valid (V < 1)"),
        "curve": tr("validity curve V = 1"),
        "x": tr("Region size: employed residents R (log scale)"),
        "y": tr("Self-containment min(S/R, S/W)"),
        "title": tr("Size and self-containment of the regions"),
    }
    return in_own_thread(validity_scatter_png, regions, params, labels)


def regions_per_year_png(per_year: pd.DataFrame) -> str:
    """Number of regions per year (bars) and the largest region's share (line)."""
    labels = {
        "regions": tr("Number of regions"),
        "year": tr("Year"),
        "title": tr("Regions per year"),
        "share": tr("Share in the largest region"),
    }
    return in_own_thread(core_regions_per_year_png, per_year, labels)
