#!/usr/bin/env bash
# Screenshots of the dependency dialog: QGIS (under Xvfb) with RegionAtlas from this checkout
# but without the venv on PYTHONPATH, in a throw-away profile, so that scipy, pandas and
# shapely 2 are really missing (Debian 12's Python has only numpy). RA_LOCALE=sv_SE: Swedish.
# Writes out/screenshot_dependencies.png and out/screenshot_dependencies_running.png.
# RA_WAIT_INSTALL=1: let pip finish (from PyPI) and report whether the plugin then registered
# its algorithms without a restart (out/screenshot_dependencies_done.png).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PROFILE="$(mktemp -d)"
trap 'rm -rf "$PROFILE"' EXIT
mkdir -p "$PROFILE/profiles/default/QGIS" "$ROOT/out"
LOCALE="${RA_LOCALE:-}"
cat > "$PROFILE/profiles/default/QGIS/QGIS3.ini" <<INI
[PythonPlugins]
RegionAtlas=true
[qgis]
checkVersion=false
[app]
plugin_installer\checkOnStart=false
[locale]
overrideFlag=$([[ -n "$LOCALE" ]] && echo true || echo false)
userLocale=${LOCALE:-en_US}
INI
export RA_SHOT="${RA_SHOT:-$ROOT/out/screenshot_dependencies${LOCALE:+_$LOCALE}.png}"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
env -u PYTHONPATH QGIS_PLUGINPATH="$ROOT/.build/plugins" QGIS_CUSTOM_CONFIG_PATH="$PROFILE" \
  timeout "${RA_TIMEOUT:-120}" xvfb-run -a -s "-screen 0 1600x1000x24" \
  qgis --noversioncheck --nologo --code "$ROOT/scripts/screenshot_dependencies.py" || true
ls -la "${RA_SHOT%.png}"*.png
