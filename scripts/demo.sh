#!/usr/bin/env bash
# The main job on the bundled sample region, through qgis_process, into out/.
# Grows with the pipeline: indicators and flow lines now; regions, hierarchy and the
# structure-image PDF/PNG as those algorithms land.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="${OUT:-$ROOT/out}"
mkdir -p "$OUT"
QP="$ROOT/scripts/qgis_process.sh"

echo "demo: generating the sample region (Exempelregion)"
.venv/bin/python resources/sample/generate_sample.py "$OUT/sample"
GPKG="$OUT/sample/exempelregion.gpkg"
CSV="$OUT/sample/exempelregion_pendling.csv"
YEAR=2023
OD=(--INPUT="$CSV" --ORIGIN_FIELD=bostadskommun --DESTINATION_FIELD=arbetskommun
    --COUNT_FIELD=forvarvsarbetande --YEAR_FIELD=ar --YEAR=$YEAR)
ZONES=(--ZONES="$GPKG|layername=kommuner" --ZONES_ID_FIELD=kommunkod)

run() {
  local alg="$1"; shift
  echo "demo: qgis_process run regionatlas:$alg"
  "$QP" run "regionatlas:$alg" "$@" > "$OUT/$alg.log" 2>&1 || { cat "$OUT/$alg.log"; exit 1; }
}

rm -f "$OUT/commuting_indicators.gpkg" "$OUT/flowlines.gpkg"
run commutingindicators "${OD[@]}" "${ZONES[@]}" --OUTPUT="$OUT/commuting_indicators.gpkg"
run flowlines "${OD[@]}" "${ZONES[@]}" --BORDER_FIELD=lanskod --K_LARGEST=3 \
    --OUTPUT="$OUT/flowlines.gpkg"

echo "demo: wrote"
for f in "$OUT"/sample/* "$OUT"/*.gpkg "$OUT"/*.pdf "$OUT"/*.png; do
  [[ -e "$f" ]] && printf '  %-60s %8s bytes\n' "${f#$ROOT/}" "$(stat -c %s "$f")"
done
exit 0
