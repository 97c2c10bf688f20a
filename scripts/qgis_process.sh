#!/usr/bin/env bash
# qgis_process with RegionAtlas enabled: scripts/qgis_process.sh run regionatlas:flowlines -- ...
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
if [[ ! -f "$QGIS_CUSTOM_CONFIG_PATH/.regionatlas-enabled" ]]; then
  mkdir -p "$QGIS_CUSTOM_CONFIG_PATH"
  # exits 1 with "Plugin is already enabled!" when the profile has it already: not an error
  "$QGIS_PROCESS" plugins enable RegionAtlas >/dev/null 2>&1 || true
  touch "$QGIS_CUSTOM_CONFIG_PATH/.regionatlas-enabled"
fi
exec "$QGIS_PROCESS" "$@"
