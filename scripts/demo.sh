#!/usr/bin/env bash
# The main job on the bundled sample region, through qgis_process, into out/:
# the bundled model regionatlas:pipeline (commuting indicators -> commuting regions ->
# dominant flows -> settlement hierarchy -> structure image -> PDF and PNG, with the service
# areas of the health centres (vardcentral) on the sample's roads drawn in the structure image
# and the nearest health centre per population point and municipality), with every
# intermediate layer kept in out/pipeline.gpkg, plus the flow lines.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="${OUT:-$ROOT/out}"
mkdir -p "$OUT"
QP="${QP:-$ROOT/scripts/qgis_process.sh}"   # QP=...: another qgis_process (check_package.sh)

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

rm -rf "$OUT/pipeline.gpkg" "$OUT/flowlines.gpkg" "$OUT/structure_image" "$OUT/webatlas"
mkdir -p "$OUT/structure_image"
PIPE="$OUT/pipeline.gpkg"
run pipeline "${OD[@]}" "${ZONES[@]}" --ZONES_NAME_FIELD=namn --BORDER_FIELD=lanskod \
    --SETTLEMENTS="$GPKG|layername=tatorter" --SETTLEMENTS_ID_FIELD=tatort_id \
    --SETTLEMENTS_NAME_FIELD=namn --SETTLEMENTS_ZONE_FIELD=kommunkod \
    --SETTLEMENTS_BORDER_FIELD=lanskod --POPULATION_FIELD=population --TITLE=Exempelregion \
    --NETWORK="$GPKG|layername=vagar" --SPEED_FIELD=hastighet --ONEWAY_FIELD=oneway \
    --MAX_SNAP=3000 --CONNECTOR_SPEED=30 \
    "--SERVICE_POINTS=$GPKG|layername=service|subset=\"kategori\" = 'vardcentral'" \
    --SERVICE_ID_FIELD=service_id --SERVICE_CATEGORY_FIELD=kategori --THRESHOLDS=10,20,30 \
    --ORIGINS="$GPKG|layername=befolkning" --ORIGINS_ID_FIELD=ruta_id \
    --ORIGINS_POPULATION_FIELD=befolkning \
    "--indicators:INDICATORS=ogr:dbname='$PIPE' table=\"commuting_indicators\" (geom)" \
    "--regions:COMMUTING_REGIONS=ogr:dbname='$PIPE' table=\"commuting_regions\" (geom)" \
    "--dominantflows:DOMINANT_NODES=ogr:dbname='$PIPE' table=\"dominant_nodes\" (geom)" \
    "--dominantflows:DOMINANT_LINKS=ogr:dbname='$PIPE' table=\"dominant_links\" (geom)" \
    "--hierarchy:HIERARCHY=ogr:dbname='$PIPE' table=\"settlement_hierarchy\" (geom)" \
    "--structureimage:NODES=ogr:dbname='$PIPE' table=\"structure_nodes\" (geom)" \
    "--structureimage:CORRIDORS=ogr:dbname='$PIPE' table=\"structure_corridors\" (geom)" \
    "--structureimage:BORDER_LINKS=ogr:dbname='$PIPE' table=\"structure_border_links\" (geom)" \
    "--structureimage:REGIONS=ogr:dbname='$PIPE' table=\"structure_regions\" (geom)" \
    "--structureimage:SERVICE_AREAS=ogr:dbname='$PIPE' table=\"structure_service_areas\" (geom)" \
    "--serviceareas:SERVICE_AREAS=ogr:dbname='$PIPE' table=\"service_areas_vardcentral\" (geom)" \
    "--accessibility:ACCESSIBILITY=ogr:dbname='$PIPE' table=\"accessibility_vardcentral\" (geom)" \
    "--accessibility:ACCESSIBILITY_ZONES=ogr:dbname='$PIPE' table=\"accessibility_vardcentral_kommuner\" (geom)" \
    "--export_pdf:OUTPUT_FOLDER=$OUT/structure_image"
run flowlines "${OD[@]}" "${ZONES[@]}" --BORDER_FIELD=lanskod --K_LARGEST=3 \
    --OUTPUT="$OUT/flowlines.gpkg"
# The web atlas of the results (regionatlas:exportwebatlas): out/webatlas/index.html.
run exportwebatlas --TITLE=Exempelregion \
    "--LAYERS=$PIPE|layername=commuting_regions" "--LAYERS=$OUT/flowlines.gpkg" \
    "--LAYERS=$PIPE|layername=structure_nodes" --OUTPUT_FOLDER="$OUT/webatlas"

# Accessibility on the sample's road network (vagar) into out/accessibility/; the
# population points reach the network at 30 km/h (small roads that the network leaves out).
ACC="$OUT/accessibility"
rm -rf "$ACC" && mkdir -p "$ACC"
NET=(--NETWORK="$GPKG|layername=vagar" --SPEED_FIELD=hastighet --ONEWAY_FIELD=oneway
     --MAX_SNAP=3000 --CONNECTOR_SPEED=30)
run_as() {
  local log="$1" alg="$2"; shift 2
  echo "demo: qgis_process run regionatlas:$alg ($log)"
  "$QP" run "regionatlas:$alg" "$@" > "$ACC/$log.log" 2>&1 || { cat "$ACC/$log.log"; exit 1; }
}
run_as service accessibility "${NET[@]}" "${ZONES[@]}" \
    --ORIGINS="$GPKG|layername=befolkning" --ORIGINS_ID_FIELD=ruta_id \
    --POPULATION_FIELD=befolkning --DESTINATIONS="$GPKG|layername=service" \
    --DESTINATIONS_ID_FIELD=service_id --CATEGORY_FIELD=kategori --MEASURES=0 \
    --OUTPUT="$ACC/service.gpkg" --OUTPUT_ZONES="$ACC/service_kommuner.gpkg"
run_as jobs accessibility "${NET[@]}" "${ZONES[@]}" \
    --ORIGINS="$GPKG|layername=befolkning" --ORIGINS_ID_FIELD=ruta_id \
    --POPULATION_FIELD=befolkning --DESTINATIONS="$GPKG|layername=tatorter" \
    --DESTINATIONS_ID_FIELD=tatort_id --OPPORTUNITY_FIELD=jobs --MEASURES=1,2 \
    --THRESHOLDS=30,45,60 --OUTPUT="$ACC/jobs.gpkg" --OUTPUT_ZONES="$ACC/jobs_kommuner.gpkg"
run_as serviceareas serviceareas "${NET[@]}" \
    --DESTINATIONS="$GPKG|layername=service|subset=\"kategori\" = 'vardcentral'" \
    --DESTINATIONS_ID_FIELD=service_id --THRESHOLDS=10,20,30 \
    --OUTPUT="$ACC/serviceareas_vardcentral.gpkg"
run_as traveltimes traveltimes "${NET[@]}" \
    --ORIGINS="$GPKG|layername=tatorter" --ORIGINS_ID_FIELD=tatort_id \
    --DESTINATIONS="$GPKG|layername=tatorter" --DESTINATIONS_ID_FIELD=tatort_id \
    --MAX_MINUTES=60 --OUTPUT="$ACC/traveltimes.gpkg"

echo "demo: wrote"
for f in "$OUT"/sample/* "$OUT"/*.gpkg "$OUT"/structure_image/* "$OUT"/accessibility/*.gpkg "$OUT"/webatlas/index.html; do
  [[ -e "$f" ]] && printf '  %-60s %8s bytes\n' "${f#$ROOT/}" "$(stat -c %s "$f")"
done
if command -v ogrinfo >/dev/null; then
  echo "demo: layers in out/pipeline.gpkg"
  ogrinfo -so -q "$PIPE" 2>/dev/null | sed 's/^/  /'
fi
exit 0
