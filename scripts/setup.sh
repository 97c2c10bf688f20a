#!/usr/bin/env bash
# Set up everything RegionAtlas needs on a fresh Debian 12 machine, idempotently:
#   - QGIS (Debian packages) and the tools the tests and screenshots use, via apt when missing;
#   - .venv made from the system interpreter (/usr/bin/python3, where PyQGIS lives) with
#     --system-site-packages, and the pinned Python dependencies;
#   - .build/plugins/RegionAtlas -> this folder (the plugin under its fixed package name);
#   - compiled translations (.qm) from resources/i18n/*.ts.
# Usage: scripts/setup.sh [--tests]   (--tests also installs PostgreSQL/PostGIS for the tests
#                                       and Chromium + chromedriver for the web-atlas test)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

APT_PACKAGES=(qgis python3-qgis qgis-providers xvfb qttools5-dev-tools xauth
              python3-pyproj python3-psycopg python3-matplotlib gdal-bin)
if [[ "${1:-}" == "--tests" ]]; then
  APT_PACKAGES+=(postgresql postgresql-15-postgis-3 postgresql-15-postgis-3-scripts
                chromium chromium-driver)
fi

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if (( ${#missing[@]} )); then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null; then SUDO="sudo"; else
      echo "setup: need root (or sudo) to run: apt-get install -y ${missing[*]}" >&2; exit 1
    fi
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [[ ! -x .venv/bin/python ]]; then
  echo "setup: creating .venv (system interpreter, system site packages for PyQGIS)"
  /usr/bin/python3 -m venv --system-site-packages .venv
fi
STAMP=.venv/.requirements.sha
WANT="$(cat requirements.txt requirements-dev.txt | sha256sum | cut -d' ' -f1)"
if [[ ! -f "$STAMP" || "$(cat "$STAMP")" != "$WANT" ]]; then
  echo "setup: installing Python dependencies (requirements-dev.txt)"
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt
  echo "$WANT" > "$STAMP"
fi

mkdir -p .build/plugins
ln -sfn "$ROOT" .build/plugins/RegionAtlas

LRELEASE="$(command -v lrelease || true)"
[[ -z "$LRELEASE" && -x /usr/lib/qt5/bin/lrelease ]] && LRELEASE=/usr/lib/qt5/bin/lrelease
for ts in resources/i18n/*.ts; do
  [[ -e "$ts" ]] || continue
  qm="${ts%.ts}.qm"
  if [[ ! -f "$qm" || "$ts" -nt "$qm" ]]; then
    "$LRELEASE" -silent "$ts" -qm "$qm"
  fi
done
echo "setup: ready (QGIS $(/usr/bin/python3 -c 'from qgis.core import Qgis; print(Qgis.QGIS_VERSION)' 2>/dev/null || echo '?'))"
