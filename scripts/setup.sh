#!/usr/bin/env bash
# Set up everything RegionAtlas needs on a fresh Debian 12 or 13 machine, idempotently:
#   - QGIS (Debian packages) and the tools the tests and screenshots use, via apt when missing;
#   - .venv made from the system interpreter (/usr/bin/python3, where PyQGIS lives) with
#     --system-site-packages, and the pinned Python dependencies, with numpy held at the
#     version of Debian's python3-numpy (what the system GDAL bindings were built for);
#   - .build/plugins/RegionAtlas -> this folder (the plugin under its fixed package name);
#   - compiled translations (.qm) from resources/i18n/*.ts.
# Usage: scripts/setup.sh [--tests]   (--tests also installs PostgreSQL/PostGIS for the tests:
# the PostGIS package of whatever PostgreSQL major version Debian's `postgresql` brings; and
# Chromium + chromedriver for the web-atlas browser test)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

APT_PACKAGES=(qgis python3-qgis qgis-providers xvfb qttools5-dev-tools xauth python3-venv
              python3-numpy python3-pyproj python3-psycopg python3-matplotlib gdal-bin
              fonts-open-sans)
TESTS=""
if [[ "${1:-}" == "--tests" ]]; then
  TESTS=1
  APT_PACKAGES+=(postgresql chromium chromium-driver)
fi

SUDO=""
if [[ $(id -u) -ne 0 ]] && command -v sudo >/dev/null; then SUDO="sudo"; fi
UPDATED=""
apt_install() {  # apt_install PKG...  (only those not installed yet)
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  (( ${#missing[@]} )) || return 0
  echo "setup: installing Debian packages: ${missing[*]}"
  if [[ $(id -u) -ne 0 && -z "$SUDO" ]]; then
    echo "setup: need root (or sudo) to run: apt-get install -y ${missing[*]}" >&2; exit 1
  fi
  if [[ -z "$UPDATED" ]]; then $SUDO apt-get update -qq; UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
}
apt_install "${APT_PACKAGES[@]}"
if [[ -n "$TESTS" ]]; then
  # Debian 12 has PostgreSQL 15, Debian 13 has 17: take the major version `postgresql` depends on.
  PG_MAJOR="$(dpkg-query -W -f='${Depends}' postgresql | grep -oE 'postgresql-[0-9]+' | head -1 | cut -d- -f2)"
  [[ -n "$PG_MAJOR" ]] || { echo "setup: cannot tell the PostgreSQL major version" >&2; exit 1; }
  apt_install "postgresql-$PG_MAJOR-postgis-3" "postgresql-$PG_MAJOR-postgis-3-scripts"
fi

if [[ ! -x .venv/bin/python ]]; then
  echo "setup: creating .venv (system interpreter, system site packages for PyQGIS)"
  /usr/bin/python3 -m venv --system-site-packages .venv
fi
# numpy must stay at the version Debian's GDAL bindings (osgeo.gdal_array, used by QGIS's own
# algorithms) were built for: NumPy 1.24 on Debian 12, NumPy 2.x on Debian 13. Holding pip to
# the system's own version keeps Debian's numpy (no download, nothing compiled).
SYS_NUMPY="$(/usr/bin/python3 -c 'import numpy; print(numpy.__version__)')"
CONSTRAINTS=.venv/constraints.txt
echo "numpy==$SYS_NUMPY" > "$CONSTRAINTS.new"
STAMP=.venv/.requirements.sha
WANT="$(cat requirements.txt requirements-dev.txt "$CONSTRAINTS.new" | sha256sum | cut -d' ' -f1)"
mv "$CONSTRAINTS.new" "$CONSTRAINTS"
if [[ ! -f "$STAMP" || "$(cat "$STAMP")" != "$WANT" ]]; then
  echo "setup: installing Python dependencies (requirements-dev.txt; numpy==$SYS_NUMPY from Debian)"
  .venv/bin/python -m pip install -q --disable-pip-version-check --only-binary :all: \
    -c "$CONSTRAINTS" -r requirements-dev.txt
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
