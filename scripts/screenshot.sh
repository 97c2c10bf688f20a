#!/usr/bin/env bash
# Screenshot of the QGIS desktop with RegionAtlas loaded and the sample's flow lines styled.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export RA_OUT="${RA_OUT:-$ROOT/out}" RA_SHOT="${RA_SHOT:-$ROOT/out/screenshot_qgis.png}"
[[ -f "$RA_OUT/sample/exempelregion.gpkg" ]] || "$ROOT/.venv/bin/python" "$ROOT/resources/sample/generate_sample.py" "$RA_OUT/sample"
timeout 120 bash "$ROOT/scripts/qgis_desktop.sh" --code "$ROOT/scripts/${1:-screenshot.py}" || true
ls -la "$RA_SHOT"
