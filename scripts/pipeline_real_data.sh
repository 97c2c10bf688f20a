#!/usr/bin/env bash
# The bundled pipeline model on real data (../shared/data), through qgis_process, into
# out/real/: Norrbotten (14 municipalities, tätorter 2020, SCB commuting 2023) and Norway
# (356 municipalities, SSB commuting 2022, municipality points as nodes).
# RA_LANG=sv: everything in Swedish (legends, layer names, numbers), into out/real_sv/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${REGIONATLAS_SHARED_DATA:-$ROOT/../shared/data}"
RA_LANG="${RA_LANG:-en}"
if [[ "$RA_LANG" == en ]]; then OUT="${OUT:-$ROOT/out/real}"; else OUT="${OUT:-$ROOT/out/real_$RA_LANG}"; fi
QP="$ROOT/scripts/qgis_process.sh"
if [[ "$RA_LANG" == sv ]]; then
  T_NORWAY=Norge T_SWEDEN=Sverige
  T_SUB="Kommunernas största pendlingsdestination, LA-regioner 2022"
  T_SOURCE="Källa: SCB, lokala arbetsmarknader 2022; tätorter 2020"
else
  T_NORWAY=Norway T_SWEDEN=Sweden
  T_SUB="Each municipality's largest commuting destination, LA regions 2022"
  T_SOURCE="Source: SCB (Statistics Sweden), local labour markets 2022; localities 2020"
fi
# the language QGIS (and so RegionAtlas) runs in: the profile's locale settings
source "$ROOT/scripts/env.sh"
mkdir -p "$QGIS_CUSTOM_CONFIG_PATH/profiles/default/QGIS"
"$ROOT/.venv/bin/python" - "$QGIS_CUSTOM_CONFIG_PATH/profiles/default/QGIS/QGIS3.ini" "$RA_LANG" <<'PY'
import configparser, sys
path, lang = sys.argv[1:3]
locale = {"sv": "sv_SE", "en": "en_GB"}.get(lang, lang)
cfg = configparser.RawConfigParser(); cfg.optionxform = str; cfg.read(path)
if not cfg.has_section("locale"): cfg.add_section("locale")
cfg.set("locale", "overrideFlag", "true")
cfg.set("locale", "userLocale", locale); cfg.set("locale", "globalLocale", locale)
with open(path, "w") as fh: cfg.write(fh, space_around_delimiters=False)
PY
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
  BORDER_FIELD=fylke "TITLE=$T_NORWAY" "export_pdf:OUTPUT_FOLDER=$OUT/norway" \
  > "$OUT/norway.log" 2>&1 || { tail -30 "$OUT/norway.log"; exit 1; }
ls -la "$OUT"/norrbotten "$OUT"/norway

# Sweden, all 290 municipalities. There is no full Swedish OD table in ../shared/data, so the
# corridors are built from what SCB publishes with the LA 2022 regions (scb_la_2022.csv): each
# municipality's largest destination and p2, the share of its employed residents working there.
# Flow i -> largest destination = p2 x the municipality's population in tätorter 2020 (a proxy
# for its employed residents). Nodes: the municipalities (ranked by that population), regions:
# SCB's LA 2022, borders: between counties (the first two digits of the municipality code).
echo "structure image: Sweden"
mkdir -p "$OUT/sweden"
PYTHONPATH="$ROOT/.build/plugins:${PYTHONPATH:-}" \
  "$ROOT/.venv/bin/python" - "$DATA/sweden" "$OUT/sweden" "$RA_LANG" <<'PY'
import csv, sys
from osgeo import ogr
from RegionAtlas.regionatlas.numbers import format_number, format_range
data, out, lang = sys.argv[1:4]
pop = {}
tatorter = ogr.Open(f"{data}/tatorter2020_3006.gpkg")  # keep the data sources open
for f in tatorter.GetLayer(0):
    pop[f["mun_code"]] = pop.get(f["mun_code"], 0) + (f["pop"] or 0)
kommuner = ogr.Open(f"{data}/kommuner_3006.gpkg")
src = kommuner.GetLayer(0)
drv = ogr.GetDriverByName("GPKG")
ds = drv.CreateDataSource(f"{out}/kommuner.gpkg")
lyr = ds.CreateLayer("kommuner", src.GetSpatialRef(), ogr.wkbMultiPolygon)
for name, kind in (("code", ogr.OFTString), ("name", ogr.OFTString), ("lan", ogr.OFTString),
                   ("pop", ogr.OFTInteger), ("rank", ogr.OFTInteger),
                   ("class", ogr.OFTString)):
    lyr.CreateField(ogr.FieldDefn(name, kind))
# classes by population: regional centres and the rest (SCB municipality groups' sizes),
# named with their bounds as the language writes numbers ("50 000–199 999" in Swedish)
breaks = (200_000, 50_000, 20_000, 8_000)
inhabitants = {"sv": "inv."}.get(lang, "inhabitants")
names = ["≥ " + format_number(breaks[0], 0, lang)]
names += [format_range(lo, hi - 1, 0, lang) for lo, hi in zip(breaks[1:], breaks)]
names += ["< " + format_number(breaks[-1], 0, lang)]
names = [f"{n} {inhabitants}" for n in names]
for f in src:
    p = pop.get(f["code"], 0)
    g = ogr.Feature(lyr.GetLayerDefn())
    g.SetField("code", f["code"]); g.SetField("name", f["name"]); g.SetField("lan", f["code"][:2])
    g.SetField("pop", p); g.SetField("rank", 1 + sum(p < b for b in breaks))
    g.SetField("class", names[sum(p < b for b in breaks)])
    g.SetGeometry(f.GetGeometryRef().Clone()); lyr.CreateFeature(g)
ds = None
with open(f"{data}/scb_la_2022.csv", encoding="utf-8") as fh, \
        open(f"{out}/largest_destination_flows.csv", "w", newline="", encoding="utf-8") as out_fh:
    w = csv.writer(out_fh); w.writerow(["o", "d", "n"])
    for row in csv.DictReader(fh):
        w.writerow([row["kommun_kod"], row["largest_destination"],
                    round(float(row["p2"]) * pop.get(row["kommun_kod"], 0))])
PY
"$QP" run regionatlas:structureimage -- \
  "NODES=$OUT/sweden/kommuner.gpkg" NAME_FIELD=name RANK_FIELD=rank CLASS_FIELD=class SIZE_FIELD=pop \
  BORDER_FIELD=lan NODE_ID_FIELD=code "FLOWS=$OUT/sweden/largest_destination_flows.csv" \
  ORIGIN_FIELD=o DESTINATION_FIELD=d COUNT_FIELD=n \
  "REGIONS=$DATA/sweden/la2022_3006.gpkg" REGION_FIELD=code REGION_NAME_FIELD=name \
  "BORDERS=$OUT/sweden/kommuner.gpkg" BORDERS_FIELD=lan \
  "OUTPUT_NODES=$OUT/sweden/nodes.gpkg" "OUTPUT_CORRIDORS=$OUT/sweden/corridors.gpkg" \
  "OUTPUT_BORDER_LINKS=$OUT/sweden/border_links.gpkg" "OUTPUT_REGIONS=$OUT/sweden/regions.gpkg" \
  "OUTPUT_BORDERS=$OUT/sweden/borders.gpkg" > "$OUT/sweden.log" 2>&1 \
  || { tail -30 "$OUT/sweden.log"; exit 1; }
META="$(grep -P '^METADATA:\t' "$OUT/sweden.log" | cut -f2-)"
"$QP" run regionatlas:exportstructureimage -- "PARAMETERS_TEXT=$META" \
  "LAYERS=$OUT/sweden/nodes.gpkg" "LAYERS=$OUT/sweden/border_links.gpkg" \
  "LAYERS=$OUT/sweden/corridors.gpkg" "LAYERS=$OUT/sweden/borders.gpkg" \
  "LAYERS=$OUT/sweden/regions.gpkg" FORMAT=3 DPI=150 "TITLE=$T_SWEDEN" \
  "SUBTITLE=$T_SUB" "SOURCE_TEXT=$T_SOURCE" \
  "OUTPUT_FOLDER=$OUT/sweden" >> "$OUT/sweden.log" 2>&1 || { tail -30 "$OUT/sweden.log"; exit 1; }
ls -la "$OUT"/sweden
