# Source this to run QGIS or qgis_process with the RegionAtlas plugin and its dependencies.
#   QGIS_PLUGINPATH   folder holding the plugin folder (RegionAtlas -> repository)
#   PYTHONPATH        the venv's site-packages, so QGIS's Python finds scipy, pandas, ...
#   QGIS_CUSTOM_CONFIG_PATH  a profile of our own, so your normal QGIS profile is untouched
_RA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export QGIS_PLUGINPATH="$_RA_ROOT/.build/plugins"
export PYTHONPATH="$(echo "$_RA_ROOT"/.venv/lib/python3*/site-packages)${PYTHONPATH:+:$PYTHONPATH}"
export QGIS_CUSTOM_CONFIG_PATH="${QGIS_CUSTOM_CONFIG_PATH:-$_RA_ROOT/.build/qgis-profile}"
export QGIS_PROCESS="/usr/bin/qgis_process.bin"   # Debian's qgis_process wrapper is broken
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
