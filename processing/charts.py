"""Report helpers shared by the algorithms: the OUTPUT_REPORT parameter, the HTML page, its
atomic write, and charts (matplotlib) drawn without keeping the algorithm alive.

matplotlib parses font patterns with pyparsing, whose packrat cache keeps the exceptions it
raised - with their tracebacks, and through the frames' ``f_back`` every caller up to
``processing.run``, including the QgsProcessingContext and the layers it holds - until the
interpreter exits, which then frees OGR layers after GDAL was shut down (a crash at exit).
Frames of a worker thread do not lead back to the algorithm, so charts are drawn there.
"""

from __future__ import annotations

import base64
import html
import io
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from qgis.core import QgsProcessingParameterFileDestination

from ..i18n import tr

OUTPUT_REPORT = "OUTPUT_REPORT"

esc = html.escape
#: Style of the regions reports.
CSS = (
    "body{font-family:sans-serif;max-width:64em;margin:1em auto;color:#222}"
    "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #999;padding:2px 6px}"
    "td.n{text-align:right}th{background:#eee}caption{text-align:left;font-style:italic}"
    "img{max-width:100%}"
)


def in_own_thread(function, *args):
    """Run ``function(*args)`` in a short-lived worker thread and return its result."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(function, *args).result()


def new_figure(width: float, height: float):
    """A matplotlib figure on the Agg canvas, without pyplot's global state or GUI backend."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100)
    FigureCanvasAgg(fig)
    return fig, fig.add_subplot(1, 1, 1)


def figure_png(fig) -> str:
    """The figure as a base64 PNG, for an <img src='data:image/png;base64,...'>."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def html_page(title: str, parts: list[str], css: str = CSS) -> str:
    """A whole HTML page: the title (also as heading), the style, then ``parts``."""
    return "\n".join(
        [
            "<!DOCTYPE html><html><head><meta charset='utf-8'>",
            f"<title>{esc(title)}</title><style>{css}</style></head><body>",
            f"<h1>{esc(title)}</h1>",
            *parts,
            "</body></html>",
        ]
    )


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
