#!/usr/bin/env bash
# The test matrix: run the whole suite again on another QGIS inside a Debian root made with
# debootstrap, cached between runs on this machine (not in the repository).
#
#   scripts/matrix.sh test  [NAME]   run `make test` on the working tree inside root NAME (default:
#                                    each of MATRIX_NAMES, "qgis344" unless set)
#   scripts/matrix.sh fresh [NAME]   time the README's `make demo` and `make test` on a fresh
#                                    clone (HEAD) in a fresh copy of the base root
#   scripts/matrix.sh shell [NAME] [CMD...]   a command (or a shell) inside root NAME
#   scripts/matrix.sh screenshot [NAME] [SCRIPT]  scripts/screenshot.sh inside root NAME
#
# NAME is one of the MATRIX entries below (default: the first of MATRIX_NAMES). Each root is Debian 13
# (trixie, --variant=minbase) with QGIS from the given suite; the base root is made once and
# kept as a tarball, each QGIS root is kept as a directory. The archive address is read from
# this machine's own apt sources; the host's CA certificates and pip configuration are
# copied in so that pip and apt reach the same registries as here.
# Needs root, debootstrap and about 4 GB of disk under $MATRIX_CACHE.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${MATRIX_CACHE:-/var/cache/regionatlas-matrix}"
RELEASE=trixie
# name -> apt suite QGIS comes from: 3.44 LTR is in trixie-backports, 3.40 LTR in trixie itself.
declare -A MATRIX=([qgis344]="$RELEASE-backports" [qgis340]="$RELEASE")
# What `make test-matrix` runs (CI: the host's QGIS plus these). MATRIX_NAMES="qgis344 qgis340"
# adds 3.40 (about 17 minutes more the first time, while its root is made; 8 after).
read -r -a MATRIX_ORDER <<< "${MATRIX_NAMES:-qgis344}"
# Packages every root has before the repository's own set-up runs (a "fresh machine" that can
# clone a repository and run make).
BASE_PACKAGES=(ca-certificates git make)

log() { echo "matrix: $*" >&2; }
die() { echo "matrix: $*" >&2; exit 1; }


# --- the archive address, from the host's apt sources --------------------------------------
# Prints "URI" of the first source whose suite is a plain release (the main archive), or of the
# first -security suite with `security`.
apt_source_uri() {
  local want="$1" files=()
  shopt -s nullglob
  files=(/etc/apt/sources.list.d/*.sources)
  shopt -u nullglob
  {
    # deb822: pair every URIs: with the Suites: of the same stanza
    if (( ${#files[@]} )); then
      awk 'BEGIN{RS=""} { uri=""; suites="";
             n=split($0, lines, "\n");
             for (i=1;i<=n;i++) { if (lines[i] ~ /^URIs:/) { sub(/^URIs:[ \t]*/, "", lines[i]); split(lines[i], u, /[ \t]+/); uri=u[1] }
                                  if (lines[i] ~ /^Suites:/) { sub(/^Suites:[ \t]*/, "", lines[i]); suites=lines[i] } }
             if (uri != "") { m=split(suites, s, /[ \t]+/); for (j=1;j<=m;j++) print uri, s[j] } }' "${files[@]}"
    fi
    # one-line style: deb [options] URI suite components
    cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
      awk '$1=="deb" { i=2; if ($2 ~ /^\[/) { while ($i !~ /\]$/) i++; i++ } print $i, $(i+1) }' || true
  } | awk -v want="$want" '
      want=="security" && $2 ~ /-security$/ { print $1; exit }
      want=="archive" && $2 !~ /-/ { print $1; exit }' || true
}

ARCHIVE="${MATRIX_ARCHIVE:-$(apt_source_uri archive)}"
SECURITY="${MATRIX_SECURITY:-$(apt_source_uri security)}"
[[ -n "$ARCHIVE" ]] || die "no Debian archive found in /etc/apt/sources*; set MATRIX_ARCHIVE"

# --- mounts ---------------------------------------------------------------------------------
MOUNTED=()
unmount_all() {
  local i
  for (( i=${#MOUNTED[@]}-1; i>=0; i-- )); do
    umount "${MOUNTED[i]}" 2>/dev/null || umount -l "${MOUNTED[i]}" 2>/dev/null || true
  done
  MOUNTED=()
}
trap unmount_all EXIT
trap 'exit 130' INT TERM

bind() {  # bind SRC DEST [ro]
  mkdir -p "$2"
  mountpoint -q "$2" && return 0
  mount --bind "$1" "$2"
  MOUNTED+=("$2")
  if [[ "${3:-}" == ro ]]; then mount -o remount,bind,ro "$2"; fi
}

mount_system() {  # the kernel file systems a root needs to run QGIS and PostgreSQL
  local dir="$1"
  bind /proc "$dir/proc"
  bind /sys "$dir/sys"
  bind /dev "$dir/dev"
  bind /dev/pts "$dir/dev/pts"
  mkdir -p "$dir/dev/shm"
}

in_root() {  # in_root DIR CMD...   (a clean, predictable environment; pip's host settings kept)
  local dir="$1"; shift
  local keep=()
  while IFS='=' read -r k v; do keep+=("$k=$v"); done < <(env | grep -E '^(PIP_[A-Z_]+)=' || true)
  chroot "$dir" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}" \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    DEBIAN_FRONTEND=noninteractive "${keep[@]}" "$@"
}

# --- host configuration copied into a root --------------------------------------------------
copy_host_config() {
  local dir="$1" f
  # CA certificates: the host's bundle (including local additions) replaces the root's.
  mkdir -p "$dir/usr/local/share/ca-certificates" "$dir/etc/ssl/certs"
  cp -a /usr/local/share/ca-certificates/. "$dir/usr/local/share/ca-certificates/" 2>/dev/null || true
  cp -L /etc/ssl/certs/ca-certificates.crt "$dir/etc/ssl/certs/ca-certificates.crt"
  # pip configuration (global, XDG, root's user config) and the local folders it names.
  for f in /etc/pip.conf /etc/xdg/pip /root/.config/pip /root/.pip; do
    [[ -e "$f" ]] || continue
    mkdir -p "$dir$(dirname "$f")"
    cp -a "$f" "$dir$(dirname "$f")/"
  done
  # DNS
  cp -L /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
}

pip_local_dirs() {  # local folders the host's pip configuration points at (find-links, file://)
  local f
  for f in /etc/pip.conf /etc/xdg/pip/pip.conf /root/.config/pip/pip.conf /root/.pip/pip.conf; do
    [[ -f "$f" ]] && grep -hoE '(file://)?/[^ ]+' "$f" | sed 's|^file://||'
  done
  [[ -n "${PIP_FIND_LINKS:-}" ]] && echo "$PIP_FIND_LINKS"
  true
}

bind_pip_dirs() {  # the local package folders pip is configured with, read-only
  local dir="$1" p top
  while read -r p; do
    [[ -d "$p" ]] || continue
    top="$p"; [[ "$p" == */simple ]] && top="$(dirname "$p")"
    bind "$top" "$dir$top" ro
  done < <(pip_local_dirs | sort -u)
}

write_sources() {  # apt sources of a root: the host's archive address, Debian 13 suites
  local dir="$1"
  rm -f "$dir/etc/apt/sources.list"
  {
    printf 'Types: deb\nURIs: %s\nSuites: %s %s-updates %s-backports\nComponents: main\n' \
      "$ARCHIVE" "$RELEASE" "$RELEASE" "$RELEASE"
    printf 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg\n'
    if [[ -n "$SECURITY" ]]; then
      printf '\nTypes: deb\nURIs: %s\nSuites: %s-security\nComponents: main\n' "$SECURITY" "$RELEASE"
      printf 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg\n'
    fi
  } > "$dir/etc/apt/sources.list.d/debian.sources"
}

# --- the base root (cached tarball) ---------------------------------------------------------
BASE_TAR="$CACHE/base-$RELEASE.tar"

make_base() {
  [[ -f "$BASE_TAR" ]] && return 0
  if ! command -v debootstrap >/dev/null; then
    log "installing debootstrap"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
  fi
  local tmp="$CACHE/base-$RELEASE.tmp"
  rm -rf "$tmp"; mkdir -p "$tmp"
  log "debootstrap --variant=minbase $RELEASE from $ARCHIVE (once; cached in $BASE_TAR)"
  debootstrap --variant=minbase "$RELEASE" "$tmp" "$ARCHIVE" >"$CACHE/debootstrap.log" 2>&1 ||
    die "debootstrap failed; see $CACHE/debootstrap.log"
  # Services never start inside a root (PostgreSQL's package would start a cluster).
  printf '#!/bin/sh\nexit 101\n' > "$tmp/usr/sbin/policy-rc.d"
  chmod 755 "$tmp/usr/sbin/policy-rc.d"
  write_sources "$tmp"
  copy_host_config "$tmp"
  mount_system "$tmp"
  in_root "$tmp" apt-get update -qq
  in_root "$tmp" apt-get install -y -qq --no-install-recommends "${BASE_PACKAGES[@]}" >/dev/null
  copy_host_config "$tmp"   # ca-certificates' own bundle replaced the host's
  in_root "$tmp" apt-get clean
  unmount_all
  tar -C "$tmp" -cf "$BASE_TAR.part" . && mv "$BASE_TAR.part" "$BASE_TAR"
  rm -rf "$tmp"
}

new_root_from_base() {  # new_root_from_base DIR
  make_base
  rm -rf "$1"; mkdir -p "$1"
  tar -C "$1" -xf "$BASE_TAR"
}

# --- a QGIS root (cached directory) ---------------------------------------------------------
root_dir() { echo "$CACHE/$1"; }

make_qgis_root() {  # QGIS from the matrix entry's suite, installed before the repo's set-up
  local name="$1" dir suite
  dir="$(root_dir "$name")"; suite="${MATRIX[$name]}"
  if [[ -f "$dir/.ready" ]]; then
    mount_system "$dir"; copy_host_config "$dir"; return 0
  fi
  log "making root $name: Debian $RELEASE + QGIS from $suite (once; cached in $dir)"
  new_root_from_base "$dir"
  mount_system "$dir"
  copy_host_config "$dir"
  in_root "$dir" apt-get update -qq
  in_root "$dir" apt-get install -y -qq -t "$suite" qgis python3-qgis qgis-providers >/dev/null
  touch "$dir/.ready"
}

qgis_version() {
  in_root "$1" /usr/bin/python3 -c 'from qgis.core import Qgis; print(Qgis.QGIS_VERSION.split("-")[0])' 2>/dev/null || echo "?"
}

# The working tree (tracked and new files, not ignored ones) into DIR/work/RegionAtlas, keeping
# the root's own .venv and .build between runs; ../shared beside it, read-only.
sync_tree() {
  local dir="$1" dest="$1/work/RegionAtlas"
  mkdir -p "$dest"
  find "$dest" -mindepth 1 -maxdepth 1 ! -name .venv ! -name .build -exec rm -rf {} +
  (cd "$ROOT" && git ls-files -co --exclude-standard -z | tar --null -T - -cf -) | tar -C "$dest" -xf -
  # a repository of its own with that tree as HEAD: `make package` (git archive) needs one
  git -C "$dest" init -q && git -C "$dest" add -A &&
    git -C "$dest" -c user.name=matrix -c user.email=matrix@localhost -c commit.gpgsign=false \
      commit -qm "working tree for the test matrix"
  bind_shared "$dir"
}

bind_shared() {
  local shared
  shared="$(cd "$ROOT/.." && pwd)/shared"
  if [[ -d "$shared" ]]; then bind "$(readlink -f "$shared")" "$1/work/shared" ro; fi
}

cmd_test_all() {  # every entry of MATRIX_ORDER; fails when any fails
  local name rc=0
  for name in "${MATRIX_ORDER[@]}"; do cmd_test "$name" || rc=1; done
  return "$rc"
}

cmd_test() {
  local name="$1" dir rc=0
  [[ -n "${MATRIX[$name]:-}" ]] || die "unknown matrix entry '$name' (have: ${MATRIX_ORDER[*]})"
  mkdir -p "$CACHE"
  make_qgis_root "$name"
  dir="$(root_dir "$name")"
  bind_pip_dirs "$dir"
  sync_tree "$dir"
  log "QGIS $(qgis_version "$dir") in $dir: make test"
  local junit="/work/RegionAtlas/out/junit-$name.xml"
  in_root "$dir" /bin/bash -c "cd /work/RegionAtlas && mkdir -p out &&
    REGIONATLAS_REQUIRE_POSTGIS=\${REGIONATLAS_REQUIRE_POSTGIS:-1} \
    PYTEST_ADDOPTS='--junitxml=$junit' make test" || rc=$?
  mkdir -p "$ROOT/out"
  if [[ -f "$dir$junit" ]]; then
    cp "$dir$junit" "$ROOT/out/junit-$name.xml"
    echo "$(qgis_version "$dir")" > "$ROOT/out/junit-$name.version"
  fi
  return "$rc"
}

cmd_fresh() {  # the README's two commands on a fresh clone in a fresh root, timed
  local dir="$CACHE/fresh" t0 t1 t2
  mkdir -p "$CACHE"
  new_root_from_base "$dir"
  mount_system "$dir"
  copy_host_config "$dir"
  bind_pip_dirs "$dir"
  mkdir -p "$dir/work"
  git clone -q "$ROOT" "$dir/work/RegionAtlas"
  bind_shared "$dir"
  t0=$(date +%s)
  in_root "$dir" /bin/bash -c "cd /work/RegionAtlas && make demo"
  t1=$(date +%s)
  in_root "$dir" /bin/bash -c "cd /work/RegionAtlas && REGIONATLAS_REQUIRE_POSTGIS=1 \
    PYTEST_ADDOPTS='--junitxml=/work/RegionAtlas/out/junit-fresh.xml' make test"
  t2=$(date +%s)
  log "fresh Debian $RELEASE root, QGIS $(qgis_version "$dir"): make demo $((t1-t0)) s, make test $((t2-t1)) s"
  mkdir -p "$ROOT/out"
  cp "$dir/work/RegionAtlas/out/junit-fresh.xml" "$ROOT/out/junit-fresh.xml" 2>/dev/null || true
  echo "$(qgis_version "$dir")" > "$ROOT/out/junit-fresh.version"
}

cmd_shell() {
  local name="${1:-${MATRIX_ORDER[0]}}" dir
  shift || true
  make_qgis_root "$name"
  dir="$(root_dir "$name")"
  bind_pip_dirs "$dir"
  bind_shared "$dir"
  if (( $# )); then in_root "$dir" /bin/bash -c "cd /work/RegionAtlas 2>/dev/null; $*"
  else in_root "$dir" /bin/bash; fi
}

cmd_screenshot() {  # the notes dock on the desktop of root NAME, into out/screenshot_notes_NAME.png
  local name="${1:-${MATRIX_ORDER[0]}}" script="${2:-screenshot_notes.py}" dir
  make_qgis_root "$name"
  dir="$(root_dir "$name")"
  bind_pip_dirs "$dir"
  sync_tree "$dir"
  in_root "$dir" /bin/bash -c "cd /work/RegionAtlas && bash scripts/setup.sh &&
    RA_SHOT=/work/RegionAtlas/out/screenshot_notes_$name.png bash scripts/screenshot.sh $script"
  mkdir -p "$ROOT/out"
  cp "$dir"/work/RegionAtlas/out/screenshot_notes_"$name"*.png "$ROOT/out/"
}

main() {
  [[ "${1:-test}" == names || $(id -u) -eq 0 ]] || die "needs root (debootstrap, chroot, mount)"
  case "${1:-test}" in
    test) shift || true; if (( $# )); then cmd_test "$1"; else cmd_test_all; fi ;;
    fresh) cmd_fresh ;;
    shell) shift; cmd_shell "$@" ;;
    screenshot) shift; cmd_screenshot "$@" ;;
    names) echo "${MATRIX_ORDER[*]}" ;;
    *) die "usage: scripts/matrix.sh test|fresh|shell|screenshot|names [NAME]" ;;
  esac
}

# One line, so that editing this file while it runs cannot feed bash half a command.
main "$@"; exit $?
