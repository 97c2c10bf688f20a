#!/usr/bin/env bash
# The plugin as a user gets it: build the ZIP (scripts/package.sh), install it into a fresh
# QGIS profile through QGIS's own plugin installer (the desktop's "Install from ZIP" code path,
# scripts/install_zip.py, under Xvfb), then run the demo (scripts/demo.sh: the pipeline model
# and the flow lines on the sample region) with qgis_process loading the plugin from that
# profile only (no QGIS_PLUGINPATH, no checkout on any path). Output in out/package-check/.
# The Python packages the methods need come from .venv (PYTHONPATH), as a user would have
# them installed (or let the dependency dialog install them into the profile).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
CHECK="$ROOT/out/package-check"
rm -rf "$CHECK"
mkdir -p "$CHECK/profile/profiles/default/QGIS"
printf '[qgis]\ncheckVersion=false\n[app]\nplugin_installer\\checkOnStart=false\n' \
  > "$CHECK/profile/profiles/default/QGIS/QGIS3.ini"

ZIP="$(DIST="$CHECK" bash scripts/package.sh)"
echo "check: built $ZIP ($(unzip -l "$ZIP" | tail -1 | awk '{print $2}') files)"

unset QGIS_PLUGINPATH
export QGIS_CUSTOM_CONFIG_PATH="$CHECK/profile"
export PYTHONPATH="$(echo "$ROOT"/.venv/lib/python3*/site-packages)"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
RA_ZIP="$ZIP" RA_RESULT="$CHECK/install.json" timeout 300 xvfb-run -a \
  -s "-screen 0 1280x800x24" qgis --noversioncheck --nologo \
  --code "$ROOT/scripts/install_zip.py" > "$CHECK/install.log" 2>&1 || true
[[ -f "$CHECK/install.json" ]] || { cat "$CHECK/install.log"; exit 1; }
echo "check: QGIS's installer reported:"; sed 's/^/  /' "$CHECK/install.json"; echo
grep -q '"error"' "$CHECK/install.json" && exit 1

export QT_QPA_PLATFORM=offscreen
cat > "$CHECK/qgis_process" <<QP
#!/usr/bin/env bash
exec /usr/bin/qgis_process.bin "\$@"
QP
chmod +x "$CHECK/qgis_process"
echo "check: qgis_process plugins:"; "$CHECK/qgis_process" plugins 2>/dev/null | grep -i regionatlas
echo "check: $("$CHECK/qgis_process" list 2>/dev/null | grep -c 'regionatlas:') RegionAtlas algorithms listed"
QP="$CHECK/qgis_process" OUT="$CHECK/demo" bash scripts/demo.sh
