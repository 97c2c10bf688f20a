#!/usr/bin/env bash
# Start the QGIS desktop with RegionAtlas loaded (under Xvfb when there is no display).
# Extra arguments go to qgis (e.g. a project file).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/env.sh"
mkdir -p "$QGIS_CUSTOM_CONFIG_PATH/profiles/default/QGIS"
# Enable the plugin in our private profile (QGIS reads [PythonPlugins] at start).
"$ROOT/.venv/bin/python" - "$QGIS_CUSTOM_CONFIG_PATH/profiles/default/QGIS/QGIS3.ini" <<'PY'
import configparser, sys
path = sys.argv[1]
cfg = configparser.RawConfigParser(); cfg.optionxform = str; cfg.read(path)
if not cfg.has_section("PythonPlugins"): cfg.add_section("PythonPlugins")
cfg.set("PythonPlugins", "RegionAtlas", "true")
if not cfg.has_section("qgis"): cfg.add_section("qgis")
cfg.set("qgis", "checkVersion", "false")
import os
locale = os.environ.get("RA_LOCALE")  # e.g. sv_SE: run QGIS (and RegionAtlas) in Swedish
if not cfg.has_section("locale"): cfg.add_section("locale")
cfg.set("locale", "overrideFlag", "true" if locale else "false")
if locale:  # the interface and the number formats (QGIS: Settings > Options > General > Locale)
    cfg.set("locale", "userLocale", locale)
    cfg.set("locale", "globalLocale", locale)
else:
    cfg.remove_option("locale", "globalLocale")
with open(path, "w") as fh: cfg.write(fh, space_around_delimiters=False)
PY
if [[ -z "${DISPLAY:-}" ]]; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" qgis --noversioncheck --nologo "$@"
fi
exec qgis --noversioncheck --nologo "$@"
