<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
  <context>
    <name>RegionAtlas</name>
    <message>
      <location filename="processing/od_input.py" line="293" />
      <source> and {n} more</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plugin.py" line="60" />
      <source>&amp;RegionAtlas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="138" />
      <source>A year was given but no year field: choose the year field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="250" />
      <source>A zone (feature id {fid}) has no value in '{field}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plugin.py" line="90" />
      <location filename="plugin.py" line="160" />
      <source>About RegionAtlas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/flowlines.py" line="111" />
      <source>Border field of the zones (county or country)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/base.py" line="87" />
      <location filename="processing/od_input.py" line="150" />
      <source>Cancelled by the user.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/base.py" line="86" />
      <source>Cancelled: no output was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="315" />
      <source>Check the id fields (leading zeros?) or choose 'Drop those flows and warn'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="232" />
      <source>Choose the zone id field (ZONES_ID_FIELD).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/flowlines.py" line="154" />
      <source>Choose the zones (ZONES) to draw lines between.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="111" />
      <source>Choose the {label}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/base.py" line="31" />
      <source>Commuting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="55" />
      <source>Commuting OD table (layer, table or CSV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/flowlines.py" line="73" />
      <location filename="processing/flowlines.py" line="236" />
      <source>Commuting flow lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plugin.py" line="81" />
      <source>Commuting flow lines…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/commutingindicators.py" line="37" />
      <location filename="processing/commutingindicators.py" line="120" />
      <location filename="processing/commutingindicators.py" line="70" />
      <source>Commuting indicators</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plugin.py" line="75" />
      <source>Commuting indicators…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/base.py" line="32" />
      <source>Commuting regions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/commutingindicators.py" line="40" />
      <source>Computes, for every unit (municipality, zone) of a commuting OD table, the indicators used to delineate labour-market regions: employed residents R (row sum), jobs W (column sum), the flow within the unit, out- and in-commuters, net commuting W - R, self-containment on the supply side (F[i,i]/R) and the demand side (F[i,i]/W), the job ratio W/R, the largest destination outside the unit (ties: smallest id) and SCB's p1 (share working in another unit) and p2 (share working in the largest destination).&lt;br&gt;&lt;br&gt;Source: SCB, Lokala arbetsmarknader - method description; RegionAtlas spec commuting-regions.md.&lt;br&gt;&lt;br&gt;&lt;b&gt;Parameters&lt;/b&gt;&lt;br&gt;&lt;i&gt;Commuting OD table&lt;/i&gt;: one row per origin-destination pair; a CSV path works (all fields text). Duplicate pairs are summed, zero rows ignored; a missing id, a non-numeric, negative, NaN or infinite count stops with the row named.&lt;br&gt;&lt;i&gt;Origin / destination / count field&lt;/i&gt;: home unit, work unit, employed persons.&lt;br&gt;&lt;i&gt;Year field / Year to use&lt;/i&gt;: pick one year of a multi-year table.&lt;br&gt;&lt;i&gt;Zones&lt;/i&gt; (optional) with &lt;i&gt;zone id field&lt;/i&gt;: the output is then the zones with the indicators joined (a styled map); zones without commuting get zeros. &lt;i&gt;When OD ids are missing from the zones&lt;/i&gt;: fail (default) or drop those flows and warn.&lt;br&gt;&lt;i&gt;Output&lt;/i&gt;: a table (or the zones) with unit_id, employed_residents, jobs, self_flow, out_commuters, in_commuters, net_commuting, sc_supply, sc_demand, job_ratio, largest_destination, p1, p2. Ratios with a zero denominator are NULL.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="71" />
      <source>Count field (employed persons)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/flowlines.py" line="130" />
      <source>Cumulative share of out-commuting per origin (0 = off)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="66" />
      <source>Destination (work unit) field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/flowlines.py" line="76" />
      <source>Draws commuting flows as straight lines between the representative points of the zones (a point inside each polygon, or the point itself), with the flow, the reverse flow, their total and the flow's share of the origin's out-commuting. Flows within a unit are never drawn. A bundled style draws wider lines for larger flows, larger flows below smaller ones, and cross-border flows dashed.&lt;br&gt;&lt;br&gt;Source: RegionAtlas spec structure-image.md (corridor derivation) and commuting-regions.md (notation).&lt;br&gt;&lt;br&gt;&lt;b&gt;Parameters&lt;/b&gt;&lt;br&gt;&lt;i&gt;Commuting OD table&lt;/i&gt;, &lt;i&gt;origin / destination / count field&lt;/i&gt;, &lt;i&gt;year&lt;/i&gt;: as in Commuting indicators.&lt;br&gt;&lt;i&gt;Zones&lt;/i&gt;: polygons or points with a unique &lt;i&gt;zone id field&lt;/i&gt; matching the OD ids (text; leading zeros matter). Invalid polygons are repaired and reported. Zones in a geographic CRS (degrees) are projected to the local UTM zone and the lines are written in that CRS (the log says which).&lt;br&gt;&lt;i&gt;Border field&lt;/i&gt; (optional): a county or country field of the zones; &lt;i&gt;cross_border&lt;/i&gt; is true when the two ends differ in it (never guessed from geometry).&lt;br&gt;&lt;i&gt;Minimum flow&lt;/i&gt;: drop smaller flows (0 = off).&lt;br&gt;&lt;i&gt;k largest per origin&lt;/i&gt;: keep each origin's k largest flows (0 = off; default 3).&lt;br&gt;&lt;i&gt;Cumulative share per origin&lt;/i&gt;: keep each origin's largest flows until they reach this share of its out-commuting (0 = off).&lt;br&gt;All active filters must hold.&lt;br&gt;&lt;i&gt;One line per pair&lt;/i&gt;: merge both directions into one line (flow = sum).&lt;br&gt;&lt;i&gt;Width classes&lt;/i&gt;: number of classes, equal steps on a log scale between the smallest and largest kept flow.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="101" />
      <source>Drop those flows and warn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="101" />
      <source>Fail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/flowlines.py" line="145" />
      <source>Flow lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plugin.py" line="87" />
      <source>Load the sample region (Exempelregion)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/flowlines.py" line="118" />
      <source>Minimum flow (0 = off)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plugin.py" line="67" />
      <source>Missing Python packages…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/flowlines.py" line="195" />
      <source>No flow is left after the filters (minimum flow {m}, k largest {k}, cumulative share {s}); relax them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="320" />
      <source>No flows remain after dropping the ids missing from the zones.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="172" />
      <source>No row has year {year} in field '{field}'. Years present: {years}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="188" />
      <source>OD table: {rows} rows, {units} units, {flows} flows, {total} persons.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/flowlines.py" line="135" />
      <source>One line per pair (both directions)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plugin.py" line="156" />
      <source>Optional packages not installed: {names}. Install: {command}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="61" />
      <source>Origin (home unit) field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/commutingindicators.py" line="73" />
      <location filename="processing/flowlines.py" line="148" />
      <source>Provenance (JSON)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plugin.py" line="62" />
      <location filename="plugin.py" line="145" />
      <location filename="plugin.py" line="70" />
      <source>RegionAtlas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plugin.py" line="138" />
      <source>RegionAtlas needs Python packages that QGIS cannot import: {names}. Install: {command}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/provider.py" line="36" />
      <source>RegionAtlas {version}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plugin.py" line="152" />
      <source>RegionAtlas {version}: regional strategic planning in QGIS.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/sample_loader.py" line="42" />
      <source>Sample region loaded from {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/base.py" line="33" />
      <source>Settlement structure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/base.py" line="35" />
      <source>Stakeholder notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/base.py" line="34" />
      <source>Structure image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="127" />
      <source>The OD table (INPUT) could not be opened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="116" />
      <source>The OD table has no field '{field}' ({label}). Its fields are: {names}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="166" />
      <source>The table holds several years ({years}): choose one in 'Year to use'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/flowlines.py" line="162" />
      <source>The zones are in a geographic CRS ({source}); the flow lines were computed and written in {target} so that lengths are in metres.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/flowlines.py" line="169" />
      <source>The zones have no CRS; lengths assume metres.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="236" />
      <source>The zones have no field '{field}'. Their fields are: {names}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="317" />
      <source>Those flows were dropped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="100" />
      <source>When OD ids are missing from the zones</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/flowlines.py" line="139" />
      <source>Width classes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="76" />
      <source>Year field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="80" />
      <source>Year to use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="264" />
      <source>Zone '{id}' has an invalid geometry that could not be repaired.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="94" />
      <source>Zone id field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="272" />
      <source>Zone ids must be unique; these occur more than once in '{field}': {ids}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="90" />
      <source>Zones (units)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="132" />
      <source>count field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="130" />
      <source>destination field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/flowlines.py" line="124" />
      <source>k largest flows per origin (0 = off)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="128" />
      <source>origin field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="134" />
      <source>year field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/flowlines.py" line="241" />
      <source>{c} of them join zones with different '{field}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/flowlines.py" line="237" />
      <source>{n} flow lines written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/flowlines.py" line="233" />
      <source>{n} flows have an end without geometry and were not drawn.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/flowlines.py" line="191" />
      <source>{n} flows within a unit are not drawn.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="309" />
      <source>{n} id(s) of the OD table are not in the zones' field '{field}': {ids} ({persons} persons in their flows).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="278" />
      <source>{n} invalid zone geometries were repaired (makeValid): {ids}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/commutingindicators.py" line="122" />
      <source>{n} units; {centres} with p1 &lt;= 0.20 and p2 &lt;= 0.075 (SCB centre rule).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/commutingindicators.py" line="105" />
      <source>{n} zone(s) have no commuting in the OD table; they get zeros: {ids}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/od_input.py" line="284" />
      <source>{n} zones have no geometry and get no lines: {ids}.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
