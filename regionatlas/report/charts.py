"""Charts of the method reports (matplotlib on the Agg canvas, no pyplot state, no GUI).

Each function takes the data and the words to show (``labels``, already translated) and
returns a base64 PNG for an ``<img src='data:image/png;base64,...'>``.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Mapping

import numpy as np
import pandas as pd

from ..commuting.regions.parameters import EuroParameters
from ..commuting.regions.validity_curve import validity_threshold

#: Okabe-Ito blue and orange: valid / invalid regions in the scatter (colour-blind safe).
VALID_COLOUR, INVALID_COLOUR = "#0072B2", "#D55E00"
#: Bar colour of the regions-per-year chart (the first colour of the region palette).
BAR_COLOUR = "#77AADD"
#: Marker shapes of the rank-size series, one per region.
RANK_SIZE_MARKERS = "osD^v<>ph*"
#: Regions drawn with a legend in the rank-size chart at most.
RANK_SIZE_MAX_LEGEND = 12


def new_figure(width: float, height: float):
    """A matplotlib figure on the Agg canvas, without pyplot's global state or GUI backend."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100)
    FigureCanvasAgg(fig)
    return fig, fig.add_subplot(1, 1, 1)


def figure_png(fig) -> str:
    """The figure as a base64 PNG."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def validity_scatter_png(
    regions: pd.DataFrame, params: EuroParameters, labels: Mapping[str, str]
) -> str:
    """Size / self-containment scatter of the regions with the validity curve V = 1.

    ``labels``: valid, invalid, curve, x, y, title.
    """
    fig, ax = new_figure(7.5, 4.8)
    size = regions["R"].to_numpy(dtype=float)
    sc = np.fmin(
        regions["sc_supply"].to_numpy(dtype=float), regions["sc_demand"].to_numpy(dtype=float)
    )
    valid = regions["V"].to_numpy(dtype=float) >= 1.0
    ok = np.isfinite(size) & (size > 0) & np.isfinite(sc)
    ax.scatter(
        size[ok & valid],
        sc[ok & valid],
        s=22,
        c=VALID_COLOUR,
        marker="o",
        label=labels["valid"],
        alpha=0.85,
    )
    ax.scatter(
        size[ok & ~valid],
        sc[ok & ~valid],
        s=30,
        c=INVALID_COLOUR,
        marker="^",
        label=labels["invalid"],
        alpha=0.9,
    )
    low = min(params.min_size, np.nanmin(size[ok]) if ok.any() else params.min_size) * 0.8
    high = max(params.target_size, np.nanmax(size[ok]) if ok.any() else params.target_size) * 1.5
    xs = np.geomspace(max(low, 1.0), high, 300)
    ax.plot(xs, validity_threshold(xs, params), "-", color="0.25", lw=1.2, label=labels["curve"])
    ax.axvline(params.min_size, color="0.6", ls=":", lw=0.8)
    ax.set_xscale("log")
    ax.set_xlabel(labels["x"])
    ax.set_ylabel(labels["y"])
    ax.set_title(labels["title"])
    ax.set_ylim(0, 1.02)
    ax.grid(True, which="both", lw=0.3, alpha=0.5)
    ax.legend(fontsize=8, loc="lower right")
    fig.tight_layout()
    return figure_png(fig)


def regions_per_year_png(per_year: pd.DataFrame, labels: Mapping[str, str]) -> str:
    """Number of regions per year (bars) and the largest region's share (line).

    ``labels``: regions, year, title, share.
    """
    fig, ax = new_figure(7.5, 4.2)
    years = [str(y) for y in per_year["year"]]
    ax.bar(years, per_year["regions"], color=BAR_COLOUR, edgecolor="0.3")
    for x, n in zip(years, per_year["regions"]):
        ax.annotate(str(n), (x, n), ha="center", va="bottom", fontsize=8)
    ax.set_ylabel(labels["regions"])
    ax.set_xlabel(labels["year"])
    ax.set_title(labels["title"])
    share = per_year["largest_share"].to_numpy(dtype=float)
    if np.isfinite(share).any():
        ax2 = ax.twinx()
        ax2.plot(years, share, "o-", color=INVALID_COLOUR)
        ax2.set_ylabel(labels["share"], color=INVALID_COLOUR)
        ax2.set_ylim(0, 1)
    fig.tight_layout()
    return figure_png(fig)


def rank_size_png(
    sizes_table: pd.DataFrame, sizes: Mapping[object, np.ndarray], labels: Mapping[str, str]
) -> str:
    """Rank-size chart: per region the sizes against rank - 1/2 on log scales, with the
    fitted line of :func:`regionatlas.settlement.hierarchy.rank_size`.

    ``labels``: all (the series without regions), x, y, title.
    """
    fig, ax = new_figure(7, 4.5)
    for k, (region, values) in enumerate(sizes.items()):
        x = np.sort(values[np.isfinite(values) & (values > 0)])[::-1]
        if x.size < 2:
            continue
        ranks = np.arange(1, x.size + 1) - 0.5
        label = str(region) if region is not None else labels["all"]
        marker = RANK_SIZE_MARKERS[k % len(RANK_SIZE_MARKERS)]
        (points,) = ax.loglog(ranks, x, marker, ms=3, alpha=0.7, label=label)
        same = (
            sizes_table["region"].isna()
            if region is None
            else sizes_table["region"].astype(object) == region
        )
        row = sizes_table[same]
        if len(row) and np.isfinite(row["slope"].iloc[0]):
            b, a = float(row["slope"].iloc[0]), float(row["intercept"].iloc[0])
            colour = "0.3" if len(sizes) == 1 else points.get_color()
            ax.loglog(ranks, np.exp(a) * ranks**b, "-", lw=1, color=colour)
    ax.set_xlabel(labels["x"])
    ax.set_ylabel(labels["y"])
    ax.set_title(labels["title"])
    if len(sizes) <= RANK_SIZE_MAX_LEGEND:
        ax.legend(fontsize=7, ncol=2)
    fig.tight_layout()
    return figure_png(fig)
