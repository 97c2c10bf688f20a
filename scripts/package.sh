#!/usr/bin/env bash
# Build the plugin ZIP the way the official QGIS plugin repository expects:
#   dist/RegionAtlas-<version>.zip  with one top folder RegionAtlas/, without development files
#   (tests, benchmarks, scripts, CI, requirements: .gitattributes export-ignore; .venv, .build,
#   out, caches: .gitignore), with the compiled translations (.qm, by lrelease as setup.sh
#   does), LICENSE, and the changelog from metadata.txt.
#
# The packager is qgis-plugin-ci (requirements-package.txt, in its own venv: its PyQt5 wheels
# must not shadow the PyQt5 of PyQGIS in .venv). It expects the plugin in a sub-folder of a git
# repository, while this repository's root is the plugin folder, so the plugin's files (the
# working tree as git sees it: tracked and new files, not ignored ones) are laid out in a
# throw-away repository under .build/package.*/ as RegionAtlas/, and packaged there. Nothing
# here needs the network once the packager is installed, nor a git remote.
# Usage: [DIST=folder] scripts/package.sh     (prints the path of the ZIP)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
NAME=RegionAtlas
VERSION="$(sed -n 's/^version=//p' metadata.txt | tr -d '[:space:]')"
[[ -n "$VERSION" ]] || { echo "package: no version= in metadata.txt" >&2; exit 1; }

# The packager's venv must see only its own packages: with the plugin's .venv on PYTHONPATH
# (scripts/env.sh, the tests) pip would take requests' urllib3 as already installed and leave
# it out of the packager's venv, which then fails wherever PYTHONPATH is not set.
unset PYTHONPATH
TOOLS=.build/package-venv
STAMP="$TOOLS/.requirements.sha"
WANT="$(cat requirements-package.txt - <<< "isolated from PYTHONPATH" | sha256sum | cut -d' ' -f1)"
if [[ ! -f "$STAMP" || "$(cat "$STAMP")" != "$WANT" ]]; then
  echo "package: installing the packager (requirements-package.txt) into $TOOLS"
  rm -rf "$TOOLS" && /usr/bin/python3 -m venv "$TOOLS"
  "$TOOLS/bin/python" -m pip install -q --disable-pip-version-check -r requirements-package.txt
  echo "$WANT" > "$STAMP"
fi

LRELEASE="$(command -v lrelease || true)"
[[ -z "$LRELEASE" && -x /usr/lib/qt5/bin/lrelease ]] && LRELEASE=/usr/lib/qt5/bin/lrelease
[[ -n "$LRELEASE" ]] || { echo "package: lrelease not found (Debian: qttools5-dev-tools)" >&2; exit 1; }

mkdir -p .build
STAGE="$(mktemp -d "$ROOT/.build/package.XXXXXX")"
mkdir -p "$STAGE/$NAME"

# The working tree as git sees it, through a private index (the real index is not touched);
# git archive applies .gitattributes' export-ignore.
INDEX="$(mktemp)"
trap 'rm -rf "$INDEX" "$STAGE"' EXIT
GIT_INDEX_FILE="$INDEX" git read-tree HEAD
GIT_INDEX_FILE="$INDEX" git add -A .
TREE="$(GIT_INDEX_FILE="$INDEX" git write-tree)"
git archive "$TREE" | tar -x -C "$STAGE/$NAME"

for ts in "$STAGE/$NAME"/resources/i18n/*.ts; do
  [[ -e "$ts" ]] || continue
  "$LRELEASE" -silent "$ts" -qm "${ts%.ts}.qm"
done

cat > "$STAGE/.qgis-plugin-ci" <<EOF
plugin_path: $NAME
changelog_include: true
EOF
(
  cd "$STAGE"
  git init -q
  git add -A
  git -c user.name=package -c user.email=package@localhost -c commit.gpgsign=false \
    commit -q -m "RegionAtlas $VERSION"
  "$ROOT/$TOOLS/bin/qgis-plugin-ci" package "$VERSION" --disable-submodule-update \
    > /dev/null 2> >(grep -v "has_changelog" >&2)  # no CHANGELOG.md: metadata.txt has it
)
DIST="${DIST:-$ROOT/dist}"   # DIST=folder: write the ZIP elsewhere (the tests do)
mkdir -p "$DIST"
ZIP="$DIST/$NAME-$VERSION.zip"
mv "$STAGE/$NAME.$VERSION.zip" "$ZIP"
echo "$ZIP"
