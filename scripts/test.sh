#!/usr/bin/env bash
# Run the whole test suite headless (core, processing, ui, qgis_process end to end).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source scripts/env.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/pytest -q -p no:cacheprovider --timeout=900 "$@"
