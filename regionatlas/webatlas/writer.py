"""Writes a web atlas folder: index.html, the page's script and style, the bundled Leaflet
(with its licence) and one data file per layer.

Each data file is a GeoJSON FeatureCollection (RFC 7946) wrapped in one line of JavaScript,
``RegionAtlasData.layers.push(<GeoJSON>);``: browsers refuse to fetch local files from a page
opened with ``file://``, but they do run local scripts. The layer's name, legend, popup
fields and provenance travel as a foreign member ``regionatlas`` of the collection, and each
feature's legend entry, label and popup title as a foreign member ``ra`` (RFC 7946 section
6.1), so the files stay valid GeoJSON inside the wrapper.

The folder is written beside the target under a temporary name and moved into place at the
end, so a failure or a cancel leaves nothing half-written. A folder that holds anything but
an earlier web atlas (recognised by its manifest) is never overwritten.
"""

from __future__ import annotations

import html
import json
import math
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from .. import __version__
from ..errors import Cancelled, InputError
from .geometry import DEFAULT_DECIMALS, DEFAULT_TOLERANCE_M, web_geometries
from .model import WebAtlas, WebLayer, parse_provenance
from .text import PAGE_TEXT

#: The file that marks a folder as a RegionAtlas web atlas (may be replaced by a new export).
MANIFEST = "regionatlas-webatlas.json"
#: Files of resources/web copied into every atlas (the page's script and style, Leaflet).
PAGE_FILES = ("atlas.js", "atlas.css")
VENDOR_DIR = "vendor"
TEMPLATE = "index.html"


@dataclass
class WrittenAtlas:
    index: Path
    folder: Path
    files: list[Path] = field(default_factory=list)
    features: dict[str, int] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    generated: str = ""

    @property
    def size_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.files)


def _json_value(value):
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    return str(value)


def _layer_json(
    layer: WebLayer, key: str, tolerance_m: float, decimals: int, cancelled: Callable[[], bool]
) -> str:
    geometries = web_geometries([f.wkb for f in layer.features], tolerance_m, decimals)
    features = []
    for feature, geometry in zip(layer.features, geometries):
        if cancelled():
            raise Cancelled()
        features.append(
            {
                "type": "Feature",
                "geometry": geometry,
                "properties": {k: _json_value(v) for k, v in feature.properties.items()},
                "ra": {
                    "legend": feature.legend_index,
                    "label": feature.label,
                    "title": feature.title,
                    "size": None if feature.size is None else round(feature.size, 2),
                },
            }
        )
    collection = {
        "type": "FeatureCollection",
        "regionatlas": {
            "key": key,
            "name": layer.name,
            "geometry": layer.geometry,
            "visible": layer.visible,
            "legend": [entry.style() for entry in layer.legend],
            "popupFields": [[name, alias] for name, alias in layer.popup_fields],
            "provenance": parse_provenance(layer.provenance),
            "notes": layer.is_notes,
        },
        "features": features,
    }
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    # A "</script>" inside a string would end nothing here (external file), but keep the
    # file safe to inline as well.
    return "RegionAtlasData.layers.push(" + text.replace("</", "<\\/") + ");\n"


def _check_target(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise InputError("The output folder {path} is a file; choose a folder.", path=str(folder))
    if folder.is_dir() and any(folder.iterdir()) and not (folder / MANIFEST).is_file():
        raise InputError(
            "The output folder {path} already holds other files; choose an empty folder "
            "(an earlier web atlas there would be replaced).",
            path=str(folder),
        )


def write_web_atlas(
    atlas: WebAtlas,
    folder: str | Path,
    assets: str | Path,
    tolerance_m: float = DEFAULT_TOLERANCE_M,
    decimals: int = DEFAULT_DECIMALS,
    progress: Callable[[float], None] = lambda p: None,
    cancelled: Callable[[], bool] = lambda: False,
    provenance: str = "",
) -> WrittenAtlas:
    """Write ``atlas`` into ``folder``; ``assets`` is resources/web (template, script,
    style, vendor/leaflet); ``provenance`` (how the export was made) goes into the
    manifest."""
    atlas.check()
    folder = Path(folder)
    assets = Path(assets)
    _check_target(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{folder.name}.partial-", dir=folder.parent))
    umask = os.umask(0)
    os.umask(umask)
    work.chmod(0o777 & ~umask)  # mkdtemp makes it private; the folder is meant to be shared
    try:
        written = _write(atlas, work, assets, tolerance_m, decimals, progress, cancelled)
        _write_manifest(work, atlas, written, tolerance_m, decimals, provenance)
        written.files = sorted(p for p in work.rglob("*") if p.is_file())
        if folder.exists():
            old = folder.with_name(f".{folder.name}.old-{work.name[-8:]}")
            folder.rename(old)
            work.rename(folder)
            shutil.rmtree(old, ignore_errors=True)
        else:
            work.rename(folder)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return WrittenAtlas(
        index=folder / TEMPLATE,
        folder=folder,
        files=[folder / p.relative_to(work) for p in written.files],
        features=written.features,
    )


def _write(atlas, work, assets, tolerance_m, decimals, progress, cancelled) -> WrittenAtlas:
    result = WrittenAtlas(index=work / TEMPLATE, folder=work)
    shutil.copytree(assets / VENDOR_DIR, work / VENDOR_DIR)
    for name in PAGE_FILES:
        shutil.copy2(assets / name, work / name)
    (work / "data").mkdir()
    scripts = []
    names: dict[str, str] = {}
    total = len(atlas.layers)
    for i, layer in enumerate(atlas.layers):
        if cancelled():
            raise Cancelled()
        key = f"layer{i + 1:02d}"
        path = work / "data" / f"{key}.js"
        path.write_text(_layer_json(layer, key, tolerance_m, decimals, cancelled), encoding="utf-8")
        scripts.append(f'<script src="data/{key}.js"></script>')
        result.features[key] = len(layer.features)
        names[key] = layer.name
        progress(100.0 * (i + 1) / total)
    config = {
        "title": atlas.title,
        "lang": atlas.language,
        "text": PAGE_TEXT[atlas.language],
        "generated": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "version": __version__,
        "notes": any(layer.is_notes for layer in atlas.layers),
        "layers": [],  # filled by the data files
    }
    result.generated = config["generated"]
    result.names = names
    page = (assets / TEMPLATE).read_text(encoding="utf-8")
    config_js = json.dumps(config, ensure_ascii=False).replace("</", "<\\/")
    page = (
        page.replace("{{LANG}}", atlas.language)
        .replace("{{TITLE}}", html.escape(atlas.title))
        .replace("{{CONFIG}}", config_js)
        .replace("{{DATA_SCRIPTS}}", "\n  ".join(scripts))
    )
    (work / TEMPLATE).write_text(page, encoding="utf-8")
    result.files = sorted(p for p in work.rglob("*") if p.is_file())
    return result


def _write_manifest(work, atlas, written, tolerance_m, decimals, provenance) -> None:
    manifest = {
        "generator": f"RegionAtlas {__version__}",
        "title": atlas.title,
        "language": atlas.language,
        "generated": written.generated,
        "layers": [
            {"key": k, "name": written.names[k], "features": n} for k, n in written.features.items()
        ],
        "tolerance_m": tolerance_m,
        "decimals": decimals,
        "provenance": parse_provenance(provenance),
    }
    (work / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), "utf-8")
