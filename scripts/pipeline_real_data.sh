#!/usr/bin/env bash
# The bundled pipeline model on real data (../shared/data), through qgis_process, into
# out/real/: Norrbotten (14 municipalities, tätorter 2020, SCB commuting 2023) and Norway
# (356 municipalities, SSB commuting 2022, municipality points as nodes).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${REGIONATLAS_SHARED_DATA:-$ROOT/../shared/data}"
OUT="${OUT:-$ROOT/out/real}"
QP="$ROOT/scripts/qgis_process.sh"
mkdir -p "$OUT/norrbotten" "$OUT/norway"
# County (län / fylke) = the first two digits of the municipality code: add it as a field.
rm -f "$OUT/norrbotten_kommuner.gpkg" "$OUT/norway_kommuner.gpkg"
ogr2ogr -f GPKG "$OUT/norrbotten_kommuner.gpkg" "$DATA/sweden/kommuner_3006.gpkg" -nln kommuner \
  -sql "SELECT *, substr(code, 1, 2) AS lan FROM kommuner WHERE code LIKE '25%'"
ogr2ogr -f GPKG "$OUT/norway_kommuner.gpkg" "$DATA/norway/kommuner2020_4326.gpkg" -nln kommuner \
  -makevalid -sql "SELECT *, substr(KOMMUNENR, 1, 2) AS fylke FROM kommuner2020"

echo "pipeline: Norrbotten"
"$QP" run regionatlas:pipeline -- \
  INPUT="$DATA/sweden/norrbotten_commuting_2023.csv" ORIGIN_FIELD=residence_code \
  DESTINATION_FIELD=workplace_code COUNT_FIELD=employed \
  "ZONES=$OUT/norrbotten_kommuner.gpkg" ZONES_ID_FIELD=code ZONES_NAME_FIELD=name BORDER_FIELD=lan \
  "SETTLEMENTS=$DATA/sweden/tatorter2020_3006.gpkg|layername=tatorter|subset=\"lan_code\" = '25'" \
  SETTLEMENTS_ID_FIELD=code SETTLEMENTS_NAME_FIELD=name SETTLEMENTS_ZONE_FIELD=mun_code \
  SETTLEMENTS_BORDER_FIELD=lan_code POPULATION_FIELD=pop TITLE=Norrbotten \
  "export_pdf:OUTPUT_FOLDER=$OUT/norrbotten" > "$OUT/norrbotten.log" 2>&1 \
  || { tail -30 "$OUT/norrbotten.log"; exit 1; }

echo "pipeline: Norway"
"$QP" run regionatlas:pipeline -- \
  INPUT="$DATA/norway/commuting_2022.csv" ORIGIN_FIELD=home_kommune \
  DESTINATION_FIELD=work_kommune COUNT_FIELD=employed \
  "ZONES=$OUT/norway_kommuner.gpkg" ZONES_ID_FIELD=KOMMUNENR ZONES_NAME_FIELD=NAVN \
  BORDER_FIELD=fylke TITLE=Norge "export_pdf:OUTPUT_FOLDER=$OUT/norway" \
  > "$OUT/norway.log" 2>&1 || { tail -30 "$OUT/norway.log"; exit 1; }
ls -la "$OUT"/norrbotten "$OUT"/norway
