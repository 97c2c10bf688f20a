#!/usr/bin/env bash
# The screen-by-screen review: dialogs and maps of RegionAtlas in QGIS, English and Swedish,
# Norway and Sweden at full extent, as PNGs in $RA_SHOTS (default out/review), named
# <what>_<country>_<lang>.png. See scripts/screenshot_review.py.
#   scripts/screenshot_review.sh [dialogs|map] [norway|sweden] [en|sv]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export RA_REVIEW="${1:-dialogs}" RA_COUNTRY="${2:-norway}" RA_LANG="${3:-en}"
export RA_SHOTS="${RA_SHOTS:-$ROOT/out/review}"
export RA_DATA="${REGIONATLAS_SHARED_DATA:-$ROOT/../shared/data}"
if [[ "$RA_LANG" == sv ]]; then export RA_LOCALE=sv_SE; else export RA_LOCALE=en_GB; fi
timeout 300 bash "$ROOT/scripts/qgis_desktop.sh" --code "$ROOT/scripts/screenshot_review.py" || true
ls "$RA_SHOTS" | grep "_${RA_COUNTRY}_${RA_LANG}.png" || true
