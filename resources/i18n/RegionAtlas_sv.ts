<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
  <context>
    <name>RegionAtlas</name>
    <message>
      <location filename="processing/zone_input.py" line="145" />
      <source> and {n} more</source>
      <translation> och {n} till</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="258" />
      <source>"fallback" must be the name of a class (text).</source>
      <translation>"fallback" måste vara namnet på en klass (text).</translation>
    </message>
    <message>
      <location filename="plugin.py" line="78" />
      <source>&amp;RegionAtlas</source>
      <translation>&amp;RegionAtlas</translation>
    </message>
    <message>
      <location filename="regionatlas/structureimage/corridors.py" line="83" />
      <source>'k largest per node' must be a whole number &gt;= 1 (got {value}).</source>
      <translation>'k största per nod' måste vara ett heltal &gt;= 1 (angivet värde: {value}).</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/flowlines.py" line="59" />
      <source>'k largest per origin' must be at least 1 (got {value}).</source>
      <translation>'k största per ursprung' måste vara minst 1 (angivet värde: {value}).</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/geodata.py" line="79" />
      <source>'{county}' is not a county code (two digits).</source>
      <translation>'{county}' är ingen länskod (två siffror).</translation>
    </message>
    <message>
      <location filename="regionatlas/accessibility/speeds.py" line="212" />
      <source>'{field}' has values that are not a direction: {values} (e.g. line {line}). Use yes/1/true (one way along the line), -1 (against it) or no/0/empty.</source>
      <translation>'{field}' har värden som inte är en riktning: {values} (t.ex. linje {line}). Använd yes/1/true (enkelriktat i linjens riktning), -1 (mot den) eller no/0/tomt.</translation>
    </message>
    <message>
      <location filename="processing/guards.py" line="154" />
      <source>'{name}' is a reserved device name on Windows</source>
      <translation>'{name}' är ett reserverat enhetsnamn i Windows</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/commuting.py" line="195" />
      <source>'{part}' is not of the form variable=code,code (parts separated by ';').</source>
      <translation>'{part}' har inte formen variabel=kod,kod (delar åtskilda med ';').</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/commuting.py" line="202" />
      <source>'{part}' names no variable or no code.</source>
      <translation>'{part}' anger ingen variabel eller ingen kod.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/query.py" line="54" />
      <source>'{table}' is not a table id of the PxWeb API.</source>
      <translation>'{table}' är inte ett tabell-id i PxWeb-API:et.</translation>
    </message>
    <message>
      <location filename="ui/notes_list.py" line="55" />
      <location filename="ui/notes_list.py" line="67" />
      <source>(all)</source>
      <translation>(alla)</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="199" />
      <source>(final region: {region})</source>
      <translation>(slutlig region: {region})</translation>
    </message>
    <message>
      <location filename="ui/notes_list.py" line="67" />
      <source>(none)</source>
      <translation>(ingen)</translation>
    </message>
    <message>
      <location filename="ui/dependency_dialog.py" line="77" />
      <source>(not found)</source>
      <translation>(hittades inte)</translation>
    </message>
    <message>
      <location filename="ui/notes_store.py" line="56" />
      <source>(read-only)</source>
      <translation>(skrivskyddad)</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy.py" line="167" />
      <location filename="processing/settlementhierarchy.py" line="162" />
      <source>(unnamed)</source>
      <translation>(namnlös)</translation>
    </message>
    <message>
      <location filename="ui/stakeholder_register.ui" line="324" />
      <source>1 informed … 5 co-deciding</source>
      <translation>1 informerad … 5 medbestämmande</translation>
    </message>
    <message>
      <location filename="processing/zone_input.py" line="126" />
      <source>1 invalid zone geometry was repaired (makeValid): {ids}.</source>
      <translation>1 ogiltig zongeometri reparerades (makeValid): {ids}.</translation>
    </message>
    <message>
      <location filename="processing/zone_input.py" line="134" />
      <source>1 zone has no geometry and gets no lines: {ids}.</source>
      <translation>1 zon saknar geometri och får inga linjer: {ids}.</translation>
    </message>
    <message>
      <location filename="processing/degurba_params.py" line="64" />
      <source>2021 manual</source>
      <translation>2021 års manual</translation>
    </message>
    <message>
      <location filename="processing/degurba_params.py" line="64" />
      <source>2024 update</source>
      <translation>2024 års uppdatering</translation>
    </message>
    <message>
      <location filename="processing/accessibility.py" line="147" />
      <source>2SFCA</source>
      <translation>2SFCA</translation>
    </message>
    <message>
      <location filename="regionatlas/accessibility/measures.py" line="187" />
      <source>2SFCA needs the population of the origins (POPULATION_FIELD).</source>
      <translation>2SFCA behöver startpunkternas befolkning (POPULATION_FIELD).</translation>
    </message>
    <message>
      <location filename="processing/serviceareas.py" line="59" />
      <source>&lt;br&gt;&lt;i&gt;Destinations&lt;/i&gt; with a unique id field.&lt;br&gt;&lt;i&gt;Thresholds&lt;/i&gt;: minutes, comma separated (default 10,20,30).&lt;br&gt;&lt;i&gt;Buffer&lt;/i&gt; (m) around the reached roads.</source>
      <translation>&lt;br&gt;&lt;i&gt;Målpunkter&lt;/i&gt; med ett unikt id-fält.&lt;br&gt;&lt;i&gt;Tidsgränser&lt;/i&gt;: minuter, kommaseparerade (standard 10,20,30).&lt;br&gt;&lt;i&gt;Buffert&lt;/i&gt; (m) runt de nådda vägarna.</translation>
    </message>
    <message>
      <location filename="processing/exportnotes.py" line="76" />
      <source>&lt;br&gt;&lt;i&gt;Notes with their features&lt;/i&gt;: the layer (a GeoPackage by default). Features of mixed geometry types are written as points.&lt;br&gt;&lt;i&gt;Notes as CSV&lt;/i&gt;: the same rows as a UTF-8 CSV.&lt;br&gt;&lt;i&gt;Geometry in the CSV&lt;/i&gt;: the x and y of a point inside each feature (in the store's CRS, to the centimetre; opens in a spreadsheet and as a point layer), the geometry as WKT, or no geometry.</source>
      <translation>&lt;br&gt;&lt;i&gt;Anteckningar med sina objekt&lt;/i&gt;: lagret (som standard en GeoPackage). Objekt med blandade geometrityper skrivs som punkter.&lt;br&gt;&lt;i&gt;Anteckningar som CSV&lt;/i&gt;: samma rader som en CSV i UTF-8.&lt;br&gt;&lt;i&gt;Geometri i CSV-filen&lt;/i&gt;: x och y för en punkt inuti varje objekt (i lagrets referenssystem, på centimetern; öppnas i ett kalkylark och som punktlager), geometrin som WKT, eller ingen geometri.</translation>
    </message>
    <message>
      <location filename="processing/accessibility.py" line="94" />
      <source>&lt;br&gt;&lt;i&gt;Origins&lt;/i&gt; with a unique id and an optional &lt;i&gt;population field&lt;/i&gt; (else each origin counts 1).&lt;br&gt;&lt;i&gt;Destinations&lt;/i&gt; with a unique id, an optional &lt;i&gt;category field&lt;/i&gt; (e.g. grocery, school; measures per category) and an optional &lt;i&gt;opportunity field&lt;/i&gt; (jobs, beds; else each destination counts 1).&lt;br&gt;&lt;i&gt;Thresholds&lt;/i&gt;: minutes, e.g. 30,45,60. &lt;i&gt;Half-life&lt;/i&gt;: minutes.&lt;br&gt;&lt;i&gt;Zones&lt;/i&gt; (optional) with their id field; &lt;i&gt;time bands&lt;/i&gt;: the band bounds in minutes (default 5,10,30: &amp;lt;5, 5-10, 10-30, &amp;ge;30).</source>
      <translation>&lt;br&gt;&lt;i&gt;Startpunkter&lt;/i&gt; med ett unikt id och ett valfritt &lt;i&gt;befolkningsfält&lt;/i&gt; (annars räknas varje startpunkt som 1).&lt;br&gt;&lt;i&gt;Målpunkter&lt;/i&gt; med ett unikt id, ett valfritt &lt;i&gt;kategorifält&lt;/i&gt; (t.ex. livsmedel, skola; måtten beräknas per kategori) och ett valfritt &lt;i&gt;fält för möjligheter&lt;/i&gt; (arbetstillfällen, vårdplatser; annars räknas varje målpunkt som 1).&lt;br&gt;&lt;i&gt;Tidsgränser&lt;/i&gt;: minuter, t.ex. 30,45,60. &lt;i&gt;Halveringstid&lt;/i&gt;: minuter.&lt;br&gt;&lt;i&gt;Områden&lt;/i&gt; (valfritt) med sitt id-fält; &lt;i&gt;tidsintervall&lt;/i&gt;: intervallgränserna i minuter (standard 5,10,30: &amp;lt;5, 5-10, 10-30, &amp;ge;30).</translation>
    </message>
    <message>
      <location filename="processing/traveltimes.py" line="57" />
      <source>&lt;br&gt;&lt;i&gt;Origins&lt;/i&gt;, &lt;i&gt;destinations&lt;/i&gt;: points (or polygons, by a point on their surface) with a unique id field (text). Layers in another CRS than the network are reprojected (the log says so).&lt;br&gt;&lt;i&gt;Maximum minutes&lt;/i&gt;: only pairs within this time are written (0 = all reachable pairs).&lt;br&gt;&lt;i&gt;Lines&lt;/i&gt; (optional): the pairs as straight lines for the map.</source>
      <translation>&lt;br&gt;&lt;i&gt;Startpunkter&lt;/i&gt;, &lt;i&gt;målpunkter&lt;/i&gt;: punkter (eller polygoner, genom en punkt på ytan) med ett unikt id-fält (text). Lager i ett annat koordinatsystem än nätverket projiceras om (loggen säger det).&lt;br&gt;&lt;i&gt;Högsta antal minuter&lt;/i&gt;: bara par inom denna tid skrivs ut (0 = alla nåbara par).&lt;br&gt;&lt;i&gt;Linjer&lt;/i&gt; (valfritt): paren som raka linjer för kartan.</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="176" />
      <source>&lt;br&gt;&lt;i&gt;Title&lt;/i&gt;: the report's heading.&lt;br&gt;&lt;i&gt;Report (HTML)&lt;/i&gt;: the report file.&lt;br&gt;&lt;i&gt;Report (PDF)&lt;/i&gt;: optional; the same report as an A4 PDF (up to 20 000 note entries; filter larger stores).</source>
      <translation>&lt;br&gt;&lt;i&gt;Titel&lt;/i&gt;: rapportens rubrik.&lt;br&gt;&lt;i&gt;Rapport (HTML)&lt;/i&gt;: rapportfilen.&lt;br&gt;&lt;i&gt;Rapport (PDF)&lt;/i&gt;: valfri; samma rapport som en A4-PDF (upp till 20 000 anteckningsposter; filtrera större databaser).</translation>
    </message>
    <message>
      <location filename="processing/regions_help.py" line="66" />
      <source>&lt;i&gt;Method&lt;/i&gt;: 0 SCB local labour markets; 1 EURO/TTWA, ISTAT variant: reproduces ISTAT's program LabourMarketAreas step by step, which is what produces ISTAT's and Eurostat's published areas (including its quirks: a cluster that has just lost a unit is judged by its weakest member and flow, so it is usually taken apart; reserve-list units are finally assigned to their best-linked region without a validity check, so a few regions may have V &lt; 1); 2 EURO/TTWA strict (textbook steps, then the validity check stays on: every region has V &gt;= 1, units that fit nowhere stay unassigned; on the UK example data it reproduces 716 of the 785 areas of the original CURDS/ONS program exactly, which forms more small areas); 3 Tolbert-Sizer commuting zones; 4 network communities (Leiden, directed modularity; needs the Python package igraph 1.0 or newer); 5 EURO/TTWA textbook (the published procedure with every validity from cluster totals, reserve-list units finally assigned without a validity check).&lt;br&gt;&lt;i&gt;SCB: centre max. share working elsewhere p1&lt;/i&gt; (CENTRE_MAX_OUT, {p1}) and &lt;i&gt;centre max. share to the largest destination p2&lt;/i&gt; (CENTRE_MAX_SINGLE, {p2}): a unit is a centre when both hold; every other unit follows its largest destination until a centre (or a mutual pair, a multi-centre region).&lt;br&gt;&lt;i&gt;EURO: minimum size, minimum self-containment, target size, target self-containment&lt;/i&gt; (MIN_SIZE, MIN_SC, TARGET_SIZE, TARGET_SC; UK TTWA 3500, 0.6667, 25000, 0.75; ISTAT's example 1000, 0.6667, 10000, 0.75): sizes are employed residents, self-containment min(internal flow / R, internal flow / W); a region is valid when its validity V &gt;= 1. They also give every method's V in the outputs.&lt;br&gt;&lt;i&gt;Tolbert-Sizer: cut height&lt;/i&gt; (CUT_HEIGHT, 0.977; 0.98 in 1990): the average-linkage tree of the distances 1 - (F[i,j] + F[j,i]) / min(R[i], R[j]) is cut there; a higher cut gives fewer, larger zones.&lt;br&gt;&lt;i&gt;Leiden: resolution&lt;/i&gt; (RESOLUTION, 1.0; higher gives more, smaller regions) and &lt;i&gt;seed&lt;/i&gt; (SEED, 42; the same seed gives the same partition).&lt;br&gt;</source>
      <translation>&lt;i&gt;Metod&lt;/i&gt;: 0 SCB:s lokala arbetsmarknader; 1 EURO/TTWA, ISTAT-variant: återger ISTAT:s program LabourMarketAreas steg för steg, och det är det programmet som ger ISTAT:s och Eurostats publicerade områden (med programmets egenheter: ett kluster som just har förlorat en enhet bedöms efter sin svagaste medlem och sitt minsta flöde, så det plockas oftast isär; enheter på reservlistan tilldelas till sist den region de har starkast koppling till, utan giltighetskontroll, så några regioner kan få V &lt; 1); 2 EURO/TTWA strikt (lärobokens steg, sedan gäller giltighetskontrollen hela vägen: varje region har V &gt;= 1, enheter som inte passar in någonstans förblir otilldelade; på det brittiska exempeldatat återger den 716 av de 785 områdena från det ursprungliga CURDS/ONS-programmet exakt, ett program som bildar fler små områden); 3 Tolbert-Sizer commuting zones (pendlingszoner); 4 nätverksgemenskaper (Leiden, riktad modularitet; kräver Python-paketet igraph 1.0 eller senare); 5 EURO/TTWA enligt läroboken (det publicerade förfarandet med varje giltighet beräknad på klustrets summor; enheter på reservlistan tilldelas till sist utan giltighetskontroll).&lt;br&gt;&lt;i&gt;SCB: centrum, högsta andel som arbetar i en annan enhet p1&lt;/i&gt; (CENTRE_MAX_OUT, {p1}) och &lt;i&gt;centrum, högsta andel som arbetar i största destinationen p2&lt;/i&gt; (CENTRE_MAX_SINGLE, {p2}): en enhet är ett centrum när båda villkoren gäller; varje annan enhet följer sin största destination tills den når ett centrum (eller ett ömsesidigt par, som bildar en region med flera centrum).&lt;br&gt;&lt;i&gt;EURO: minsta storlek, minsta självinneslutning, målstorlek, målsjälvinneslutning&lt;/i&gt; (MIN_SIZE, MIN_SC, TARGET_SIZE, TARGET_SC; UK TTWA 3500, 0.6667, 25000, 0.75; ISTAT:s exempel 1000, 0.6667, 10000, 0.75): storlek mäts som förvärvsarbetande nattbefolkning, självinneslutning som min(internt flöde / R, internt flöde / W); en region är giltig när dess giltighet V &gt;= 1. Parametrarna används också för att ange varje metods V i utdata.&lt;br&gt;&lt;i&gt;Tolbert-Sizer: snitthöjd&lt;/i&gt; (CUT_HEIGHT, 0.977; 0.98 år 1990): trädet med medelkoppling (average linkage) över avstånden 1 - (F[i,j] + F[j,i]) / min(R[i], R[j]) skärs på den höjden; ett högre snitt ger färre och större zoner.&lt;br&gt;&lt;i&gt;Leiden: upplösning&lt;/i&gt; (RESOLUTION, 1.0; högre värde ger fler och mindre regioner) och &lt;i&gt;slumpfrö&lt;/i&gt; (SEED, 42; samma frö ger samma indelning).&lt;br&gt;</translation>
    </message>
    <message>
      <location filename="processing/notes_common.py" line="168" />
      <source>&lt;i&gt;Only themes / kinds / stances / follow-up statuses&lt;/i&gt;: keep notes with any of the chosen values (none chosen: all).&lt;br&gt;&lt;i&gt;Only stakeholder&lt;/i&gt;: an organisation name (exact) or a stakeholder uuid.&lt;br&gt;&lt;i&gt;Text contains&lt;/i&gt;: case-insensitive words in the note text or author.&lt;br&gt;&lt;i&gt;Only notes on dataset&lt;/i&gt;: a dataset key such as &lt;tt&gt;ogr:kommuner.gpkg|kommuner&lt;/tt&gt; (the notes dock shows the key of the active layer).</source>
      <translation>&lt;i&gt;Endast teman / typer / hållningar / uppföljningsstatusar&lt;/i&gt;: behåll anteckningar med något av de valda värdena (inget valt: alla).&lt;br&gt;&lt;i&gt;Endast aktör&lt;/i&gt;: ett organisationsnamn (exakt) eller en aktörs uuid.&lt;br&gt;&lt;i&gt;Text innehåller&lt;/i&gt;: ord i anteckningens text eller författare, oavsett skiftläge.&lt;br&gt;&lt;i&gt;Endast anteckningar om datamängd&lt;/i&gt;: en datamängdsnyckel som &lt;tt&gt;ogr:kommuner.gpkg|kommuner&lt;/tt&gt; (anteckningspanelen visar det aktiva lagrets nyckel).</translation>
    </message>
    <message>
      <location filename="processing/network_input.py" line="52" />
      <source>&lt;i&gt;Road network&lt;/i&gt; (NETWORK): lines in a projected CRS (metres). Each line is an edge between its end points; lines are joined where they share an end point or a vertex (OpenStreetMap ways meet at shared nodes), never where they only cross.&lt;br&gt;&lt;i&gt;Speed field&lt;/i&gt; (km/h), else &lt;i&gt;speed class field&lt;/i&gt; looked up in the &lt;i&gt;speed table&lt;/i&gt;: a JSON object such as {"primary": 70} or a preset: 'osm' (OpenStreetMap highway classes, default car speeds of the OSRM car profile) or 'nvdb' (NVDB functional road class 0-9, RegionAtlas's typical speeds); else the &lt;i&gt;default speed&lt;/i&gt; (0 = none: a line without a speed is an error).&lt;br&gt;&lt;i&gt;One-way field&lt;/i&gt;: yes/1/true one way along the line, -1 against it, no/0/empty both ways (OpenStreetMap's oneway).&lt;br&gt;&lt;i&gt;Tolerance&lt;/i&gt; (m): end points closer than this are joined.&lt;br&gt;&lt;i&gt;Connector speed&lt;/i&gt; (km/h, default 5: walking) covers the straight line from each point to its nearest network vertex; a point farther than the &lt;i&gt;maximum snapping distance&lt;/i&gt; (m) is not on the network: it is listed in the log and gets no travel times.</source>
      <translation>&lt;i&gt;Vägnät&lt;/i&gt; (NETWORK): linjer i ett projicerat koordinatsystem (meter). Varje linje är en länk mellan sina ändpunkter; linjer kopplas ihop där de delar en ändpunkt eller en brytpunkt (OpenStreetMaps vägar möts i gemensamma noder), aldrig där de bara korsar varandra.&lt;br&gt;&lt;i&gt;Hastighetsfält&lt;/i&gt; (km/h), annars &lt;i&gt;vägklassfält&lt;/i&gt; som slås upp i &lt;i&gt;hastighetstabellen&lt;/i&gt;: ett JSON-objekt som {"primary": 70} eller en förinställning: 'osm' (OpenStreetMaps highway-klasser, standardhastigheterna i OSRM:s bilprofil) eller 'nvdb' (NVDB:s funktionella vägklass 0-9, RegionAtlas typiska hastigheter); annars &lt;i&gt;standardhastigheten&lt;/i&gt; (0 = ingen: en linje utan hastighet är ett fel).&lt;br&gt;&lt;i&gt;Fält för enkelriktning&lt;/i&gt;: yes/1/true enkelriktat i linjens riktning, -1 mot den, no/0/tomt båda hållen (OpenStreetMaps oneway).&lt;br&gt;&lt;i&gt;Tolerans&lt;/i&gt; (m): ändpunkter närmare än så kopplas ihop.&lt;br&gt;&lt;i&gt;Anslutningshastighet&lt;/i&gt; (km/h, standard 5: gång) gäller den raka sträckan från varje punkt till närmaste nod i nätet; en punkt längre bort än &lt;i&gt;största anslutningsavstånd&lt;/i&gt; (m) ligger inte på nätet: den listas i loggen och får inga restider.</translation>
    </message>
    <message>
      <location filename="processing/commutingregions.py" line="79" />
      <source>&lt;i&gt;Zones&lt;/i&gt; (optional polygons) with &lt;i&gt;zone id field&lt;/i&gt;: OUTPUT becomes a map of the units and OUTPUT_REGIONS the dissolved region polygons. &lt;i&gt;When OD ids are missing from the zones&lt;/i&gt;: fail (default) or drop those flows and warn (the regions are then computed without them). Zones without commuting are left out.&lt;br&gt;&lt;i&gt;Border field&lt;/i&gt; (optional): a county or country field of the zones; each region says whether it crosses it (crosses_border, border_areas).&lt;br&gt;&lt;i&gt;Name field&lt;/i&gt; (optional): zone names used for region names (the centre's name; SCB multi-centre regions join them with '-').&lt;br&gt;&lt;i&gt;SCB: year of the data&lt;/i&gt; (LA_YEAR, optional; the year to use when empty): with the SCB method each region gets SCB's LA code (field la_code): LA + the year's last two digits + a number in the order of the municipality code of the region's largest centre (LA2201 Stockholm-Solna). Without a year la_code stays empty.&lt;br&gt;&lt;i&gt;Units&lt;/i&gt; (OUTPUT): one row per unit: unit_id, region_id (the id of the region's centre), la_code (SCB method), region_name, role (centre, member, zero-list: set aside because it has no residents, no jobs or only flows to itself; unassigned), R (employed residents), W (jobs), p1 (share working in another unit), p2 (share working in the largest destination).&lt;br&gt;&lt;i&gt;Regions&lt;/i&gt; (OUTPUT_REGIONS): one row per region with units, R, W, S (internal flow), sc_supply (S/R), sc_demand (S/W), V (validity with the EURO parameters; for the EURO methods the value the method checked), centre, the largest outside destination and its flow, and with a border field crosses_border and border_areas. Polygons with zones, else a table.&lt;br&gt;&lt;i&gt;Report&lt;/i&gt; (optional HTML): parameters, method and source, indicators, a size / self-containment chart with the validity curve, and the reserve-list events of the EURO method.</source>
      <translation>&lt;i&gt;Zoner&lt;/i&gt; (valfria polygoner) med &lt;i&gt;zon-id-fält&lt;/i&gt;: OUTPUT blir en karta över enheterna och OUTPUT_REGIONS de sammanslagna regionpolygonerna. &lt;i&gt;När OD-id saknas i zonerna&lt;/i&gt;: avbryt (standard) eller ta bort de flödena och varna (regionerna beräknas då utan dem). Zoner utan pendling utelämnas.&lt;br&gt;&lt;i&gt;Gränsfält&lt;/i&gt; (valfritt): ett läns- eller landsfält i zonerna; för varje region anges om den korsar gränsen (crosses_border, border_areas).&lt;br&gt;&lt;i&gt;Namnfält&lt;/i&gt; (valfritt): zonnamn som används som regionnamn (centrumets namn; SCB-regioner med flera centrum förenar namnen med '-').&lt;br&gt;&lt;i&gt;SCB: datans år&lt;/i&gt; (LA_YEAR, valfritt; tomt: det år som används): med SCB-metoden får varje region SCB:s LA-kod (fältet la_code): LA + årets två sista siffror + ett löpnummer i ordning efter kommunkoden för regionens största centrum (LA2201 Stockholm-Solna). Utan år lämnas la_code tom.&lt;br&gt;&lt;i&gt;Enheter&lt;/i&gt; (OUTPUT): en rad per enhet: unit_id, region_id (id för regionens centrum), la_code (SCB-metoden), region_name, role (centre, member, zero-list: undantagen eftersom den saknar förvärvsarbetande boende, saknar arbetstillfällen eller bara har flöden till sig själv; unassigned), R (förvärvsarbetande nattbefolkning), W (arbetstillfällen, dagbefolkning), p1 (andel som arbetar i en annan enhet), p2 (andel som arbetar i största destinationen).&lt;br&gt;&lt;i&gt;Regioner&lt;/i&gt; (OUTPUT_REGIONS): en rad per region med units, R, W, S (internt flöde), sc_supply (S/R), sc_demand (S/W), V (giltighet med EURO-parametrarna; för EURO-metoderna det värde som metoden kontrollerade), centre, den största destinationen utanför regionen och dess flöde, samt med ett gränsfält crosses_border och border_areas. Polygoner om zoner anges, annars en tabell.&lt;br&gt;&lt;i&gt;Rapport&lt;/i&gt; (valfri HTML): parametrar, metod och källa, indikatorer, ett diagram över storlek / självinneslutning med giltighetskurvan samt händelserna på reservlistan för EURO-metoden.</translation>
    </message>
    <message>
      <location filename="processing/regionchange_help.py" line="46" />
      <source>&lt;i&gt;Zones&lt;/i&gt; (optional polygons) with &lt;i&gt;zone id field&lt;/i&gt;: the units output becomes a map on which the units that changed region stand out.&lt;br&gt;&lt;i&gt;Years&lt;/i&gt; (OUTPUT_YEARS): year, regions, mean_units, median_units, mean_size, median_size, largest_region, largest_share, size_measure.&lt;br&gt;&lt;i&gt;Units&lt;/i&gt; (OUTPUT_UNITS): unit_id, region_YEAR per year, changed_YEAR (true when the unit's region is not the successor of its region the year before) and changed (in any year).&lt;br&gt;&lt;i&gt;Matches&lt;/i&gt; (OUTPUT_MATCHES): year_from, year_to, region_to, region_from (largest overlap; ties: smaller id), overlap (units), jaccard.&lt;br&gt;&lt;i&gt;Report&lt;/i&gt; (optional HTML): the tables and a chart of regions per year.</source>
      <translation>&lt;i&gt;Zoner&lt;/i&gt; (valfria polygoner) med &lt;i&gt;zon-id-fält&lt;/i&gt;: utdata för enheterna blir en karta där de enheter som bytt region framträder.&lt;br&gt;&lt;i&gt;År&lt;/i&gt; (OUTPUT_YEARS): year, regions, mean_units, median_units, mean_size, median_size, largest_region, largest_share, size_measure.&lt;br&gt;&lt;i&gt;Enheter&lt;/i&gt; (OUTPUT_UNITS): unit_id, region_YEAR per år, changed_YEAR (sant när enhetens region inte är efterföljaren till dess region året innan) och changed (något år).&lt;br&gt;&lt;i&gt;Matchningar&lt;/i&gt; (OUTPUT_MATCHES): year_from, year_to, region_to, region_from (största överlappet; vid lika: lägst id), overlap (enheter), jaccard.&lt;br&gt;&lt;i&gt;Rapport&lt;/i&gt; (valfri HTML): tabellerna och ett diagram över antal regioner per år.</translation>
    </message>
    <message>
      <location filename="processing/dominantflows.py" line="124" />
      <source>A node (feature id {fid}) has no value in '{field}'.</source>
      <translation>En nod (objekt-id {fid}) saknar värde i '{field}'.</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/gpkg.py" line="261" />
      <location filename="regionatlas/notes/postgis.py" line="286" />
      <source>A note or event refers to a stakeholder or note that does not exist ({detail}).</source>
      <translation>En anteckning eller ett dialogtillfälle hänvisar till en aktör eller anteckning som inte finns ({detail}).</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba.py" line="289" />
      <source>A padding of {padding} cells leaves no study area in a {shape} grid.</source>
      <translation>En marginal (padding) på {padding} celler lämnar inget studieområde kvar i ett rutnät med storleken {shape}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/dominant_flows.py" line="115" />
      <source>A place in the nodes layer has no id (size field '{field}').</source>
      <translation>En ort i nodlagret saknar id (storleksfält '{field}').</translation>
    </message>
    <message>
      <location filename="processing/polycentricity.py" line="131" />
      <source>A region (feature id {fid}) has no value in '{field}'.</source>
      <translation>En region (objekt-id {fid}) saknar värde i '{field}'.</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="144" />
      <source>A road network (NETWORK) is given but no services (SERVICE_POINTS): the service areas and the accessibility need them.</source>
      <translation>Ett vägnät (NETWORK) är angivet men ingen service (SERVICE_POINTS): serviceområdena och tillgängligheten behöver den.</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy.py" line="130" />
      <source>A rule table file was given: it is used.</source>
      <translation>En regeltabellfil angavs: den används.</translation>
    </message>
    <message>
      <location filename="processing/dominantflows.py" line="172" />
      <source>A size field needs the nodes layer (NODES).</source>
      <translation>Ett storleksfält kräver nodlagret (NODES).</translation>
    </message>
    <message>
      <location filename="processing/degurbaunits.py" line="127" />
      <source>A unit (feature id {fid}) has no value in '{field}'.</source>
      <translation>En enhet (objekt-id {fid}) saknar värde i '{field}'.</translation>
    </message>
    <message>
      <location filename="processing/od_input.py" line="111" />
      <source>A year was given but no year field: choose the year field.</source>
      <translation>Ett år angavs men inget årsfält: välj årsfältet.</translation>
    </message>
    <message>
      <location filename="processing/zone_input.py" line="106" />
      <source>A zone (feature id {fid}) has no value in '{field}'.</source>
      <translation>En zon (objekt-id {fid}) saknar värde i '{field}'.</translation>
    </message>
    <message>
      <location filename="plugin.py" line="127" />
      <location filename="plugin.py" line="271" />
      <source>About RegionAtlas</source>
      <translation>Om RegionAtlas</translation>
    </message>
    <message>
      <location filename="processing/accessibility.py" line="245" />
      <location filename="processing/base.py" line="45" />
      <source>Accessibility</source>
      <translation>Tillgänglighet</translation>
    </message>
    <message>
      <location filename="processing/accessibility.py" line="66" />
      <source>Accessibility (nearest service, opportunities within T minutes)</source>
      <translation>Tillgänglighet (närmaste service, möjligheter inom T minuter)</translation>
    </message>
    <message>
      <location filename="processing/accessibility.py" line="70" />
      <source>Accessibility by road from every origin (homes, population cells) to the destinations (services, workplaces), per destination category:&lt;br&gt;&lt;b&gt;nearest&lt;/b&gt;: minutes to the nearest destination (min_&amp;lt;category&amp;gt;) and its id (near_&amp;lt;category&amp;gt;), as Tillväxtverket's Pipos Serviceanalys; one multi-source search per category;&lt;br&gt;&lt;b&gt;cumulative&lt;/b&gt;: the sum of the opportunity field within each threshold (cum_&amp;lt;category&amp;gt;_&amp;lt;T&amp;gt;; Wachs &amp; Kumagai 1973);&lt;br&gt;&lt;b&gt;gravity&lt;/b&gt;: sum of opportunities weighted by exp(-beta t), beta = ln 2 / half-life (Hansen 1959); a half-life of 0 gives a step at the first threshold;&lt;br&gt;&lt;b&gt;2SFCA&lt;/b&gt;: supply per inhabitant within each threshold (two-step floating catchment area, Luo &amp; Wang 2003), needs the population field.&lt;br&gt;With zones: per zone the population, the population-weighted mean minutes to the nearest destination (mean_&amp;lt;category&amp;gt;), the percent of population per time band (pct_...), within each band bound (within_&amp;lt;category&amp;gt;_&amp;lt;T&amp;gt;) and reaching none (pct_&amp;lt;category&amp;gt;_none, points off the network included), and the population-weighted average of the other measures (avg_...).&lt;br&gt;&lt;br&gt;Source: Hansen (1959), How accessibility shapes land use; Luo &amp; Wang (2003), two-step floating catchment area; Tillväxtverket, Pipos Serviceanalys; the user guide, section Accessibility.&lt;br&gt;&lt;br&gt;&lt;b&gt;Parameters&lt;/b&gt;&lt;br&gt;</source>
      <translation>Tillgänglighet på väg från varje startpunkt (bostäder, befolkningsrutor) till målpunkterna (service, arbetsplatser), per målkategori:&lt;br&gt;&lt;b&gt;närmaste&lt;/b&gt;: minuter till närmaste målpunkt (min_&amp;lt;kategori&amp;gt;) och dess id (near_&amp;lt;kategori&amp;gt;), som Tillväxtverkets Pipos Serviceanalys; en sökning från alla målpunkter samtidigt per kategori;&lt;br&gt;&lt;b&gt;kumulativ&lt;/b&gt;: summan av fältet för möjligheter inom varje tidsgräns (cum_&amp;lt;kategori&amp;gt;_&amp;lt;T&amp;gt;; Wachs &amp; Kumagai 1973);&lt;br&gt;&lt;b&gt;gravitation&lt;/b&gt;: summan av möjligheter viktade med exp(-beta t), beta = ln 2 / halveringstid (Hansen 1959); halveringstid 0 ger ett steg vid första tidsgränsen;&lt;br&gt;&lt;b&gt;2SFCA&lt;/b&gt;: utbud per invånare inom varje tidsgräns (two-step floating catchment area, Luo &amp; Wang 2003), kräver befolkningsfältet.&lt;br&gt;Med områden: per område befolkningen, befolkningsviktad medeltid i minuter till närmaste målpunkt (mean_&amp;lt;kategori&amp;gt;), andel av befolkningen i procent per tidsintervall (pct_...), inom varje intervallgräns (within_&amp;lt;kategori&amp;gt;_&amp;lt;T&amp;gt;) och som inte når någon (pct_&amp;lt;kategori&amp;gt;_none, punkter utanför nätet inräknade), samt befolkningsviktat medelvärde av övriga mått (avg_...).&lt;br&gt;&lt;br&gt;Källa: Hansen (1959), How accessibility shapes land use; Luo &amp; Wang (2003), tvåstegsmåttet 2SFCA; Tillväxtverket, Pipos Serviceanalys; användarhandledningen, avsnittet Tillgänglighet.&lt;br&gt;&lt;br&gt;&lt;b&gt;Parametrar&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
      <location filename="processing/accessibility.py" line="291" />
      <location filename="processing/accessibility.py" line="180" />
      <location filename="processing/pipeline.py" line="81" />
      <source>Accessibility by zone</source>
      <translation>Tillgänglighet per område</translation>
    </message>
    <message>
      <location filename="processing/accessibility.py" line="174" />
      <source>Accessibility of the origins</source>
      <translation>Startpunkternas tillgänglighet</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="80" />
      <source>Accessibility: nearest service</source>
      <translation>Tillgänglighet: närmaste service</translation>
    </message>
    <message>
      <location filename="processing/structure_styles.py" line="63" />
      <location filename="processing/style_labels.py" line="52" />
      <source>Across a county or national border</source>
      <translation>Över en läns- eller riksgräns</translation>
    </message>
    <message>
      <location filename="processing/flow_styles.py" line="67" />
      <location filename="processing/style_labels.py" line="51" />
      <source>Across the border</source>
      <translation>Över gränsen</translation>
    </message>
    <message>
      <location filename="ui/stakeholder_register.ui" line="331" />
      <source>Add event</source>
      <translation>Lägg till dialogtillfälle</translation>
    </message>
    <message>
      <location filename="ui/notes_features.py" line="138" />
      <source>Add field</source>
      <translation>Lägg till fält</translation>
    </message>
    <message>
      <location filename="ui/notes_features.py" line="132" />
      <source>Add key field</source>
      <translation>Lägg till nyckelfält</translation>
    </message>
    <message>
      <location filename="ui/notes_dock.ui" line="83" />
      <source>Add key field…</source>
      <translation>Lägg till nyckelfält…</translation>
    </message>
    <message>
      <location filename="ui/notes_features.py" line="64" />
      <source>Adds a text field {name} filled with uuid() to the layer</source>
      <translation>Lägger till ett textfält {name} fyllt med uuid() i lagret</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="91" />
      <source>Algorithm</source>
      <translation>Algoritm</translation>
    </message>
    <message>
      <location filename="processing/exportstructureimage.py" line="228" />
      <source>All files written (JSON list)</source>
      <translation>Alla skrivna filer (JSON-lista)</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="603" />
      <source>All index weights are zero.</source>
      <translation>Alla indexvikter är noll.</translation>
    </message>
    <message>
      <location filename="processing/exportstructureimage.py" line="169" />
      <source>All three</source>
      <translation>Alla tre</translation>
    </message>
    <message>
      <location filename="plugin.py" line="65" />
      <source>Another RegionAtlas provider is already registered; keeping it.</source>
      <translation>En annan RegionAtlas-leverantör är redan registrerad; den behålls.</translation>
    </message>
    <message>
      <location filename="processing/laregionsfromindicators.py" line="59" />
      <source>Applies SCB's rule for local labour markets (LA regions) to a table that already holds, per unit, its largest destination and the shares p1 and p2 - such as SCB's published LA files. A unit is a centre when p1 &lt;= CENTRE_MAX_OUT and p2 &lt;= CENTRE_MAX_SINGLE; every other unit follows its largest destination until it reaches a centre; units that are each other's largest destination (Stockholm and Solna) form one multi-centre region. This is how SCB's published partitions are checked: the 2022 file gives SCB's 67 regions exactly.&lt;br&gt;&lt;br&gt;Source: Statistics Sweden (SCB), Lokala arbetsmarknader (LA) - method description (Lokala arbetsmarknader - beskrivning av metoden).&lt;br&gt;&lt;br&gt;&lt;b&gt;Parameters&lt;/b&gt;&lt;br&gt;&lt;i&gt;Indicator table&lt;/i&gt;: one row per unit (a CSV path works, all fields text; decimal commas are accepted).&lt;br&gt;&lt;i&gt;Unit field&lt;/i&gt;: the unit id (text, leading zeros kept).&lt;br&gt;&lt;i&gt;Largest destination field&lt;/i&gt;: the id of the unit where most of the unit's out-commuters work; it must itself be a unit of the table (empty: none).&lt;br&gt;&lt;i&gt;p1 field&lt;/i&gt;: share of the employed residents working in another unit (0..1).&lt;br&gt;&lt;i&gt;p2 field&lt;/i&gt;: share working in the largest destination (0..1).&lt;br&gt;&lt;i&gt;Name field&lt;/i&gt; (optional): unit names, used for region names (the centres' names joined with '-').&lt;br&gt;&lt;i&gt;Size field&lt;/i&gt; (optional): employed residents per unit. The largest centre of a multi-centre region comes first in its name and gives its LA code; without sizes the centres are in id order.&lt;br&gt;&lt;i&gt;SCB: year of the data&lt;/i&gt; (LA_YEAR, optional): gives each region SCB's LA code, LA + the year's last two digits + a number in the order of the main centre's municipality code (LA2201 Stockholm-Solna). Without a year, or when the numbering depends on which centre is the largest and no size field says it, the field la_code stays empty and the log says why.&lt;br&gt;&lt;i&gt;Centre max. p1 / p2&lt;/i&gt; (CENTRE_MAX_OUT {p1}, CENTRE_MAX_SINGLE {p2}): SCB's thresholds.&lt;br&gt;&lt;i&gt;Zones&lt;/i&gt; (optional polygons) with &lt;i&gt;zone id field&lt;/i&gt;: OUTPUT becomes a map and OUTPUT_REGIONS the dissolved regions. &lt;i&gt;When units are missing from the zones&lt;/i&gt;: fail (default) or leave them off the map and warn (the regions are computed on the whole table either way).&lt;br&gt;&lt;i&gt;Border field&lt;/i&gt; (optional): county or country field of the zones; each region says whether it crosses it.&lt;br&gt;&lt;i&gt;Units&lt;/i&gt; (OUTPUT): unit_id, region_id (the centre's id; centres joined with '-'), la_code, region_name, role (centre, member, unassigned), R and W (empty: not in an indicator table), p1, p2.&lt;br&gt;&lt;i&gt;Regions&lt;/i&gt; (OUTPUT_REGIONS): region_id, la_code, region_name, units, centre, and with a border field crosses_border and border_areas; polygons with zones, else a table.</source>
      <translation>Tillämpar SCB:s regel för lokala arbetsmarknader (LA-regioner) på en tabell som redan innehåller, per enhet, dess största destination och andelarna p1 och p2 - till exempel SCB:s publicerade LA-filer. En enhet är ett centrum när p1 &lt;= CENTRE_MAX_OUT och p2 &lt;= CENTRE_MAX_SINGLE; varje annan enhet följer sin största destination tills den når ett centrum; enheter som är varandras största destination (Stockholm och Solna) bildar en gemensam region med flera centrum. Det är så SCB:s publicerade indelningar kontrolleras: 2022 års fil ger exakt SCB:s 67 regioner.&lt;br&gt;&lt;br&gt;Källa: Statistiska centralbyrån (SCB), Lokala arbetsmarknader (LA) - beskrivning av metoden.&lt;br&gt;&lt;br&gt;&lt;b&gt;Parametrar&lt;/b&gt;&lt;br&gt;&lt;i&gt;Indikatortabell&lt;/i&gt;: en rad per enhet (en CSV-sökväg fungerar, alla fält läses som text; decimalkomma accepteras).&lt;br&gt;&lt;i&gt;Enhetsfält&lt;/i&gt;: enhetens id (text, inledande nollor behålls).&lt;br&gt;&lt;i&gt;Fält för största destination&lt;/i&gt;: id för den enhet där flest av enhetens utpendlare arbetar; den måste själv vara en enhet i tabellen (tomt: ingen).&lt;br&gt;&lt;i&gt;p1-fält&lt;/i&gt;: andel av den förvärvsarbetande nattbefolkningen som arbetar i en annan enhet (0..1).&lt;br&gt;&lt;i&gt;p2-fält&lt;/i&gt;: andel som arbetar i största destinationen (0..1).&lt;br&gt;&lt;i&gt;Namnfält&lt;/i&gt; (valfritt): enhetsnamn som används som regionnamn (centrumens namn förenade med '-').&lt;br&gt;&lt;i&gt;Storleksfält&lt;/i&gt; (valfritt): förvärvsarbetande nattbefolkning per enhet. Det största centrumet i en region med flera centrum står först i namnet och ger regionens LA-kod; utan storlekar ordnas centrumen efter id.&lt;br&gt;&lt;i&gt;SCB: datans år&lt;/i&gt; (LA_YEAR, valfritt): ger varje region SCB:s LA-kod, LA + årets två sista siffror + ett löpnummer i ordning efter kommunkoden för regionens huvudcentrum (LA2201 Stockholm-Solna). Utan år, eller när numreringen beror på vilket centrum som är störst och inget storleksfält anger det, lämnas fältet la_code tomt och loggen säger varför.&lt;br&gt;&lt;i&gt;Centrum max. p1 / p2&lt;/i&gt; (CENTRE_MAX_OUT {p1}, CENTRE_MAX_SINGLE {p2}): SCB:s tröskelvärden.&lt;br&gt;&lt;i&gt;Zoner&lt;/i&gt; (valfria polygoner) med &lt;i&gt;zon-id-fält&lt;/i&gt;: OUTPUT blir en karta och OUTPUT_REGIONS de sammanslagna regionerna. &lt;i&gt;När enheter saknas i zonerna&lt;/i&gt;: avbryt (standard) eller utelämna dem från kartan och varna (regionerna beräknas i båda fallen på hela tabellen).&lt;br&gt;&lt;i&gt;Gränsfält&lt;/i&gt; (valfritt): läns- eller landsfält i zonerna; för varje region anges om den korsar gränsen.&lt;br&gt;&lt;i&gt;Enheter&lt;/i&gt; (OUTPUT): unit_id, region_id (centrumets id; flera centrum förenade med '-'), la_code, region_name, role (centre, member, unassigned), R och W (tomma: finns inte i en indikatortabell), p1, p2.&lt;br&gt;&lt;i&gt;Regioner&lt;/i&gt; (OUTPUT_REGIONS): region_id, la_code, region_name, units, centre samt med ett gränsfält crosses_border och border_areas; polygoner om zoner anges, annars en tabell.</translation>
    </message>
    <message>
      <location filename="processing/exportwebatlas.py" line="126" />
      <source>As QGIS</source>
      <translation>Som QGIS</translation>
    </message>
    <message>
      <location filename="processing/exportstructureimage.py" line="202" />
      <source>Atlas as one PDF file</source>
      <translation>Atlas som en enda PDF-fil</translation>
    </message>
    <message>
      <location filename="processing/exportstructureimage.py" line="188" />
      <source>Atlas layer: one page per feature</source>
      <translation>Atlaslager: en sida per objekt</translation>
    </message>
    <message>
      <location filename="processing/exportstructureimage.py" line="196" />
      <source>Atlas page name field</source>
      <translation>Fält för atlassidornas namn</translation>
    </message>
    <message>
      <location filename="ui/notes_dock.ui" line="308" />
      <source>Author</source>
      <translation>Författare</translation>
    </message>
    <message>
      <location filename="processing/attribute_display.py" line="45" />
      <source>Border areas</source>
      <translation>Administrativa områden</translation>
    </message>
    <message>
      <location filename="processing/structure_params.py" line="131" />
      <source>Border field (county)</source>
      <translation>Gränsfält (län)</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="54" />
      <source>Border field of the settlements (county)</source>
      <translation>Gränsfält för tätorterna (län)</translation>
    </message>
    <message>
      <location filename="processing/flowlines.py" line="111" />
      <location filename="processing/region_outputs.py" line="103" />
      <source>Border field of the zones (county or country)</source>
      <translation>Gränsfält i zonerna (län eller land)</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="48" />
      <source>Border field of the zones (county)</source>
      <translation>Gränsfält för zonerna (län)</translation>
    </message>
    <message>
      <location filename="processing/structure_params.py" line="270" />
      <location filename="processing/structure_styles.py" line="211" />
      <source>Border links</source>
      <translation>Gränsöverskridande länkar</translation>
    </message>
    <message>
      <location filename="processing/commuting_loader.py" line="80" />
      <source>Both (added up)</source>
      <translation>Båda (summerade)</translation>
    </message>
    <message>
      <location filename="processing/loadscbboundaries.py" line="94" />
      <source>Boundaries</source>
      <translation>Gränser</translation>
    </message>
    <message>
      <location filename="processing/loadscbboundaries.py" line="148" />
      <source>Boundaries (SCB)</source>
      <translation>Gränser (SCB)</translation>
    </message>
    <message>
      <location filename="processing/serviceareas.py" line="85" />
      <source>Buffer around the reached roads (m)</source>
      <translation>Buffert runt de nådda vägarna (m)</translation>
    </message>
    <message>
      <location filename="processing/structureimage.py" line="64" />
      <source>Build structure image</source>
      <translation>Skapa strukturbild</translation>
    </message>
    <message>
      <location filename="processing/structureimage.py" line="67" />
      <source>Builds the layers of a structure image (strukturbild): ranked nodes, corridors between them, the links that cross county or national borders, generalised functional regions and green structure. Each output is styled by a bundled style and loaded into one layer group (regions at the bottom, then green structure, service areas, corridors, border links and nodes on top). Export the result with &lt;i&gt;Export structure image&lt;/i&gt;.&lt;br&gt;&lt;br&gt;Sources: dominant-flow links after Nystuen &amp;amp; Dacey (1961), A graph theory interpretation of nodal regions; outlines simplified after Douglas &amp;amp; Peucker (1973) and smoothed by Chaikin's corner cutting (1974).&lt;br&gt;&lt;br&gt;&lt;b&gt;Parameters&lt;/b&gt;&lt;br&gt;&lt;i&gt;Nodes&lt;/i&gt;: ranked points or polygons (e.g. the settlement hierarchy's output). &lt;i&gt;Name field&lt;/i&gt;; &lt;i&gt;class field&lt;/i&gt; or &lt;i&gt;rank field&lt;/i&gt; (1 = top; numbers rank by value, text classes by the mean size of their nodes, or by rarity without a size field); every node needs one. &lt;i&gt;Size field&lt;/i&gt; (optional: population, jobs). &lt;i&gt;Border field&lt;/i&gt; (e.g. county) and &lt;i&gt;country field&lt;/i&gt;: a corridor is cross-border when its ends differ in either (never guessed from geometry). &lt;i&gt;Node id field&lt;/i&gt;: the ids that the OD table uses (e.g. the municipality code); when several nodes share an id, the flow is drawn from the highest-ranked, then largest of them. &lt;i&gt;Labelled ranks&lt;/i&gt;: names for ranks 1..n, on at most 40 nodes (the best-ranked, then the largest).&lt;br&gt;&lt;i&gt;Flows&lt;/i&gt; (optional): an OD table with origin, destination and count fields (and a year), as in Commuting indicators. The flow of a pair is F[i,j] + F[j,i].&lt;br&gt;&lt;i&gt;Network&lt;/i&gt; (optional): lines to route the corridors on (shortest way, flows summed per segment; pairs the network does not reach are drawn as lines and reported). Without flows, the network lines themselves are the corridors.&lt;br&gt;&lt;i&gt;Corridor rule&lt;/i&gt; and &lt;i&gt;value&lt;/i&gt; (0 = the rule's default): dominant-flow links (value = size ratio, default 1), k largest per node (default 2), threshold (persons, default 100), cumulative share (0-1, default 0.8).&lt;br&gt;&lt;i&gt;Width classes&lt;/i&gt;: 3-5, equal steps on a log scale.&lt;br&gt;&lt;i&gt;Longest corridor in km&lt;/i&gt;: pairs further apart are left out before the rule chooses. Empty: 12 % of the diagonal of the nodes' extent, at least 150 km (the reach of daily commuting), so a national map is not crossed by long-distance links; 0: no limit.&lt;br&gt;&lt;i&gt;Curved corridors&lt;/i&gt;: gently curved, longer ones more, bending away from unrelated nodes where possible.&lt;br&gt;&lt;i&gt;Regions&lt;/i&gt; (optional): polygons, dissolved by the &lt;i&gt;region field&lt;/i&gt; when given, simplified and smoothed, labelled with the &lt;i&gt;region name field&lt;/i&gt;. &lt;i&gt;Green structure&lt;/i&gt; (optional): polygons.&lt;br&gt;&lt;i&gt;Service areas&lt;/i&gt; (optional): polygons with a 'minutes' field, e.g. the output of &lt;i&gt;Service areas&lt;/i&gt;; drawn as time bands (the area reached within each threshold and not within a smaller one), generalised for the map (the gaps between the roads closed, Serra 1982), under the corridors and nodes.&lt;br&gt;&lt;i&gt;Units for county and national borders&lt;/i&gt; (optional, e.g. the municipalities) with their &lt;i&gt;county field&lt;/i&gt; (and &lt;i&gt;country field&lt;/i&gt;): the borders between units of different counties (countries) are drawn as lines; the outline of the whole area (coast, edge of the data) is not a border.&lt;br&gt;Layers in other CRSs are reprojected to the nodes' CRS (a projected UTM zone when the nodes are in degrees) and the log says so.</source>
      <translation>Bygger lagren i en strukturbild: rangordnade noder, stråk mellan dem, de länkar som korsar läns- eller riksgränser, generaliserade funktionella regioner och grönstruktur. Varje utdata får en medföljande stil och läggs i en gemensam lagergrupp (regioner underst, sedan grönstruktur, serviceområden, stråk, gränsöverskridande länkar och noder överst). Exportera resultatet med &lt;i&gt;Exportera strukturbild&lt;/i&gt;.&lt;br&gt;&lt;br&gt;Källor: dominerande flöden enligt Nystuen &amp;amp; Dacey (1961), A graph theory interpretation of nodal regions; konturer förenklade enligt Douglas &amp;amp; Peucker (1973) och utjämnade med Chaikins hörnavskärning (1974).&lt;br&gt;&lt;br&gt;&lt;b&gt;Parametrar&lt;/b&gt;&lt;br&gt;&lt;i&gt;Noder&lt;/i&gt;: rangordnade punkter eller polygoner (t.ex. utdata från ortshierarkin). &lt;i&gt;Namnfält&lt;/i&gt;; &lt;i&gt;klassfält&lt;/i&gt; eller &lt;i&gt;rangfält&lt;/i&gt; (1 = högst; tal rangordnas efter värde, textklasser efter nodernas medelstorlek, eller efter hur sällsynta de är utan storleksfält); varje nod behöver ett värde. &lt;i&gt;Storleksfält&lt;/i&gt; (valfritt: befolkning, arbetstillfällen). &lt;i&gt;Gränsfält&lt;/i&gt; (t.ex. län) och &lt;i&gt;landsfält&lt;/i&gt;: ett stråk är gränsöverskridande när ändarna skiljer sig i något av dem (gissas aldrig från geometrin). &lt;i&gt;Nod-id-fält&lt;/i&gt;: de id som pendlingsmatrisen använder (t.ex. kommunkoden); när flera noder delar id ritas flödet från den högst rangordnade, därefter den största. &lt;i&gt;Rangnivåer med namn&lt;/i&gt;: namn för rang 1..n, på högst 40 noder (de högst rangordnade, därefter de största).&lt;br&gt;&lt;i&gt;Flöden&lt;/i&gt; (valfritt): en pendlingsmatris med fält för ursprung, destination och antal (och år), som i Pendlingsindikatorer. Flödet för ett par är F[i,j] + F[j,i].&lt;br&gt;&lt;i&gt;Nätverk&lt;/i&gt; (valfritt): linjer att lägga stråken på (kortaste väg, flöden summerade per delsträcka; par som nätverket inte når ritas som linjer och redovisas). Utan flöden är nätverkets linjer själva stråken.&lt;br&gt;&lt;i&gt;Stråkregel&lt;/i&gt; och &lt;i&gt;värde&lt;/i&gt; (0 = regelns standardvärde): dominerande flöden (värde = storlekskvot, standard 1), k största per nod (standard 2), tröskel (personer, standard 100), kumulativ andel (0–1, standard 0,8).&lt;br&gt;&lt;i&gt;Breddklasser&lt;/i&gt;: 3–5, lika steg på logaritmisk skala.&lt;br&gt;&lt;i&gt;Längsta stråk i km&lt;/i&gt;: par som ligger längre isär utesluts innan regeln väljer. Tomt: 12 % av diagonalen i nodernas utbredning, minst 150 km (räckvidden för daglig pendling), så att en nationell karta inte korsas av långväga länkar; 0: ingen gräns.&lt;br&gt;&lt;i&gt;Böjda stråk&lt;/i&gt;: svagt böjda, längre stråk mer, och böjda bort från orelaterade noder där det går.&lt;br&gt;&lt;i&gt;Regioner&lt;/i&gt; (valfritt): polygoner, sammanslagna efter &lt;i&gt;regionfältet&lt;/i&gt; när det anges, förenklade och utjämnade, med namn från &lt;i&gt;regionens namnfält&lt;/i&gt;. &lt;i&gt;Grönstruktur&lt;/i&gt; (valfritt): polygoner.&lt;br&gt;&lt;i&gt;Serviceområden&lt;/i&gt; (valfritt): polygoner med fältet 'minutes', t.ex. utdata från &lt;i&gt;Serviceområden&lt;/i&gt;; ritas som tidszoner (det område som nås inom varje tidsgräns men inte inom en kortare), generaliserade för kartan (luckorna mellan vägarna slutna, Serra 1982), under stråken och noderna.&lt;br&gt;&lt;i&gt;Enheter för läns- och riksgränser&lt;/i&gt; (valfritt, t.ex. kommunerna) med sitt &lt;i&gt;länsfält&lt;/i&gt; (och &lt;i&gt;landsfält&lt;/i&gt;): gränserna mellan enheter i olika län (länder) ritas som linjer; hela områdets kontur (kust, datats kant) är ingen gräns.&lt;br&gt;Lager i andra koordinatsystem projiceras om till nodernas (en projicerad UTM-zon när noderna är i grader), och loggen säger det.</translation>
    </message>
    <message>
      <location filename="processing/degurba_params.py" line="122" />
      <source>Built-up raster (e.g. GHSL BUILT_S)</source>
      <translation>Raster för bebyggd yta (t.ex. GHSL BUILT_S)</translation>
    </message>
    <message>
      <location filename="regionatlas/accessibility/points.py" line="90" />
      <source>CONNECTOR_SPEED is {value} km/h; it must be above 0.</source>
      <translation>CONNECTOR_SPEED är {value} km/h; den måste vara över 0.</translation>
    </message>
    <message>
      <location filename="processing/exportnotes.py" line="98" />
      <source>CSV files (*.csv)</source>
      <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
      <location filename="ui/confirm.py" line="24" />
      <location filename="ui/dependency_dialog.py" line="83" />
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <location filename="processing/base.py" line="160" />
      <location filename="processing/degurba.py" line="87" />
      <location filename="processing/degurba_input.py" line="79" />
      <source>Cancelled by the user.</source>
      <translation>Avbrutet av användaren.</translation>
    </message>
    <message>
      <location filename="processing/relinknotes.py" line="108" />
      <source>Cancelled by the user; nothing was changed.</source>
      <translation>Avbrutet av användaren; inget ändrades.</translation>
    </message>
    <message>
      <location filename="processing/base.py" line="159" />
      <source>Cancelled: no output was written.</source>
      <translation>Avbrutet: inga utdata skrevs.</translation>
    </message>
    <message>
      <location filename="ui/dependency_dialog.py" line="224" />
      <location filename="ui/dependency_dialog.py" line="225" />
      <source>Cancelled: pip was stopped.</source>
      <translation>Avbrutet: pip stoppades.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/change.py" line="197" />
      <source>Cannot tell the year of input '{name}': give YEARS (one per input, in order) or a YEAR_FIELD, or put the year in the file name.</source>
      <translation>Kan inte avgöra året för indata '{name}': ange YEARS (ett år per indata, i ordning) eller ett YEAR_FIELD, eller skriv året i filnamnet.</translation>
    </message>
    <message>
      <location filename="processing/commuting_loader.py" line="93" />
      <source>Carry older municipality codes to the 2020 division (2020 reform)</source>
      <translation>För äldre kommunkoder till 2020 års indelning (reformen 2020)</translation>
    </message>
    <message>
      <location filename="regionatlas/accessibility/per_origin.py" line="40" />
      <source>Categories in CATEGORY_FIELD differ only in case or punctuation: {cats}; make them distinct.</source>
      <translation>Kategorierna i CATEGORY_FIELD skiljer sig bara åt i versaler eller skiljetecken: {cats}; gör dem olika.</translation>
    </message>
    <message>
      <location filename="processing/accessibility.py" line="129" />
      <source>Category field of the destinations</source>
      <translation>Målpunkternas kategorifält</translation>
    </message>
    <message>
      <location filename="processing/degurba.py" line="142" />
      <source>Cells per class: {counts}.</source>
      <translation>Celler per klass: {counts}.</translation>
    </message>
    <message>
      <location filename="processing/polycentricity.py" line="75" />
      <source>Centre id field</source>
      <translation>Id-fält för kärnorna</translation>
    </message>
    <message>
      <location filename="processing/polycentricity.py" line="192" />
      <source>Centre ids must be unique; these occur more than once in '{field}': {ids}.</source>
      <translation>Kärnornas id måste vara unika; dessa förekommer mer än en gång i '{field}': {ids}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/polycentricity.py" line="50" />
      <source>Centre sizes must be finite and above 0 for the rank-size slope.</source>
      <translation>Kärnornas storlekar måste vara ändliga och större än 0 för rang-storlekslutningen.</translation>
    </message>
    <message>
      <location filename="processing/attribute_display.py" line="41" />
      <source>Centre units</source>
      <translation>Centrumenheter</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/polycentricity.py" line="138" />
      <source>Centre(s) {ids} have no region in field '{field}'.</source>
      <translation>Kärna/kärnor {ids} saknar region i fältet '{field}'.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/polycentricity.py" line="146" />
      <source>Centre(s) {ids} have no valid size (&gt;= 0) in field '{field}'.</source>
      <translation>Kärna/kärnor {ids} saknar giltig storlek (&gt;= 0) i fältet '{field}'.</translation>
    </message>
    <message>
      <location filename="processing/polycentricity.py" line="74" />
      <source>Centres (points)</source>
      <translation>Kärnor (punkter)</translation>
    </message>
    <message>
      <location filename="processing/regionchange_report.py" line="46" />
      <source>Changes between consecutive years</source>
      <translation>Förändringar mellan på varandra följande år</translation>
    </message>
    <message>
      <location filename="processing/od_input.py" line="186" />
      <source>Check the id fields (leading zeros?) or choose 'Drop those flows and warn'.</source>
      <translation>Kontrollera id-fälten (inledande nollor?) eller välj 'Ta bort de flödena och varna'.</translation>
    </message>
    <message>
      <location filename="processing/laregionsfromindicators.py" line="181" />
      <source>Check the id fields (leading zeros?) or choose 'Leave them off the map and warn'.</source>
      <translation>Kontrollera id-fälten (inledande nollor?) eller välj 'Utelämna dem från kartan och varna'.</translation>
    </message>
    <message>
      <location filename="processing/notes_common.py" line="101" />
      <source>Choose a notes store (a GeoPackage file or a PostgreSQL connection).</source>
      <translation>Välj en anteckningsdatabas (en GeoPackage-fil eller en PostgreSQL-anslutning).</translation>
    </message>
    <message>
      <location filename="processing/degurba_input.py" line="24" />
      <source>Choose a population raster (INPUT_POPULATION) or a polygon grid.</source>
      <translation>Välj ett befolkningsraster (INPUT_POPULATION) eller ett polygonrutnät.</translation>
    </message>
    <message>
      <location filename="regionatlas/webatlas/model.py" line="113" />
      <source>Choose at least one layer (LAYERS) for the web atlas.</source>
      <translation>Välj minst ett lager (LAYERS) till webbatlasen.</translation>
    </message>
    <message>
      <location filename="processing/exportstructureimage.py" line="236" />
      <source>Choose at least one layer to show (LAYERS).</source>
      <translation>Välj minst ett lager att visa (LAYERS).</translation>
    </message>
    <message>
      <location filename="processing/accessibility.py" line="191" />
      <source>Choose at least one measure (MEASURES).</source>
      <translation>Välj minst ett mått (MEASURES).</translation>
    </message>
    <message>
      <location filename="processing/degurba_input.py" line="28" />
      <source>Choose either a population raster or a polygon grid, not both.</source>
      <translation>Välj antingen ett befolkningsraster eller ett polygonrutnät, inte båda.</translation>
    </message>
    <message>
      <location filename="processing/structure_build.py" line="65" />
      <source>Choose the class field or the rank field of the nodes: a structure image draws nodes by class (run the settlement hierarchy first if the nodes have none).</source>
      <translation>Välj nodernas klassfält eller rangfält: en strukturbild ritar noderna efter klass (kör ortshierarkin först om noderna saknar klass).</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="151" />
      <source>Choose the id field ({field}) of {layer}.</source>
      <translation>Välj id-fältet ({field}) för {layer}.</translation>
    </message>
    <message>
      <location filename="processing/point_input.py" line="70" />
      <source>Choose the id field ({name}).</source>
      <translation>Välj id-fältet ({name}).</translation>
    </message>
    <message>
      <location filename="processing/dominantflows.py" line="110" />
      <source>Choose the node id field (NODES_ID_FIELD).</source>
      <translation>Välj nodernas id-fält (NODES_ID_FIELD).</translation>
    </message>
    <message>
      <location filename="processing/degurba_input.py" line="55" />
      <source>Choose the population field (POPULATION_FIELD) of the polygon grid.</source>
      <translation>Välj polygonrutnätets befolkningsfält (POPULATION_FIELD).</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy.py" line="143" />
      <source>Choose the rule table file (RULES_FILE) or a preset.</source>
      <translation>Välj regeltabellfilen (RULES_FILE) eller en förinställning.</translation>
    </message>
    <message>
      <location filename="processing/zone_input.py" line="93" />
      <source>Choose the zone id field (ZONES_ID_FIELD).</source>
      <translation>Välj zon-id-fältet (ZONES_ID_FIELD).</translation>
    </message>
    <message>
      <location filename="processing/flowlines.py" line="153" />
      <source>Choose the zones (ZONES) to draw lines between.</source>
      <translation>Välj zonerna (ZONES) som linjerna ska dras mellan.</translation>
    </message>
    <message>
      <location filename="processing/structure_build.py" line="151" />
      <location filename="processing/table_input.py" line="18" />
      <location filename="processing/values.py" line="58" />
      <source>Choose the {label}.</source>
      <translation>Välj {label}.</translation>
    </message>
    <message>
      <location filename="processing/regionchange.py" line="132" />
      <source>Choose two or more input tables (INPUTS).</source>
      <translation>Välj två eller fler indatatabeller (INPUTS).</translation>
    </message>
    <message>
      <location filename="processing/settlement_report.py" line="63" />
      <source>Class</source>
      <translation>Klass</translation>
    </message>
    <message>
      <location filename="processing/structure_styles.py" line="64" />
      <location filename="processing/style_labels.py" line="40" />
      <source>Class 1 (top)</source>
      <translation>Klass 1 (högst)</translation>
    </message>
    <message>
      <location filename="processing/structure_styles.py" line="65" />
      <location filename="processing/style_labels.py" line="41" />
      <source>Class 2</source>
      <translation>Klass 2</translation>
    </message>
    <message>
      <location filename="processing/structure_styles.py" line="66" />
      <location filename="processing/style_labels.py" line="42" />
      <source>Class 3</source>
      <translation>Klass 3</translation>
    </message>
    <message>
      <location filename="processing/structure_styles.py" line="67" />
      <location filename="processing/style_labels.py" line="43" />
      <source>Class 4</source>
      <translation>Klass 4</translation>
    </message>
    <message>
      <location filename="processing/structure_styles.py" line="68" />
      <location filename="processing/style_labels.py" line="44" />
      <source>Class 5 and lower</source>
      <translation>Klass 5 och lägre</translation>
    </message>
    <message>
      <location filename="processing/structure_params.py" line="128" />
      <source>Class field</source>
      <translation>Klassfält</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy_params.py" line="95" />
      <source>Class method (index mode)</source>
      <translation>Klassindelningsmetod (indexläge)</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="567" />
      <source>Class method must be 'jenks', 'quantiles' or 'fixed', not {method!r}.</source>
      <translation>Klassindelningsmetoden måste vara 'jenks', 'quantiles' eller 'fixed', inte {method!r}.</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="34" />
      <source>Class rank 1 (top)</source>
      <translation>Klassrang 1 (högst)</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="35" />
      <source>Class rank 2</source>
      <translation>Klassrang 2</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="36" />
      <source>Class rank 3</source>
      <translation>Klassrang 3</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="37" />
      <source>Class rank 4</source>
      <translation>Klassrang 4</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="38" />
      <source>Class rank 5 and lower</source>
      <translation>Klassrang 5 och lägre</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="206" />
      <source>Class {k} ('{name}') has no "conditions" list.</source>
      <translation>Klass {k} ('{name}') saknar listan "conditions".</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="244" />
      <source>Class {k} ('{name}'), condition {m} ({indicator} {op} ...): "value" must be a number, not {value!r}.</source>
      <translation>Klass {k} ('{name}'), villkor {m} ({indicator} {op} ...): "value" måste vara ett tal, inte {value!r}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="215" />
      <source>Class {k} ('{name}'), condition {m} has no "indicator".</source>
      <translation>Klass {k} ('{name}'), villkor {m} saknar "indicator".</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="210" />
      <source>Class {k} ('{name}'), condition {m} must be an object.</source>
      <translation>Klass {k} ('{name}'), villkor {m} måste vara ett objekt.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="223" />
      <source>Class {k} ('{name}'), condition {m}: unknown operator {op!r}; use one of {operators}.</source>
      <translation>Klass {k} ('{name}'), villkor {m}: okänd operator {op!r}; använd en av {operators}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="197" />
      <source>Class {k} ('{name}'): "combine" must be "all"/"AND" or "any"/"OR", not {combine!r}.</source>
      <translation>Klass {k} ('{name}'): "combine" måste vara "all"/"AND" eller "any"/"OR", inte {combine!r}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="189" />
      <source>Class {k} ('{name}'): the class name occurs twice in the rule table.</source>
      <translation>Klass {k} ('{name}'): klassnamnet förekommer två gånger i regeltabellen.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="186" />
      <source>Class {k} of the rule table has no "class" name.</source>
      <translation>Klass {k} i regeltabellen saknar namn ("class").</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="183" />
      <source>Class {k} of the rule table must be an object.</source>
      <translation>Klass {k} i regeltabellen måste vara ett objekt.</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy_params.py" line="70" />
      <source>Classification</source>
      <translation>Klassificering</translation>
    </message>
    <message>
      <location filename="processing/degurba_help.py" line="11" />
      <source>Classifies a population grid by the Degree of Urbanisation (DEGURBA) and writes a raster of GHS-SMOD codes, styled on load. Level 1: 3 urban centre, 2 urban cluster, 1 rural, 0 water. Level 2: 30 urban centre, 23 dense urban cluster, 22 semi-dense urban cluster, 21 suburban or peri-urban, 13 rural cluster, 12 low-density rural, 11 very low-density rural, 10 water. Density is population per km² of permanent land; all comparisons are &gt;=. Every parameter used is written to the log and to the raster's metadata.&lt;br&gt;&lt;br&gt;Source: Eurostat et al. (2021) Applying the Degree of Urbanisation - a methodological manual, with the level-2 revision of July 2024 and the GHSL Data Package 2022/2023 conventions; parameter names as in the flexurba R package (Van Migerode et al. 2024, Environment and Planning B 51(7)).&lt;br&gt;&lt;br&gt;&lt;b&gt;Parameters&lt;/b&gt;&lt;br&gt;&lt;i&gt;Population raster&lt;/i&gt;: inhabitants per cell; square cells in metres (1 km in the manual), with a CRS. Or a &lt;i&gt;polygon grid&lt;/i&gt; (one square polygon per cell) with a &lt;i&gt;population field&lt;/i&gt;; cells missing from it have no population.&lt;br&gt;&lt;i&gt;Land raster&lt;/i&gt; (optional): permanent land per cell, aligned with the population grid; without it every cell is land and there is no water class. &lt;i&gt;Built-up raster&lt;/i&gt; (optional): built-up surface per cell, e.g. GHSL BUILT_S; it turns on the built-up criterion (a cell also counts as dense when its built-up share of permanent land reaches 20 % (2024) or 50 % (2021)).&lt;br&gt;&lt;i&gt;Unit&lt;/i&gt; of each: detected from the values (default: at most 1 is a share, up to the cell area is m² per cell, as in GHSL LAND and BUILT_S; the log says what was detected), a share of the cell (0..1) or m² per cell (divided by the cell area).&lt;br&gt;&lt;i&gt;Level&lt;/i&gt;: 0 level 1, 1 level 2 (default).&lt;br&gt;&lt;i&gt;Preset&lt;/i&gt;: 0 '2024 update' (default: semi-dense clusters &gt;= 900/km², &gt;= 2 500, 4-connected, 2-cell buffer; built-up 20 %; 2023 majority rule), 1 '2021 manual' (&gt;= 300/km², &gt;= 5 000, 8-connected, 3-cell buffer; built-up 50 %; &gt;= 5 of 8 neighbours).&lt;br&gt;&lt;i&gt;Overrides&lt;/i&gt; (JSON, flexurba names): e.g. {"UC_smooth_edge": false, "DUC_size_threshold": 6000}; unknown names are refused with the list of known ones.&lt;br&gt;&lt;i&gt;Population nodata&lt;/i&gt;: no population outside the data (default: nodata cells in an area touching the grid's edge, or without land, count as nobody living there, as beyond a country's border or at sea; other nodata cells stop the run), fail, or treat every nodata cell as no population. The log gives the number of cells.&lt;br&gt;&lt;i&gt;Padding&lt;/i&gt;: cells of context on every side that are classified but cut off the output. Classify a study area on a grid that includes its surroundings (neighbouring counties or countries), so that clusters are not cut at the border; the log warns when a cluster touches the outer edge.&lt;br&gt;&lt;i&gt;Output&lt;/i&gt;: GeoTIFF of codes in the population grid's CRS and cells.</source>
      <translation>Klassificerar ett befolkningsrutnät efter urbaniseringsgrad (DEGURBA) och skriver ett raster med GHS-SMOD-koder som får stil när det läses in. Nivå 1: 3 urbant centrum, 2 urbant kluster, 1 landsbygd, 0 vatten. Nivå 2: 30 urbant centrum, 23 tätt urbant kluster, 22 halvtätt urbant kluster, 21 förorts- eller stadsnära område, 13 landsbygdskluster, 12 glesbefolkad landsbygd, 11 mycket glesbefolkad landsbygd, 10 vatten. Täthet är befolkning per km² permanent land; alla jämförelser görs med &gt;=. Varje använd parameter skrivs till loggen och till rastrets metadata.&lt;br&gt;&lt;br&gt;Källa: Eurostat et al. (2021) Applying the Degree of Urbanisation - a methodological manual, med revisionen av nivå 2 från juli 2024 och konventionerna i GHSL Data Package 2022/2023; parameternamn som i R-paketet flexurba (Van Migerode et al. 2024, Environment and Planning B 51(7)).&lt;br&gt;&lt;br&gt;&lt;b&gt;Parametrar&lt;/b&gt;&lt;br&gt;&lt;i&gt;Befolkningsraster&lt;/i&gt;: invånare per cell; kvadratiska celler i meter (1 km i manualen), med ett CRS. Eller ett &lt;i&gt;polygonrutnät&lt;/i&gt; (en kvadratisk polygon per cell) med ett &lt;i&gt;befolkningsfält&lt;/i&gt;; celler som saknas i det har ingen befolkning.&lt;br&gt;&lt;i&gt;Raster för permanent land&lt;/i&gt; (valfritt): permanent land per cell, i samma rutnät som befolkningen; utan det räknas varje cell som land och det finns ingen vattenklass. &lt;i&gt;Raster för bebyggd yta&lt;/i&gt; (valfritt): bebyggd yta per cell, t.ex. GHSL BUILT_S; det aktiverar kriteriet för bebyggd yta (en cell räknas också som tät när dess andel bebyggd yta av det permanenta landet når 20 % (2024) eller 50 % (2021)).&lt;br&gt;&lt;i&gt;Enhet&lt;/i&gt; för vart och ett: avläses ur värdena (standard: högst 1 är en andel, upp till cellens area är m² per cell, som i GHSL LAND och BUILT_S; loggen anger vad som avlästes), andel av cellen (0..1) eller m² per cell (divideras med cellens area).&lt;br&gt;&lt;i&gt;Nivå&lt;/i&gt;: 0 nivå 1, 1 nivå 2 (standard).&lt;br&gt;&lt;i&gt;Förinställning&lt;/i&gt;: 0 '2024 års uppdatering' (standard: halvtäta kluster &gt;= 900/km², &gt;= 2 500, 4-grannskap, buffert på 2 celler; bebyggd yta 20 %; majoritetsregeln från 2023), 1 '2021 års manual' (&gt;= 300/km², &gt;= 5 000, 8-grannskap, buffert på 3 celler; bebyggd yta 50 %; &gt;= 5 av 8 grannar).&lt;br&gt;&lt;i&gt;Åsidosättningar&lt;/i&gt; (JSON, flexurba-namn): t.ex. {"UC_smooth_edge": false, "DUC_size_threshold": 6000}; okända namn avvisas med en lista över de kända.&lt;br&gt;&lt;i&gt;Nodata i befolkningsrastret&lt;/i&gt;: ingen befolkning utanför data (standard: nodata-celler i ett område som når rutnätets kant, eller utan land, räknas som att ingen bor där, som bortom ett lands gräns eller till havs; andra nodata-celler avbryter körningen), avbryt, eller behandla varje nodata-cell som cell utan befolkning. Loggen anger antalet celler.&lt;br&gt;&lt;i&gt;Marginal&lt;/i&gt;: celler med omgivning på varje sida som klassificeras men skärs bort från utdata. Klassificera ett studieområde på ett rutnät som inkluderar dess omgivning (grannlän eller grannländer), så att kluster inte skärs av vid gränsen; loggen varnar när ett kluster når rutnätets yttre kant.&lt;br&gt;&lt;i&gt;Utdata&lt;/i&gt;: GeoTIFF med koder i befolkningsrutnätets CRS och celler.</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy_help.py" line="11" />
      <source>Classifies settlements (points or polygons, e.g. SCB tätorter) into a hierarchy and says for every settlement which rule put it there. A &lt;i&gt;rule table&lt;/i&gt; lists classes from the top, each with thresholds on named indicators combined with AND/OR; the first class that matches wins. In &lt;i&gt;index mode&lt;/i&gt; a weighted composite of standardised indicators is classed into N classes. A rank-size line (slope of ln(size) on ln(rank - 1/2), with R²) is written to the log, per region when a region field is given, and to the optional HTML report with a chart.&lt;br&gt;&lt;br&gt;&lt;b&gt;Presets and their sources&lt;/b&gt;&lt;br&gt;&lt;i&gt;Population classes&lt;/i&gt;: &gt;= 50 000, 10 000 - 49 999, 2 000 - 9 999, 200 - 1 999 inhabitants (size classes of RegionAtlas; 200 is the lower bound of a tätort: SCB, Tätorter 2020, Statistiska meddelanden MI 38 SM 2101).&lt;br&gt;&lt;i&gt;RUFS landsbygdsnod&lt;/i&gt;: &gt;= 1 000 inhabitants and a grocery shop, a school, a sports ground, elderly care and a public-transport interchange (Region Stockholm 2018, RUFS 2050); others get 'Not a landsbygdsnod'.&lt;br&gt;&lt;i&gt;Composite centrality&lt;/i&gt;: equal weights of the z-scores of population, jobs, services and in-commuting (those given), 4 classes by natural breaks (Jenks, G. F. 1977, Optimal data classification for choropleth maps).&lt;br&gt;Source of the rank-size correction: Gabaix &amp;amp; Ibragimov (2011), Rank - 1/2, Journal of Business &amp;amp; Economic Statistics 29(1).&lt;br&gt;&lt;br&gt;&lt;b&gt;Parameters&lt;/b&gt;&lt;br&gt;&lt;i&gt;Settlements&lt;/i&gt;: points or polygons; &lt;i&gt;id field&lt;/i&gt; (optional, unique; default the feature id) names settlements in messages.&lt;br&gt;&lt;i&gt;Population / jobs / in-commuting field&lt;/i&gt;, &lt;i&gt;service fields&lt;/i&gt;: all optional; they become the indicators &lt;i&gt;population&lt;/i&gt;, &lt;i&gt;jobs&lt;/i&gt;, &lt;i&gt;in_commuting&lt;/i&gt; and &lt;i&gt;services&lt;/i&gt; (the sum of the service fields, used by the composite index and by rule tables that name it). Under the RUFS preset the service fields, when given, are the services a landsbygdsnod must all have (otherwise the fields grocery, school, sports_ground, elderly_care and pt_interchange); population classes do not use them (the log says so). Every field of the layer can also be used in a rule table by its own name (e.g. &lt;i&gt;grocery&lt;/i&gt; for the RUFS preset, or &lt;i&gt;role&lt;/i&gt; from a dominant-flow result).&lt;br&gt;&lt;i&gt;Classification&lt;/i&gt;: 0 Population classes, 1 RUFS landsbygdsnod, 2 Composite centrality (index mode), 3 rule table from the JSON file.&lt;br&gt;&lt;i&gt;Rule table file&lt;/i&gt; (JSON): {"classes": [{"class": "Regional centre", "combine": "all", "conditions": [{"indicator": "population", "op": "&gt;=", "value": 50000}]}, ...], "fallback": "Other"}; operators &gt;=, &gt;, &lt;=, &lt;, ==, !=, present, absent; combine "all"/"AND" or "any"/"OR". When a file is given it is used.&lt;br&gt;&lt;i&gt;Fallback class&lt;/i&gt;: class for settlements no rule matches; without one such settlements stop the run and are listed.&lt;br&gt;&lt;i&gt;Index weights&lt;/i&gt; (index mode): e.g. population=2, jobs=1 or a JSON object; empty = the preset's equal weights of the indicators given. &lt;i&gt;Standardise&lt;/i&gt;: z-scores or ranks scaled to 0..1. &lt;i&gt;Class method&lt;/i&gt;: natural breaks (Jenks), quantiles or fixed breaks (&lt;i&gt;breaks&lt;/i&gt;: comma-separated index values; an index &gt;= a break moves up a class). &lt;i&gt;Number of classes&lt;/i&gt;: N for Jenks and quantiles. Class 1 is the highest index.&lt;br&gt;&lt;i&gt;Region field&lt;/i&gt; (optional): a rank-size line per region (county, LA region).&lt;br&gt;&lt;i&gt;Output&lt;/i&gt;: the settlements with class, class_rank (1 = top), index_value (index mode) and matched_rule. &lt;i&gt;Report&lt;/i&gt; (optional HTML): counts per class, the rules and the rank-size lines with a chart.</source>
      <translation>Klassificerar orter (punkter eller polygoner, t.ex. SCB:s tätorter) i en hierarki och anger för varje ort vilken regel som placerade den där. En &lt;i&gt;regeltabell&lt;/i&gt; listar klasser uppifrån, var och en med tröskelvärden för namngivna indikatorer kombinerade med AND/OR; den första klass som matchar gäller. I &lt;i&gt;indexläge&lt;/i&gt; delas ett viktat sammanvägt index av standardiserade indikatorer in i N klasser. En rang-storlekslinje (lutningen för ln(storlek) mot ln(rang - 1/2), med R²) skrivs till loggen, per region när ett regionfält anges, och till den valfria HTML-rapporten med ett diagram.&lt;br&gt;&lt;br&gt;&lt;b&gt;Förinställningar och deras källor&lt;/b&gt;&lt;br&gt;&lt;i&gt;Befolkningsklasser&lt;/i&gt;: &gt;= 50 000, 10 000 - 49 999, 2 000 - 9 999, 200 - 1 999 invånare (RegionAtlas storleksklasser; 200 är den nedre gränsen för en tätort: SCB, Tätorter 2020, Statistiska meddelanden MI 38 SM 2101).&lt;br&gt;&lt;i&gt;RUFS landsbygdsnod&lt;/i&gt;: &gt;= 1 000 invånare samt livsmedelsbutik, skola, idrottsplats, äldreomsorg och bytespunkt i kollektivtrafiken (Region Stockholm 2018, RUFS 2050); övriga får 'Not a landsbygdsnod'.&lt;br&gt;&lt;i&gt;Sammanvägd centralitet&lt;/i&gt;: lika vikter för z-värdena för befolkning, arbetstillfällen, service och inpendling (de som anges), 4 klasser med naturliga brytpunkter (Jenks, G. F. 1977, Optimal data classification for choropleth maps).&lt;br&gt;Källa för rang-storlekskorrektionen: Gabaix &amp;amp; Ibragimov (2011), Rank - 1/2, Journal of Business &amp;amp; Economic Statistics 29(1).&lt;br&gt;&lt;br&gt;&lt;b&gt;Parametrar&lt;/b&gt;&lt;br&gt;&lt;i&gt;Orter&lt;/i&gt;: punkter eller polygoner; &lt;i&gt;id-fält&lt;/i&gt; (valfritt, unikt; standard är objekt-id) namnger orterna i meddelanden.&lt;br&gt;&lt;i&gt;Fält för befolkning / arbetstillfällen / inpendling&lt;/i&gt;, &lt;i&gt;servicefält&lt;/i&gt;: alla valfria; de blir indikatorerna &lt;i&gt;population&lt;/i&gt;, &lt;i&gt;jobs&lt;/i&gt;, &lt;i&gt;in_commuting&lt;/i&gt; och &lt;i&gt;services&lt;/i&gt; (summan av servicefälten, som används av det sammanvägda indexet och av regeltabeller som nämner den). Med RUFS-förinställningen är servicefälten, när de anges, de serviceslag som en landsbygdsnod måste ha alla av (annars fälten grocery, school, sports_ground, elderly_care och pt_interchange); befolkningsklasserna använder dem inte (loggen säger det). Varje fält i lagret kan också användas i en regeltabell med sitt eget namn (t.ex. &lt;i&gt;grocery&lt;/i&gt; för RUFS-förinställningen, eller &lt;i&gt;role&lt;/i&gt; från ett resultat av Dominerande flöden).&lt;br&gt;&lt;i&gt;Klassificering&lt;/i&gt;: 0 Befolkningsklasser, 1 RUFS landsbygdsnod, 2 Sammanvägd centralitet (indexläge), 3 regeltabell från JSON-filen.&lt;br&gt;&lt;i&gt;Regeltabellfil&lt;/i&gt; (JSON): {"classes": [{"class": "Regional centre", "combine": "all", "conditions": [{"indicator": "population", "op": "&gt;=", "value": 50000}]}, ...], "fallback": "Other"}; operatorer &gt;=, &gt;, &lt;=, &lt;, ==, !=, present, absent; combine "all"/"AND" eller "any"/"OR". När en fil anges används den.&lt;br&gt;&lt;i&gt;Reservklass&lt;/i&gt;: klass för orter som ingen regel matchar; utan reservklass stoppar sådana orter körningen och listas.&lt;br&gt;&lt;i&gt;Indexvikter&lt;/i&gt; (indexläge): t.ex. population=2, jobs=1 eller ett JSON-objekt; tomt = förinställningens lika vikter för de angivna indikatorerna. &lt;i&gt;Standardisera&lt;/i&gt;: z-värden eller ranger skalade till 0..1. &lt;i&gt;Klassindelningsmetod&lt;/i&gt;: naturliga brytpunkter (Jenks), kvantiler eller fasta brytpunkter (&lt;i&gt;brytpunkter&lt;/i&gt;: kommaseparerade indexvärden; ett index &gt;= en brytpunkt flyttas upp en klass). &lt;i&gt;Antal klasser&lt;/i&gt;: N för Jenks och kvantiler. Klass 1 är det högsta indexet.&lt;br&gt;&lt;i&gt;Regionfält&lt;/i&gt; (valfritt): en rang-storlekslinje per region (län, LA-region).&lt;br&gt;&lt;i&gt;Utdata&lt;/i&gt;: orterna med class, class_rank (1 = högst), index_value (indexläge) och matched_rule. &lt;i&gt;Rapport&lt;/i&gt; (valfri HTML): antal per klass, reglerna och rang-storlekslinjerna med ett diagram.</translation>
    </message>
    <message>
      <location filename="processing/degurba_help.py" line="59" />
      <source>Classifies spatial units (municipalities, DeSO) by the share of their population living in each Degree of Urbanisation grid class. Level 1: city when &gt;= 50 % lives in urban centres, rural area when &gt; 50 % lives in rural cells, otherwise town and semi-dense area. Level 2 splits towns into dense towns, semi-dense towns and suburban or peri-urban areas, and rural areas into villages, dispersed rural areas and mostly uninhabited areas. Units without population are classified by their land-area shares instead (column basis).&lt;br&gt;&lt;br&gt;Source: Eurostat et al. (2021) Applying the Degree of Urbanisation - a methodological manual, section 3 (unit rules), with the level-2 revision of July 2024.&lt;br&gt;&lt;br&gt;&lt;b&gt;Parameters&lt;/b&gt;&lt;br&gt;&lt;i&gt;Units&lt;/i&gt;: polygons with a unique &lt;i&gt;unit id field&lt;/i&gt;. Each grid cell belongs to the unit that covers its centre; units that cover no cell centre get no class and are listed.&lt;br&gt;&lt;i&gt;DEGURBA raster&lt;/i&gt;: the output of Degree of Urbanisation (grid), level 1 or 2 codes. &lt;i&gt;Population raster&lt;/i&gt;: the population grid it was made from (same cells). &lt;i&gt;Land raster&lt;/i&gt; (optional, same cells) and its &lt;i&gt;unit&lt;/i&gt;: weights the land-area shares of units without population.&lt;br&gt;&lt;i&gt;Level&lt;/i&gt;: 0 level 1 (default), 1 level 2 (needs a level-2 grid). &lt;i&gt;Unit rules&lt;/i&gt;: 0 '2024 update', 1 '2021 manual'. &lt;i&gt;Population nodata&lt;/i&gt;: fail when a nodata cell lies inside a unit (default; nodata outside every unit does not matter) or treat nodata as no population.&lt;br&gt;&lt;i&gt;Output&lt;/i&gt;: the units with population, area (cells, weighted by land share), share_&lt;code&gt; per grid class, class_l1, class_l1_name, (class_l2, class_l2_name,) basis.</source>
      <translation>Klassificerar geografiska enheter (kommuner, DeSO) efter den andel av deras befolkning som bor i varje rutnätsklass för urbaniseringsgrad. Nivå 1: stad när &gt;= 50 % bor i urbana centrum, landsbygdsområde när &gt; 50 % bor i landsbygdsceller, annars mindre stad och halvtätt område. Nivå 2 delar mindre städer i täta småstäder, halvtäta småstäder och förorts- eller stadsnära områden, och landsbygdsområden i byar, spridd landsbygd och huvudsakligen obebodda områden. Enheter utan befolkning klassificeras i stället efter sina andelar av landarean (kolumnen basis).&lt;br&gt;&lt;br&gt;Källa: Eurostat et al. (2021) Applying the Degree of Urbanisation - a methodological manual, avsnitt 3 (regler för enheter), med revisionen av nivå 2 från juli 2024.&lt;br&gt;&lt;br&gt;&lt;b&gt;Parametrar&lt;/b&gt;&lt;br&gt;&lt;i&gt;Enheter&lt;/i&gt;: polygoner med ett unikt &lt;i&gt;enhets-id-fält&lt;/i&gt;. Varje rutnätscell hör till den enhet som täcker cellens mittpunkt; enheter som inte täcker någon cellmittpunkt får ingen klass och listas.&lt;br&gt;&lt;i&gt;DEGURBA-raster&lt;/i&gt;: utdata från Urbaniseringsgrad (rutnät), koder för nivå 1 eller 2. &lt;i&gt;Befolkningsraster&lt;/i&gt;: det befolkningsrutnät som det skapades från (samma celler). &lt;i&gt;Raster för permanent land&lt;/i&gt; (valfritt, samma celler) och dess &lt;i&gt;enhet&lt;/i&gt;: viktar landareaandelarna för enheter utan befolkning.&lt;br&gt;&lt;i&gt;Nivå&lt;/i&gt;: 0 nivå 1 (standard), 1 nivå 2 (kräver ett rutnät på nivå 2). &lt;i&gt;Regler för enheter&lt;/i&gt;: 0 '2024 års uppdatering', 1 '2021 års manual'. &lt;i&gt;Nodata i befolkningsrastret&lt;/i&gt;: avbryt när en nodata-cell ligger inom en enhet (standard; nodata utanför alla enheter spelar ingen roll) eller behandla nodata som ingen befolkning.&lt;br&gt;&lt;i&gt;Utdata&lt;/i&gt;: enheterna med population, area (celler, viktade med landandel), share_&lt;code&gt; per rutnätsklass, class_l1, class_l1_name, (class_l2, class_l2_name,) basis.</translation>
    </message>
    <message>
      <location filename="ui/dependency_dialog.py" line="84" />
      <source>Close</source>
      <translation>Stäng</translation>
    </message>
    <message>
      <location filename="processing/base.py" line="38" />
      <source>Commuting</source>
      <translation>Pendling</translation>
    </message>
    <message>
      <location filename="processing/loadscbcommuting.py" line="70" />
      <source>Commuting (SCB)</source>
      <translation>Pendling (SCB)</translation>
    </message>
    <message>
      <location filename="processing/loadssbcommuting.py" line="65" />
      <source>Commuting (SSB)</source>
      <translation>Pendling (SSB)</translation>
    </message>
    <message>
      <location filename="processing/commuting_loader.py" line="125" />
      <source>Commuting OD table</source>
      <translation>Pendlingstabell (OD)</translation>
    </message>
    <message>
      <location filename="processing/od_input.py" line="52" />
      <location filename="processing/pipeline.py" line="39" />
      <source>Commuting OD table (layer, table or CSV)</source>
      <translation>OD-tabell för pendling (pendlingsmatris; lager, tabell eller CSV)</translation>
    </message>
    <message>
      <location filename="processing/regionchange.py" line="92" />
      <source>Commuting OD tables (run one method)</source>
      <translation>OD-tabeller för pendling (kör en metod)</translation>
    </message>
    <message>
      <location filename="processing/flowlines.py" line="70" />
      <source>Commuting flow lines</source>
      <translation>Flödeslinjer för pendling</translation>
    </message>
    <message>
      <location filename="processing/flowlines.py" line="238" />
      <source>Commuting flow lines ({filters})</source>
      <translation>Pendlingsflöden som linjer ({filters})</translation>
    </message>
    <message>
      <location filename="plugin.py" line="103" />
      <source>Commuting flow lines…</source>
      <translation>Flödeslinjer för pendling…</translation>
    </message>
    <message>
      <location filename="processing/commutingindicators.py" line="42" />
      <location filename="processing/commutingindicators.py" line="75" />
      <location filename="processing/commutingindicators.py" line="120" />
      <source>Commuting indicators</source>
      <translation>Pendlingsindikatorer</translation>
    </message>
    <message>
      <location filename="plugin.py" line="97" />
      <source>Commuting indicators…</source>
      <translation>Pendlingsindikatorer…</translation>
    </message>
    <message>
      <location filename="processing/base.py" line="39" />
      <location filename="processing/commutingregions_report.py" line="161" />
      <location filename="processing/pipeline.py" line="70" />
      <source>Commuting regions</source>
      <translation>Pendlingsregioner</translation>
    </message>
    <message>
      <location filename="processing/commutingregions.py" line="53" />
      <source>Commuting regions (labour-market regions)</source>
      <translation>Pendlingsregioner (arbetsmarknadsregioner)</translation>
    </message>
    <message>
      <location filename="processing/commutingregions.py" line="172" />
      <source>Commuting regions ({method})</source>
      <translation>Pendlingsregioner ({method})</translation>
    </message>
    <message>
      <location filename="processing/commutingregions.py" line="171" />
      <source>Commuting regions ({method}): units</source>
      <translation>Pendlingsregioner ({method}): enheter</translation>
    </message>
    <message>
      <location filename="processing/commutingregions.py" line="118" />
      <source>Commuting regions: regions</source>
      <translation>Pendlingsregioner: regioner</translation>
    </message>
    <message>
      <location filename="processing/commutingregions.py" line="118" />
      <source>Commuting regions: units</source>
      <translation>Pendlingsregioner: enheter</translation>
    </message>
    <message>
      <location filename="processing/regionchange_help.py" line="13" />
      <source>Compares functional regions of several years (regionförstoring, region enlargement): per year the number of regions, their mean and median size and the share of the population in the largest region; per unit its region each year and whether it changed; the matching of each region to the region of the year before with which it shares most units (largest overlap, Jaccard index |A and B| / |A or B|). The partitions can be given as tables, or be made here from OD tables of several years by one method, or from SCB indicator tables. Units are matched by id; units present in only some years (municipal reforms) count in those years only.&lt;br&gt;&lt;br&gt;Sources: SCB, Lokala arbetsmarknader (LA regions per year since 1970); Jaccard, P. (1912), The distribution of the flora in the alpine zone, New Phytologist 11(2) (the overlap index); the methods' sources are in the report.&lt;br&gt;&lt;br&gt;&lt;b&gt;Parameters&lt;/b&gt;&lt;br&gt;&lt;i&gt;Inputs&lt;/i&gt;: two or more tables (layers or CSV paths), all of one kind:&lt;br&gt;&amp;nbsp;0 &lt;i&gt;partition tables&lt;/i&gt;: one row per unit with UNIT_FIELD and REGION_FIELD (default unit_id and region_id, as written by Commuting regions), optional SIZE_FIELD (employed residents, e.g. R; without it sizes are counted in units);&lt;br&gt;&amp;nbsp;1 &lt;i&gt;commuting OD tables&lt;/i&gt;: ORIGIN_FIELD, DESTINATION_FIELD, COUNT_FIELD, run through one METHOD with its parameters (below); sizes are employed residents;&lt;br&gt;&amp;nbsp;2 &lt;i&gt;LA indicator tables&lt;/i&gt;: UNIT_FIELD, DESTINATION_FIELD (largest destination), P1_FIELD, P2_FIELD, run through SCB's rule with CENTRE_MAX_OUT and CENTRE_MAX_SINGLE.&lt;br&gt;Field names are typed, the same for every input.&lt;br&gt;&lt;i&gt;Year of each input&lt;/i&gt;: with a &lt;i&gt;year field&lt;/i&gt; (YEAR_FIELD) every input is split by its values (one table may hold all years) and &lt;i&gt;years&lt;/i&gt; (YEARS, optional, comma-separated) picks some; without it YEARS gives one year per input in input order, and if YEARS is empty each input's year is the last four-digit number in its layer or file name (commuting_2017.csv: 2017).&lt;br&gt;</source>
      <translation>Jämför funktionella regioner för flera år (regionförstoring): per år antalet regioner, deras medel- och medianstorlek och andelen av befolkningen i den största regionen; per enhet dess region varje år och om den har bytt region; matchningen av varje region mot den region året innan som den delar flest enheter med (största överlapp, Jaccardindex |A och B| / |A eller B|). Indelningarna kan anges som tabeller, skapas här med en metod från OD-tabeller för flera år, eller från SCB:s indikatortabeller. Enheter matchas på id; enheter som bara finns vissa år (kommunreformer) räknas bara de åren.&lt;br&gt;&lt;br&gt;Källa: SCB, Lokala arbetsmarknader (LA-regioner per år sedan 1970); Jaccard, P. (1912), The distribution of the flora in the alpine zone, New Phytologist 11(2) (överlappsindexet); metodernas källor anges i rapporten.&lt;br&gt;&lt;br&gt;&lt;b&gt;Parametrar&lt;/b&gt;&lt;br&gt;&lt;i&gt;Indata&lt;/i&gt;: två eller fler tabeller (lager eller CSV-sökvägar), alla av samma slag:&lt;br&gt;&amp;nbsp;0 &lt;i&gt;indelningstabeller&lt;/i&gt;: en rad per enhet med UNIT_FIELD och REGION_FIELD (standard unit_id och region_id, som Pendlingsregioner skriver dem), valfritt SIZE_FIELD (förvärvsarbetande nattbefolkning, t.ex. R; utan det räknas storlek i antal enheter);&lt;br&gt;&amp;nbsp;1 &lt;i&gt;OD-tabeller för pendling&lt;/i&gt;: ORIGIN_FIELD, DESTINATION_FIELD, COUNT_FIELD, körs genom en METHOD med dess parametrar (nedan); storlek är förvärvsarbetande nattbefolkning;&lt;br&gt;&amp;nbsp;2 &lt;i&gt;LA-indikatortabeller&lt;/i&gt;: UNIT_FIELD, DESTINATION_FIELD (största destination), P1_FIELD, P2_FIELD, körs genom SCB:s regel med CENTRE_MAX_OUT och CENTRE_MAX_SINGLE.&lt;br&gt;Fältnamnen skrivs in och är desamma för alla indata.&lt;br&gt;&lt;i&gt;År för varje indata&lt;/i&gt;: med ett &lt;i&gt;årsfält&lt;/i&gt; (YEAR_FIELD) delas varje indata upp efter fältets värden (en tabell kan innehålla alla år) och &lt;i&gt;år&lt;/i&gt; (YEARS, valfritt, kommaseparerade) väljer ut några; utan årsfält anger YEARS ett år per indata i indataordning, och om YEARS är tomt är varje indatas år det sista fyrsiffriga talet i dess lager- eller filnamn (commuting_2017.csv: 2017).&lt;br&gt;</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy_params.py" line="74" />
      <source>Composite centrality (index mode)</source>
      <translation>Sammanvägd centralitet (indexläge)</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="748" />
      <source>Composite centrality needs at least one of the fields {fields}.</source>
      <translation>Sammanvägd centralitet kräver minst ett av fälten {fields}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy_inputs.py" line="127" />
      <source>Composite centrality needs at least one of the population, jobs, service or in-commuting fields.</source>
      <translation>Sammanvägd centralitet kräver minst ett av fälten för befolkning, arbetstillfällen, service eller inpendling.</translation>
    </message>
    <message>
      <location filename="processing/commutingindicators.py" line="45" />
      <source>Computes, for every unit (municipality, zone) of a commuting OD table, the indicators used to delineate labour-market regions: employed residents R (row sum), jobs W (column sum), the flow within the unit, out- and in-commuters, net commuting W - R, self-containment on the supply side (F[i,i]/R) and the demand side (F[i,i]/W), the job ratio W/R, the largest destination outside the unit (ties: smallest id) and SCB's p1 (share working in another unit) and p2 (share working in the largest destination).&lt;br&gt;&lt;br&gt;Sources: SCB, Lokala arbetsmarknader (LA) - beskrivning av metoden (p1, p2 and the centre rule p1 &lt;= {p1}, p2 &lt;= {p2}); Coombes, M. &amp;amp; Bond, S. (2008), Travel-to-Work Areas: the 2007 review, ONS (self-containment on the supply and demand side).&lt;br&gt;&lt;br&gt;&lt;b&gt;Parameters&lt;/b&gt;&lt;br&gt;&lt;i&gt;Commuting OD table&lt;/i&gt;: one row per origin-destination pair; a CSV path works (all fields text). Duplicate pairs are summed, zero rows ignored; a missing id, a non-numeric, negative, NaN or infinite count stops with the row named.&lt;br&gt;&lt;i&gt;Origin / destination / count field&lt;/i&gt;: home unit, work unit, employed persons.&lt;br&gt;&lt;i&gt;Year field / Year to use&lt;/i&gt;: pick one year of a multi-year table.&lt;br&gt;&lt;i&gt;Zones&lt;/i&gt; (optional) with &lt;i&gt;zone id field&lt;/i&gt;: the output is then the zones with the indicators joined (a styled map); zones without commuting get zeros. &lt;i&gt;When OD ids are missing from the zones&lt;/i&gt;: fail (default) or drop those flows and warn.&lt;br&gt;&lt;i&gt;Output&lt;/i&gt;: a table (or the zones) with unit_id, employed_residents, jobs, self_flow, out_commuters, in_commuters, net_commuting, sc_supply, sc_demand, job_ratio, largest_destination, p1, p2. Ratios with a zero denominator are NULL.</source>
      <translation>Beräknar för varje enhet (kommun, zon) i en OD-tabell för pendling de indikatorer som används för att avgränsa arbetsmarknadsregioner: förvärvsarbetande nattbefolkning R (radsumma), arbetstillfällen W (kolumnsumma), flödet inom enheten, ut- och inpendlare, nettopendling W - R, självinneslutning på utbudssidan (F[i,i]/R) och på efterfrågesidan (F[i,i]/W), självförsörjningsgraden W/R, den största destinationen utanför enheten (vid lika: lägst id) samt SCB:s p1 (andel som arbetar i en annan enhet) och p2 (andel som arbetar i största destinationen).&lt;br&gt;&lt;br&gt;Källa: SCB, Lokala arbetsmarknader (LA) - beskrivning av metoden (p1, p2 och centrumregeln p1 &lt;= {p1}, p2 &lt;= {p2}); Coombes, M. &amp;amp; Bond, S. (2008), Travel-to-Work Areas: the 2007 review, ONS (självinneslutning på utbuds- och efterfrågesidan).&lt;br&gt;&lt;br&gt;&lt;b&gt;Parametrar&lt;/b&gt;&lt;br&gt;&lt;i&gt;OD-tabell för pendling&lt;/i&gt;: en rad per par av ursprung och destination; en CSV-sökväg fungerar (alla fält läses som text). Dubblettpar summeras och nollrader ignoreras; ett saknat id eller ett antal som är icke-numeriskt, negativt, NaN eller oändligt stoppar körningen med raden angiven.&lt;br&gt;&lt;i&gt;Fält för ursprung / destination / antal&lt;/i&gt;: bostadsenhet, arbetsenhet, förvärvsarbetande personer.&lt;br&gt;&lt;i&gt;Årsfält / År att använda&lt;/i&gt;: välj ett år ur en tabell med flera år.&lt;br&gt;&lt;i&gt;Zoner&lt;/i&gt; (valfritt) med &lt;i&gt;zon-id-fält&lt;/i&gt;: utdata blir då zonerna med indikatorerna kopplade (en karta med stil); zoner utan pendling får nollor. &lt;i&gt;När OD-id saknas i zonerna&lt;/i&gt;: avbryt (standard) eller ta bort de flödena och varna.&lt;br&gt;&lt;i&gt;Utdata&lt;/i&gt;: en tabell (eller zonerna) med unit_id, employed_residents, jobs, self_flow, out_commuters, in_commuters, net_commuting, sc_supply, sc_demand, job_ratio, largest_destination, p1, p2. Kvoter med nämnaren noll blir NULL.</translation>
    </message>
    <message>
      <location filename="ui/store_dialog.py" line="58" />
      <source>Connection</source>
      <translation>Anslutning</translation>
    </message>
    <message>
      <location filename="processing/network_input.py" line="126" />
      <source>Connector speed (km/h)</source>
      <translation>Anslutningshastighet (km/h)</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="99" />
      <location filename="ui/stakeholder_register.ui" line="116" />
      <source>Contact role</source>
      <translation>Kontaktroll</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="95" />
      <source>Contents</source>
      <translation>Innehåll</translation>
    </message>
    <message>
      <location filename="processing/commuting_loader.py" line="113" />
      <source>Contents code (empty: the table's only one)</source>
      <translation>Innehållskod (tom: tabellens enda)</translation>
    </message>
    <message>
      <location filename="processing/regions_help.py" line="42" />
      <source>Coombes M. &amp; Bond S. (2008), Travel-to-Work Areas: the 2007 review, ONS, and the CURDS/ONS TTWA program (strict variant: every final area has V &gt;= 1).</source>
      <translation>Coombes M. &amp; Bond S. (2008), Travel-to-Work Areas: the 2007 review, ONS, samt CURDS/ONS TTWA-programmet (strikt variant: varje slutligt område har V &gt;= 1).</translation>
    </message>
    <message>
      <location filename="processing/regions_help.py" line="56" />
      <source>Coombes M. &amp; Bond S. (2008), Travel-to-Work Areas: the 2007 review, ONS; Eurostat (2020), European harmonised labour market areas (textbook variant: the published procedure with every validity computed from cluster totals).</source>
      <translation>Coombes M. &amp; Bond S. (2008), Travel-to-Work Areas: the 2007 review, ONS; Eurostat (2020), European harmonised labour market areas (läroboksvariant: det publicerade förfarandet med varje giltighet beräknad på klustrets summor).</translation>
    </message>
    <message>
      <location filename="processing/regions_help.py" line="36" />
      <source>Coombes M. &amp; Bond S. (2008), Travel-to-Work Areas: the 2007 review, ONS; Eurostat (2020), European harmonised labour market areas; Franconi L., D'Alò M. &amp; Ichim D. (2016), Istat implementation of the algorithm to develop Labour Market Areas (ISTAT variant: reserve-list units are finally assigned without a validity check).</source>
      <translation>Coombes M. &amp; Bond S. (2008), Travel-to-Work Areas: the 2007 review, ONS; Eurostat (2020), European harmonised labour market areas; Franconi L., D'Alò M. &amp; Ichim D. (2016), Istat implementation of the algorithm to develop Labour Market Areas (ISTAT-variant: enheter på reservlistan tilldelas till sist utan giltighetskontroll).</translation>
    </message>
    <message>
      <location filename="processing/exportwebatlas.py" line="152" />
      <source>Coordinate decimals</source>
      <translation>Decimaler i koordinaterna</translation>
    </message>
    <message>
      <location filename="regionatlas/webatlas/geometry.py" line="48" />
      <source>Coordinate decimals must be between {low} and {high}, not {value}.</source>
      <translation>Antalet decimaler i koordinaterna ska vara mellan {low} och {high}, inte {value}.</translation>
    </message>
    <message>
      <location filename="processing/structure_params.py" line="227" />
      <source>Corridor rule</source>
      <translation>Stråkregel</translation>
    </message>
    <message>
      <location filename="processing/structure_corridors.py" line="169" />
      <source>Corridor rule '{rule}' (value {value}): {n} corridors.</source>
      <translation>Stråkregel '{rule}' (värde {value}): {n} stråk.</translation>
    </message>
    <message>
      <location filename="processing/structure_params.py" line="269" />
      <location filename="processing/structure_styles.py" line="210" />
      <source>Corridors</source>
      <translation>Stråk</translation>
    </message>
    <message>
      <location filename="ui/notes_features.py" line="158" />
      <source>Could not fill {name}.</source>
      <translation>Kunde inte fylla {name}.</translation>
    </message>
    <message>
      <location filename="processing/guards.py" line="253" />
      <source>Could not remove the partial output {path}: {reason}</source>
      <translation>Det ofullständiga resultatet {path} kunde inte tas bort: {reason}</translation>
    </message>
    <message>
      <location filename="ui/dependency_dialog.py" line="170" />
      <source>Could not start {python}.</source>
      <translation>Kunde inte starta {python}.</translation>
    </message>
    <message>
      <location filename="processing/base.py" line="166" />
      <source>Could not write or read {path}: {reason}</source>
      <translation>Kunde inte skriva eller läsa {path}: {reason}</translation>
    </message>
    <message>
      <location filename="processing/regionchange.py" line="105" />
      <source>Count field (OD tables)</source>
      <translation>Antalsfält (OD-tabeller)</translation>
    </message>
    <message>
      <location filename="processing/od_input.py" line="68" />
      <location filename="processing/pipeline.py" line="42" />
      <location filename="processing/structure_params.py" line="160" />
      <source>Count field (employed persons)</source>
      <translation>Antalsfält (förvärvsarbetande personer)</translation>
    </message>
    <message>
      <location filename="processing/structure_params.py" line="132" />
      <source>Country field</source>
      <translation>Landsfält</translation>
    </message>
    <message>
      <location filename="processing/structure_params.py" line="217" />
      <source>Country field of these units</source>
      <translation>Landsfält för dessa enheter</translation>
    </message>
    <message>
      <location filename="processing/structure_params.py" line="275" />
      <location filename="processing/structure_styles.py" line="214" />
      <source>County and national borders</source>
      <translation>Läns- och riksgränser</translation>
    </message>
    <message>
      <location filename="processing/structure_styles.py" line="70" />
      <location filename="processing/style_labels.py" line="54" />
      <source>County border</source>
      <translation>Länsgräns</translation>
    </message>
    <message>
      <location filename="processing/commuting_loader.py" line="81" />
      <location filename="processing/loadscbboundaries.py" line="89" />
      <source>County codes to keep (e.g. 25, 24; empty: the whole country)</source>
      <translation>Länskoder att behålla (t.ex. 25, 24; tom: hela landet)</translation>
    </message>
    <message>
      <location filename="processing/structure_params.py" line="216" />
      <source>County field of these units</source>
      <translation>Länsfält för dessa enheter</translation>
    </message>
    <message>
      <location filename="processing/attribute_display.py" line="44" />
      <source>Crosses the border</source>
      <translation>Korsar gränsen</translation>
    </message>
    <message>
      <location filename="processing/accessibility.py" line="147" />
      <source>Cumulative opportunities</source>
      <translation>Kumulativa möjligheter</translation>
    </message>
    <message>
      <location filename="processing/structure_params.py" line="232" />
      <source>Cumulative share</source>
      <translation>Kumulativ andel</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/flowlines.py" line="63" />
      <source>Cumulative share must be above 0 and at most 1 (got {value}).</source>
      <translation>Kumulativ andel måste vara större än 0 och högst 1 (angivet värde: {value}).</translation>
    </message>
    <message>
      <location filename="processing/flowlines.py" line="127" />
      <source>Cumulative share of out-commuting per origin (0 = off)</source>
      <translation>Kumulativ andel av utpendlingen per ursprung (0 = av)</translation>
    </message>
    <message>
      <location filename="processing/structure_params.py" line="266" />
      <source>Curved corridors</source>
      <translation>Böjda stråk</translation>
    </message>
    <message>
      <location filename="regionatlas/accessibility/speeds.py" line="170" />
      <source>DEFAULT_SPEED is {value} km/h; it must lie between 0 and {max}.</source>
      <translation>DEFAULT_SPEED är {value} km/h; den måste ligga mellan 0 och {max}.</translation>
    </message>
    <message>
      <location filename="processing/degurbaunits.py" line="88" />
      <location filename="processing/degurbaunits.py" line="90" />
      <location filename="processing/degurbaunits.py" line="99" />
      <source>DEGURBA</source>
      <translation>DEGURBA</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba.py" line="456" />
      <source>DEGURBA level must be 1 or 2, not {level!r}.</source>
      <translation>DEGURBA-nivån måste vara 1 eller 2, inte {level!r}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba_parameters.py" line="446" />
      <source>DEGURBA overrides must be a JSON object such as {example}.</source>
      <translation>DEGURBA-parameteråsidosättningarna måste vara ett JSON-objekt, t.ex. {example}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba_parameters.py" line="420" />
      <source>DEGURBA parameter '{name}' is a share and must be 0..1, not {value:g}.</source>
      <translation>DEGURBA-parametern '{name}' är en andel och måste vara 0..1, inte {value:g}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba_parameters.py" line="460" />
      <source>DEGURBA parameter '{name}' is not supported: give UC_built_threshold/DUC_built_threshold as a number instead.</source>
      <translation>DEGURBA-parametern '{name}' stöds inte: ange UC_built_threshold/DUC_built_threshold som ett tal i stället.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba_parameters.py" line="454" />
      <source>DEGURBA parameter '{name}' is not supported: population smoothing before delineation is not implemented.</source>
      <translation>DEGURBA-parametern '{name}' stöds inte: utjämning av befolkningen före avgränsningen är inte implementerad.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba_parameters.py" line="465" />
      <source>DEGURBA parameter '{name}' is not supported: {reason}.</source>
      <translation>DEGURBA-parametern '{name}' stöds inte: {reason}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba_parameters.py" line="377" />
      <source>DEGURBA parameter '{name}' must be '{option_2023}' or '{option_2022}', not {value!r}.</source>
      <translation>DEGURBA-parametern '{name}' måste vara '{option_2023}' eller '{option_2022}', inte {value!r}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba_parameters.py" line="403" />
      <source>DEGURBA parameter '{name}' must be 4 (rook) or 8 (queen), not {value}.</source>
      <translation>DEGURBA-parametern '{name}' måste vara 4 (rook, utan diagonaler) eller 8 (queen, med diagonaler), inte {value}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba_parameters.py" line="415" />
      <source>DEGURBA parameter '{name}' must be &gt;= 0, not {value:g}.</source>
      <translation>DEGURBA-parametern '{name}' måste vara &gt;= 0, inte {value:g}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba_parameters.py" line="409" />
      <source>DEGURBA parameter '{name}' must be &gt;= 0, not {value}.</source>
      <translation>DEGURBA-parametern '{name}' måste vara &gt;= 0, inte {value}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba_parameters.py" line="389" />
      <source>DEGURBA parameter '{name}' must be a finite number, not {value!r}.</source>
      <translation>DEGURBA-parametern '{name}' måste vara ett ändligt tal, inte {value!r}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba_parameters.py" line="385" />
      <source>DEGURBA parameter '{name}' must be a number, not {value!r}.</source>
      <translation>DEGURBA-parametern '{name}' måste vara ett tal, inte {value!r}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba_parameters.py" line="396" />
      <source>DEGURBA parameter '{name}' must be a whole number, not {value!r}.</source>
      <translation>DEGURBA-parametern '{name}' måste vara ett heltal, inte {value!r}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba_parameters.py" line="369" />
      <source>DEGURBA parameter '{name}' must be true or false, not {value!r}.</source>
      <translation>DEGURBA-parametern '{name}' måste vara true eller false, inte {value!r}.</translation>
    </message>
    <message>
      <location filename="processing/degurbaunits.py" line="65" />
      <source>DEGURBA raster (GHS-SMOD codes)</source>
      <translation>DEGURBA-raster (GHS-SMOD-koder)</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba.py" line="710" />
      <source>DEGURBA unit level must be 1 or 2, not {level!r}.</source>
      <translation>DEGURBA-nivån för enheterna måste vara 1 eller 2, inte {level!r}.</translation>
    </message>
    <message>
      <location filename="processing/exportstructureimage.py" line="175" />
      <source>DPI</source>
      <translation>DPI</translation>
    </message>
    <message>
      <location filename="processing/base.py" line="43" />
      <source>Data</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="ui/notes_features.py" line="92" />
      <source>Dataset key: {key}</source>
      <translation>Datamängdsnyckel: {key}</translation>
    </message>
    <message>
      <location filename="processing/relinknotes.py" line="153" />
      <source>Dataset {old} -&gt; {new} (key field {field}).</source>
      <translation>Datamängd {old} -&gt; {new} (nyckelfält {field}).</translation>
    </message>
    <message>
      <location filename="ui/stakeholder_register.ui" line="287" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="processing/loadscbboundaries.py" line="85" />
      <source>DeSO 2018</source>
      <translation>DeSO 2018</translation>
    </message>
    <message>
      <location filename="processing/loadscbboundaries.py" line="83" />
      <source>DeSO 2025</source>
      <translation>DeSO 2025</translation>
    </message>
    <message>
      <location filename="processing/network_input.py" line="104" />
      <source>Default speed (km/h; 0 = none)</source>
      <translation>Standardhastighet (km/h; 0 = ingen)</translation>
    </message>
    <message>
      <location filename="processing/degurba_params.py" line="134" />
      <source>Degree of Urbanisation</source>
      <translation>Urbaniseringsgrad</translation>
    </message>
    <message>
      <location filename="processing/degurba.py" line="47" />
      <source>Degree of Urbanisation (grid)</source>
      <translation>Urbaniseringsgrad (rutnät)</translation>
    </message>
    <message>
      <location filename="processing/degurbaunits.py" line="59" />
      <source>Degree of Urbanisation (units)</source>
      <translation>Urbaniseringsgrad (enheter)</translation>
    </message>
    <message>
      <location filename="processing/degurba.py" line="130" />
      <source>Degree of Urbanisation level {level}</source>
      <translation>Urbaniseringsgrad nivå {level}</translation>
    </message>
    <message>
      <location filename="processing/degurbaunits.py" line="73" />
      <location filename="processing/degurbaunits.py" line="178" />
      <source>Degree of Urbanisation units</source>
      <translation>Urbaniseringsgrad för enheter</translation>
    </message>
    <message>
      <location filename="ui/confirm.py" line="23" />
      <source>Delete</source>
      <translation>Ta bort</translation>
    </message>
    <message>
      <location filename="ui/engagement_events.py" line="142" />
      <source>Delete event</source>
      <translation>Ta bort dialogtillfälle</translation>
    </message>
    <message>
      <location filename="ui/stakeholder_register.ui" line="365" />
      <source>Delete event…</source>
      <translation>Ta bort dialogtillfälle…</translation>
    </message>
    <message>
      <location filename="ui/notes_editor.py" line="200" />
      <source>Delete note</source>
      <translation>Ta bort anteckning</translation>
    </message>
    <message>
      <location filename="ui/stakeholder_form.py" line="109" />
      <source>Delete stakeholder</source>
      <translation>Ta bort aktör</translation>
    </message>
    <message>
      <location filename="ui/engagement_events.py" line="143" />
      <source>Delete the event {date} “{event}”?</source>
      <translation>Ta bort dialogtillfället {date} ”{event}”?</translation>
    </message>
    <message>
      <location filename="ui/notes_editor.py" line="201" />
      <source>Delete this note for everyone using the store?</source>
      <translation>Ta bort anteckningen för alla som använder lagret?</translation>
    </message>
    <message>
      <location filename="ui/stakeholder_form.py" line="110" />
      <source>Delete {org} and its engagement events? Its notes are kept without a stakeholder.</source>
      <translation>Ta bort {org} och dess dialogtillfällen? Aktörens anteckningar behålls utan aktör.</translation>
    </message>
    <message>
      <location filename="ui/notes_dock.ui" line="338" />
      <location filename="ui/stakeholder_register.ui" line="204" />
      <source>Delete…</source>
      <translation>Ta bort…</translation>
    </message>
    <message>
      <location filename="processing/centres_help.py" line="47" />
      <source>Derives a functional hierarchy of places from a flow table (commuting, migration, phone calls): each place is linked to the place that receives its largest flow when that place is larger, and following the links upwards gives a tree for each dominant centre. Flows within a place are ignored. The size of a place is its total inflow from other places, or an attribute of the nodes (e.g. jobs).&lt;br&gt;Roles: &lt;i&gt;dominant&lt;/i&gt; (receives links, sends none), &lt;i&gt;intermediate&lt;/i&gt; (sends and receives), &lt;i&gt;dominated&lt;/i&gt; (sends only), &lt;i&gt;independent&lt;/i&gt; (neither). &lt;i&gt;level&lt;/i&gt; is the depth in the tree (0 = the dominant centre).&lt;br&gt;&lt;br&gt;Source: Nystuen, J. D. &amp;amp; Dacey, M. F. (1961) A graph theory interpretation of nodal regions, Papers of the Regional Science Association 7; variants as in the R package flows (Beauguitte, Giraud &amp;amp; Pecout) and Rihll &amp;amp; Wilson (1987), Spatial interaction and structural models in historical analysis, Histoire &amp;amp; Mesure 2(1).&lt;br&gt;&lt;br&gt;&lt;b&gt;Parameters&lt;/b&gt;&lt;br&gt;&lt;i&gt;OD table&lt;/i&gt;, &lt;i&gt;origin / destination / count field&lt;/i&gt;, &lt;i&gt;year&lt;/i&gt;: as in Commuting indicators.&lt;br&gt;&lt;i&gt;Mode&lt;/i&gt;: 0 largest flow (keep i -&gt; j*, j* = the largest destination of i, when size(j*) &gt; k x size(i)); 1 share of outflow (keep every i -&gt; j carrying at least &lt;i&gt;share&lt;/i&gt; of i's outflow to a place larger than k x size(i); a place may then have several links, its level follows the largest); 2 Rihll-Wilson (i is dominated when its size is below its largest outflow).&lt;br&gt;&lt;i&gt;Ratio k&lt;/i&gt;: k &gt;= 1 (1 = the original rule; larger = stricter).&lt;br&gt;&lt;i&gt;Share of outflow&lt;/i&gt;: minimum share for mode 1 (0..1).&lt;br&gt;&lt;i&gt;Nodes&lt;/i&gt; (optional): points or polygons of the places (a point inside each polygon is used) with a &lt;i&gt;node id field&lt;/i&gt; matching the OD ids (text; leading zeros matter). Without nodes the outputs are tables. &lt;i&gt;Size field&lt;/i&gt; (optional): size of each place instead of the inflow; nodes without flows are then reported as independent. &lt;i&gt;When OD ids are missing from the nodes&lt;/i&gt;: fail (default, the ids are listed) or drop their flows and warn.&lt;br&gt;&lt;i&gt;Nodes output&lt;/i&gt;: id, role, level, dominant_id, size, outflow, largest_destination, largest_flow, dominant_rank (1 = the largest dominant centre; the map labels the 20 largest, larger ones first when labels collide) (and the node attributes). &lt;i&gt;Links output&lt;/i&gt;: from, to, flow, share_of_outflow; lines between the node points, or a table without nodes.</source>
      <translation>Härleder en funktionell hierarki av orter från en flödestabell (pendling, flyttningar, telefonsamtal): varje ort länkas till den ort som tar emot dess största flöde, när den orten är större, och om man följer länkarna uppåt får man ett träd för varje dominerande centrum. Flöden inom en ort ignoreras. En orts storlek är dess totala inflöde från andra orter, eller ett attribut hos noderna (t.ex. arbetstillfällen).&lt;br&gt;Roller: &lt;i&gt;dominant&lt;/i&gt; (tar emot länkar, skickar inga), &lt;i&gt;intermediate&lt;/i&gt; (skickar och tar emot), &lt;i&gt;dominated&lt;/i&gt; (skickar bara), &lt;i&gt;independent&lt;/i&gt; (ingetdera). &lt;i&gt;level&lt;/i&gt; är djupet i trädet (0 = det dominerande centrumet).&lt;br&gt;&lt;br&gt;Källa: Nystuen, J. D. &amp;amp; Dacey, M. F. (1961) A graph theory interpretation of nodal regions, Papers of the Regional Science Association 7; varianter som i R-paketet flows (Beauguitte, Giraud &amp;amp; Pecout) och Rihll &amp;amp; Wilson (1987), Spatial interaction and structural models in historical analysis, Histoire &amp;amp; Mesure 2(1).&lt;br&gt;&lt;br&gt;&lt;b&gt;Parametrar&lt;/b&gt;&lt;br&gt;&lt;i&gt;OD-tabell&lt;/i&gt;, &lt;i&gt;fält för ursprung / destination / antal&lt;/i&gt;, &lt;i&gt;år&lt;/i&gt;: som i Pendlingsindikatorer.&lt;br&gt;&lt;i&gt;Läge&lt;/i&gt;: 0 största flöde (behåll i -&gt; j*, j* = i:s största destination, när size(j*) &gt; k x size(i)); 1 andel av utflödet (behåll varje i -&gt; j som bär minst &lt;i&gt;andelen&lt;/i&gt; av i:s utflöde till en ort större än k x size(i); en ort kan då ha flera länkar, och dess nivå följer den största); 2 Rihll-Wilson (i är dominerad när dess storlek är mindre än dess största utflöde).&lt;br&gt;&lt;i&gt;Kvot k&lt;/i&gt;: k &gt;= 1 (1 = den ursprungliga regeln; större = striktare).&lt;br&gt;&lt;i&gt;Andel av utflödet&lt;/i&gt;: minsta andel för läge 1 (0..1).&lt;br&gt;&lt;i&gt;Noder&lt;/i&gt; (valfritt): punkter eller polygoner för orterna (en punkt inuti varje polygon används) med ett &lt;i&gt;nod-id-fält&lt;/i&gt; som matchar OD-id (text; inledande nollor har betydelse). Utan noder blir utdata tabeller. &lt;i&gt;Storleksfält&lt;/i&gt; (valfritt): varje orts storlek i stället för inflödet; noder utan flöden rapporteras då som independent. &lt;i&gt;När OD-id saknas i noderna&lt;/i&gt;: avbryt (standard, id:na listas) eller ta bort deras flöden och varna.&lt;br&gt;&lt;i&gt;Utdata för noder&lt;/i&gt;: id, role, level, dominant_id, size, outflow, largest_destination, largest_flow, dominant_rank (1 = det största dominerande centrumet; kartan sätter etiketter på de 20 största, de större först när etiketter krockar) (och nodernas attribut). &lt;i&gt;Utdata för länkar&lt;/i&gt;: from, to, flow, share_of_outflow; linjer mellan nodpunkterna, eller en tabell om noder saknas.</translation>
    </message>
    <message>
      <location filename="processing/od_input.py" line="63" />
      <location filename="processing/pipeline.py" line="41" />
      <location filename="processing/structure_params.py" line="159" />
      <source>Destination (work unit) field</source>
      <translation>Destinationsfält (arbetsenhet)</translation>
    </message>
    <message>
      <location filename="processing/regionchange.py" line="104" />
      <source>Destination field (OD or indicator tables)</source>
      <translation>Destinationsfält (OD- eller indikatortabeller)</translation>
    </message>
    <message>
      <location filename="processing/accessibility.py" line="124" />
      <location filename="processing/serviceareas.py" line="73" />
      <location filename="processing/traveltimes.py" line="75" />
      <source>Destination id field</source>
      <translation>Målpunkternas id-fält</translation>
    </message>
    <message>
      <location filename="processing/accessibility.py" line="123" />
      <location filename="processing/serviceareas.py" line="72" />
      <location filename="processing/traveltimes.py" line="74" />
      <source>Destinations</source>
      <translation>Målpunkter</translation>
    </message>
    <message>
      <location filename="processing/degurba_params.py" line="53" />
      <source>Detect from the values</source>
      <translation>Avläs ur värdena</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/jsonstat.py" line="47" />
      <source>Dimension '{name}' of the response has {n} categories, but its size says {size}.</source>
      <translation>Dimensionen '{name}' i svaret har {n} kategorier, men enligt storleken ska den ha {size}.</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="29" />
      <source>Dominant</source>
      <translation>Dominerande</translation>
    </message>
    <message>
      <location filename="processing/dominantflows.py" line="62" />
      <source>Dominant flows (Nystuen-Dacey)</source>
      <translation>Dominerande flöden (Nystuen-Dacey)</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="72" />
      <source>Dominant flows: links</source>
      <translation>Dominerande flöden: länkar</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="71" />
      <source>Dominant flows: nodes</source>
      <translation>Dominerande flöden: noder</translation>
    </message>
    <message>
      <location filename="processing/dominantflows.py" line="100" />
      <location filename="processing/dominantflows.py" line="263" />
      <location filename="processing/dominantflows.py" line="267" />
      <source>Dominant-flow links</source>
      <translation>Länkar för dominerande flöden</translation>
    </message>
    <message>
      <location filename="processing/dominantflows.py" line="99" />
      <location filename="processing/dominantflows.py" line="260" />
      <location filename="processing/dominantflows.py" line="266" />
      <source>Dominant-flow nodes</source>
      <translation>Noder för dominerande flöden</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="31" />
      <source>Dominated</source>
      <translation>Dominerad</translation>
    </message>
    <message>
      <location filename="processing/exportstructureimage.py" line="147" />
      <source>Draw points over lines over polygons</source>
      <translation>Rita punkter över linjer över polygoner</translation>
    </message>
    <message>
      <location filename="processing/flowlines.py" line="73" />
      <source>Draws commuting flows as straight lines between the representative points of the zones (a point inside each polygon, or the point itself), with the flow, the reverse flow, their total and the flow's share of the origin's out-commuting. Flows within a unit are never drawn. A bundled style draws wider lines for larger flows, larger flows below smaller ones, and cross-border flows dashed.&lt;br&gt;&lt;br&gt;Sources: Tobler, W. R. (1987), Experiments in migration mapping by computer, The American Cartographer 14(2) (flow maps thinned to the largest flows); Coombes, M. &amp;amp; Bond, S. (2008), Travel-to-Work Areas: the 2007 review, ONS (flows and out-commuting).&lt;br&gt;&lt;br&gt;&lt;b&gt;Parameters&lt;/b&gt;&lt;br&gt;&lt;i&gt;Commuting OD table&lt;/i&gt;, &lt;i&gt;origin / destination / count field&lt;/i&gt;, &lt;i&gt;year&lt;/i&gt;: as in Commuting indicators.&lt;br&gt;&lt;i&gt;Zones&lt;/i&gt;: polygons or points with a unique &lt;i&gt;zone id field&lt;/i&gt; matching the OD ids (text; leading zeros matter). Invalid polygons are repaired and reported. Zones in a geographic CRS (degrees) are projected to the local UTM zone and the lines are written in that CRS (the log says which).&lt;br&gt;&lt;i&gt;Border field&lt;/i&gt; (optional): a county or country field of the zones; &lt;i&gt;cross_border&lt;/i&gt; is true when the two ends differ in it (never guessed from geometry).&lt;br&gt;&lt;i&gt;Minimum flow&lt;/i&gt;: drop smaller flows (0 = off).&lt;br&gt;&lt;i&gt;k largest per origin&lt;/i&gt;: keep each origin's k largest flows (0 = off; default 3).&lt;br&gt;&lt;i&gt;Cumulative share per origin&lt;/i&gt;: keep each origin's largest flows until they reach this share of its out-commuting (0 = off).&lt;br&gt;All active filters must hold.&lt;br&gt;&lt;i&gt;One line per pair&lt;/i&gt;: merge both directions into one line (flow = sum).&lt;br&gt;&lt;i&gt;Width classes&lt;/i&gt;: number of classes (3 to 5, default 4), equal steps on a log scale between the smallest and largest kept flow; the legend gives the flows of each class. Arrowheads point to the destination (the workplace).</source>
      <translation>Ritar pendlingsflöden som raka linjer mellan zonernas representativa punkter (en punkt inuti varje polygon, eller själva punkten), med flödet, det motsatta flödet, deras summa och flödets andel av ursprungets utpendling. Flöden inom en enhet ritas aldrig. En medföljande stil ritar bredare linjer för större flöden, större flöden under mindre, och gränsöverskridande flöden streckade.&lt;br&gt;&lt;br&gt;Källa: Tobler, W. R. (1987), Experiments in migration mapping by computer, The American Cartographer 14(2) (flödeskartor gallrade till de största flödena); Coombes, M. &amp;amp; Bond, S. (2008), Travel-to-Work Areas: the 2007 review, ONS (flöden och utpendling).&lt;br&gt;&lt;br&gt;&lt;b&gt;Parametrar&lt;/b&gt;&lt;br&gt;&lt;i&gt;OD-tabell för pendling&lt;/i&gt;, &lt;i&gt;fält för ursprung / destination / antal&lt;/i&gt;, &lt;i&gt;år&lt;/i&gt;: som i Pendlingsindikatorer.&lt;br&gt;&lt;i&gt;Zoner&lt;/i&gt;: polygoner eller punkter med ett unikt &lt;i&gt;zon-id-fält&lt;/i&gt; som matchar OD-id (text; inledande nollor har betydelse). Ogiltiga polygoner repareras och rapporteras. Zoner i ett geografiskt CRS (grader) projiceras till den lokala UTM-zonen och linjerna skrivs i det CRS:et (loggen anger vilket).&lt;br&gt;&lt;i&gt;Gränsfält&lt;/i&gt; (valfritt): ett läns- eller landsfält i zonerna; &lt;i&gt;cross_border&lt;/i&gt; är sant när linjens två ändar skiljer sig i fältet (gissas aldrig utifrån geometrin).&lt;br&gt;&lt;i&gt;Minsta flöde&lt;/i&gt;: ta bort mindre flöden (0 = av).&lt;br&gt;&lt;i&gt;k största per ursprung&lt;/i&gt;: behåll varje ursprungs k största flöden (0 = av; standard 3).&lt;br&gt;&lt;i&gt;Kumulativ andel per ursprung&lt;/i&gt;: behåll varje ursprungs största flöden tills de når denna andel av dess utpendling (0 = av).&lt;br&gt;Alla aktiva filter måste vara uppfyllda.&lt;br&gt;&lt;i&gt;En linje per par&lt;/i&gt;: slå ihop båda riktningarna till en linje (flöde = summa).&lt;br&gt;&lt;i&gt;Breddklasser&lt;/i&gt;: antal klasser (3 till 5, standard 4), lika steg på logaritmisk skala mellan det minsta och det största behållna flödet; teckenförklaringen anger flödena i varje klass. Pilspetsar pekar mot destinationen (arbetsplatsen).</translation>
    </message>
    <message>
      <location filename="processing/commuting_loader.py" line="101" />
      <source>Drop their flows and warn</source>
      <translation>Ta bort deras flöden och varna</translation>
    </message>
    <message>
      <location filename="processing/dominantflows.py" line="96" />
      <location filename="processing/od_input.py" line="86" />
      <source>Drop those flows and warn</source>
      <translation>Ta bort de flödena och varna</translation>
    </message>
    <message>
      <location filename="processing/regions_help.py" line="20" />
      <source>EURO / TTWA, ISTAT variant (final reserve assignment without validity check)</source>
      <translation>EURO / TTWA, ISTAT-variant (slutlig tilldelning från reservlistan utan giltighetskontroll)</translation>
    </message>
    <message>
      <location filename="processing/regions_help.py" line="21" />
      <source>EURO / TTWA, strict (every final region valid)</source>
      <translation>EURO / TTWA, strikt (varje slutlig region är giltig)</translation>
    </message>
    <message>
      <location filename="processing/regions_help.py" line="24" />
      <source>EURO / TTWA, textbook (every validity from cluster totals)</source>
      <translation>EURO / TTWA, enligt läroboken (varje giltighet beräknad på klustrets summor)</translation>
    </message>
    <message>
      <location filename="processing/region_outputs.py" line="60" />
      <source>EURO ISTAT variant, {min_size}/{min_sc}, {target_size}/{target_sc}</source>
      <translation>EURO ISTAT-variant, {min_size}/{min_sc}, {target_size}/{target_sc}</translation>
    </message>
    <message>
      <location filename="processing/region_outputs.py" line="64" />
      <source>EURO strict, {min_size}/{min_sc}, {target_size}/{target_sc}</source>
      <translation>EURO strikt, {min_size}/{min_sc}, {target_size}/{target_sc}</translation>
    </message>
    <message>
      <location filename="processing/region_outputs.py" line="62" />
      <source>EURO textbook, {min_size}/{min_sc}, {target_size}/{target_sc}</source>
      <translation>EURO läroboksvariant, {min_size}/{min_sc}, {target_size}/{target_sc}</translation>
    </message>
    <message>
      <location filename="processing/regions_common.py" line="124" />
      <source>EURO: minimum self-containment</source>
      <translation>EURO: minsta självinneslutning</translation>
    </message>
    <message>
      <location filename="processing/regions_common.py" line="123" />
      <source>EURO: minimum size (employed residents)</source>
      <translation>EURO: minsta storlek (förvärvsarbetande nattbefolkning)</translation>
    </message>
    <message>
      <location filename="processing/regions_common.py" line="131" />
      <source>EURO: target self-containment</source>
      <translation>EURO: målsjälvinneslutning</translation>
    </message>
    <message>
      <location filename="processing/regions_common.py" line="127" />
      <source>EURO: target size (employed residents)</source>
      <translation>EURO: målstorlek (förvärvsarbetande nattbefolkning)</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="143" />
      <source>Each point is a region. Regions above the curve are valid (V &gt;= 1); no region smaller than MIN_SIZE can be valid unless it is fully self-contained.</source>
      <translation>Varje punkt är en region. Regioner ovanför kurvan är giltiga (V &gt;= 1); ingen region mindre än MIN_SIZE kan vara giltig om den inte är helt självinnesluten.</translation>
    </message>
    <message>
      <location filename="processing/exportstructureimage.py" line="183" />
      <source>Editable text in PDF and SVG</source>
      <translation>Redigerbar text i PDF och SVG</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="102" />
      <source>Employed persons</source>
      <translation>Förvärvsarbetande personer</translation>
    </message>
    <message>
      <location filename="regionatlas/structureimage/nodes.py" line="109" />
      <source>Empty flows after dropping the flows within a node: every remaining flow starts and ends at the same node id.</source>
      <translation>Inga flöden kvar efter att flödena inom en nod tagits bort: varje återstående flöde börjar och slutar i samma nod-id.</translation>
    </message>
    <message>
      <location filename="regionatlas/structureimage/nodes.py" line="79" />
      <source>Empty flows after matching the OD ids to the nodes: no OD id is a value of the node id field '{field}' (OD ids: {od}; node ids: {nodes}). Check the field and leading zeros.</source>
      <translation>Inga flöden kvar efter matchningen av OD-id mot noderna: inget OD-id är ett värde i nod-id-fältet '{field}' (OD-id: {od}; nod-id: {nodes}). Kontrollera fältet och inledande nollor.</translation>
    </message>
    <message>
      <location filename="regionatlas/structureimage/nodes.py" line="103" />
      <source>Empty flows after the length limit: no two nodes with flows between them are within {km} km. Raise 'Longest corridor in km' or set it to 0 (no limit).</source>
      <translation>Inga flöden kvar efter längdgränsen: inga två noder med flöden mellan sig ligger inom {km} km. Höj ”Längsta stråk i km” eller sätt den till 0 (ingen gräns).</translation>
    </message>
    <message>
      <location filename="ui/stakeholder_register.ui" line="253" />
      <source>Engagement over time</source>
      <translation>Dialog över tid</translation>
    </message>
    <message>
      <location filename="ui/stakeholder_register.ui" line="292" />
      <source>Event</source>
      <translation>Dialogtillfälle</translation>
    </message>
    <message>
      <location filename="processing/dominantflows.py" line="154" />
      <source>Every origin and destination needs a node: check the id fields (leading zeros?) or choose 'Drop those flows and warn'.</source>
      <translation>Varje ursprung och destination behöver en nod: kontrollera id-fälten (inledande nollor?) eller välj 'Ta bort de flödena och varna'.</translation>
    </message>
    <message>
      <location filename="regionatlas/accessibility/network.py" line="128" />
      <source>Every speed must be above 0 km/h.</source>
      <translation>Varje hastighet måste vara över 0 km/h.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/euro.py" line="288" />
      <source>Every unit falls in the zero list (no employed residents, no jobs, or flows only to itself): there is nothing to cluster. Check that the OD table has flows between units.</source>
      <translation>Alla enheter hamnar på nollistan (ingen förvärvsarbetande nattbefolkning, inga arbetstillfällen eller bara flöden till sig själv): det finns inget att gruppera. Kontrollera att OD-tabellen har flöden mellan enheter.</translation>
    </message>
    <message>
      <location filename="processing/exportnotes.py" line="58" />
      <source>Export stakeholder notes</source>
      <translation>Exportera aktörsanteckningar</translation>
    </message>
    <message>
      <location filename="processing/exportstructureimage.py" line="98" />
      <source>Export structure image</source>
      <translation>Exportera strukturbild</translation>
    </message>
    <message>
      <location filename="plugin.py" line="108" />
      <source>Export structure image…</source>
      <translation>Exportera strukturbild…</translation>
    </message>
    <message>
      <location filename="processing/exportwebatlas.py" line="75" />
      <source>Export web atlas</source>
      <translation>Exportera webbatlas</translation>
    </message>
    <message>
      <location filename="processing/structure_export.py" line="183" />
      <source>Exporting {format}…</source>
      <translation>Exporterar {format} …</translation>
    </message>
    <message>
      <location filename="processing/exportstructureimage.py" line="157" />
      <source>Extent</source>
      <translation>Utbredning</translation>
    </message>
    <message>
      <location filename="processing/commuting_loader.py" line="107" />
      <location filename="processing/commuting_loader.py" line="101" />
      <location filename="processing/degurba_params.py" line="94" />
      <source>Fail</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy_params.py" line="84" />
      <source>Fallback class for unmatched settlements</source>
      <translation>Reservklass för orter utan matchande regel</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/geodata.py" line="171" />
      <source>Feature {number} of {layer} has no geometry; nothing was written.</source>
      <translation>Objekt {number} i {layer} saknar geometri; inget skrevs.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/geodata.py" line="164" />
      <source>Feature {number} of {layer} has no value in {fields}; nothing was written.</source>
      <translation>Objekt {number} i {layer} saknar värde i {fields}; inget skrevs.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/geodata.py" line="179" />
      <source>Feature {number} of {layer}: {field} '{value}' is not a code of the form the statistics use; nothing was written.</source>
      <translation>Objekt {number} i {layer}: {field} '{value}' är ingen kod av den form statistiken använder; inget skrevs.</translation>
    </message>
    <message>
      <location filename="ui/store_dialog.py" line="55" />
      <source>File</source>
      <translation>Fil</translation>
    </message>
    <message>
      <location filename="processing/exportstructureimage.py" line="220" />
      <source>File name</source>
      <translation>Filnamn</translation>
    </message>
    <message>
      <location filename="ui/notes_dock.ui" line="105" />
      <source>Filter</source>
      <translation>Filter</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="127" />
      <source>First selected cluster and its validity</source>
      <translation>Första valda kluster och dess giltighet</translation>
    </message>
    <message>
      <location filename="processing/commuting_loader.py" line="114" />
      <source>Fix variables (variable=code,code; parts separated by ';')</source>
      <translation>Lås variabler (variabel=kod,kod; delar åtskilda med ';')</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy_params.py" line="96" />
      <source>Fixed breaks</source>
      <translation>Fasta brytpunkter</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy_params.py" line="107" />
      <source>Fixed breaks (comma-separated index values)</source>
      <translation>Fasta brytpunkter (kommaseparerade indexvärden)</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy_inputs.py" line="116" />
      <source>Fixed breaks must be numbers separated by commas, not '{text}'.</source>
      <translation>Fasta brytpunkter måste vara tal åtskilda med kommatecken, inte '{text}'.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="546" />
      <source>Fixed breaks need at least one break value.</source>
      <translation>Fasta brytpunkter kräver minst ett brytvärde.</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy.py" line="260" />
      <source>Fixed breaks: give the break values (BREAKS).</source>
      <translation>Fasta brytpunkter: ange brytvärdena (BREAKS).</translation>
    </message>
    <message>
      <location filename="processing/polycentricity.py" line="93" />
      <source>Flag them and use the centres they have</source>
      <translation>Flagga dem och använd de kärnor de har</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="45" />
      <source>Flow class 1</source>
      <translation>Flödesklass 1</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="46" />
      <source>Flow class 2</source>
      <translation>Flödesklass 2</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="47" />
      <source>Flow class 3</source>
      <translation>Flödesklass 3</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="48" />
      <source>Flow class 4</source>
      <translation>Flödesklass 4</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="49" />
      <source>Flow class 5</source>
      <translation>Flödesklass 5</translation>
    </message>
    <message>
      <location filename="processing/flowlines.py" line="146" />
      <source>Flow lines</source>
      <translation>Flödeslinjer</translation>
    </message>
    <message>
      <location filename="processing/attribute_display.py" line="47" />
      <source>Flow to it</source>
      <translation>Flöde dit</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="101" />
      <source>Flows (origin-destination pairs)</source>
      <translation>Flöden (par av ursprung och destination)</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/polycentricity.py" line="66" />
      <source>Flows among centres must be finite and &gt;= 0.</source>
      <translation>Flödena mellan kärnorna måste vara ändliga och &gt;= 0.</translation>
    </message>
    <message>
      <location filename="processing/commuting_loader.py" line="85" />
      <source>Flows kept by the county filter</source>
      <translation>Flöden som länsfiltret behåller</translation>
    </message>
    <message>
      <location filename="processing/commuting_loader.py" line="260" />
      <source>Flows of municipalities split in the reform dropped: {persons} persons ({codes}).</source>
      <translation>Flöden för kommuner som delades i reformen togs bort: {persons} personer ({codes}).</translation>
    </message>
    <message>
      <location filename="processing/structure_corridors.py" line="98" />
      <source>Flows were given: choose the node id field whose values are the OD table's ids (e.g. the municipality code).</source>
      <translation>Flöden angavs: välj det nod-id-fält vars värden är OD-tabellens id (t.ex. kommunkoden).</translation>
    </message>
    <message>
      <location filename="processing/structure_params.py" line="152" />
      <source>Flows: commuting OD table</source>
      <translation>Flöden: OD-tabell för pendling</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="82" />
      <source>Folder for the PDF and PNG</source>
      <translation>Mapp för PDF och PNG</translation>
    </message>
    <message>
      <location filename="processing/exportstructureimage.py" line="169" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="processing/structure_params.py" line="177" />
      <location filename="processing/structure_params.py" line="271" />
      <location filename="processing/structure_styles.py" line="212" />
      <source>Functional regions</source>
      <translation>Funktionella regioner</translation>
    </message>
    <message>
      <location filename="processing/degurba.py" line="114" />
      <source>GHS-SMOD code</source>
      <translation>GHS-SMOD-kod</translation>
    </message>
    <message>
      <location filename="ui/store_dialog.py" line="82" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="processing/notes_common.py" line="135" />
      <source>GeoPackage (*.gpkg);;All files (*)</source>
      <translation>GeoPackage (*.gpkg);;Alla filer (*)</translation>
    </message>
    <message>
      <location filename="ui/store_dialog.py" line="42" />
      <source>GeoPackage file (beside the project)</source>
      <translation>GeoPackage-fil (bredvid projektet)</translation>
    </message>
    <message>
      <location filename="processing/exportnotes.py" line="107" />
      <source>Geometry as WKT</source>
      <translation>Geometri som WKT</translation>
    </message>
    <message>
      <location filename="processing/exportnotes.py" line="104" />
      <source>Geometry in the CSV</source>
      <translation>Geometri i CSV-filen</translation>
    </message>
    <message>
      <location filename="processing/polycentricity.py" line="159" />
      <source>Give either a region field of the centres or a regions layer, not both.</source>
      <translation>Ange antingen ett regionfält för kärnorna eller ett regionlager, inte båda.</translation>
    </message>
    <message>
      <location filename="processing/polycentricity.py" line="152" />
      <source>Give the regions: a region field of the centres (REGION_FIELD) or a regions layer (REGIONS) with its id field.</source>
      <translation>Ange regionerna: ett regionfält för kärnorna (REGION_FIELD) eller ett regionlager (REGIONS) med dess id-fält.</translation>
    </message>
    <message>
      <location filename="processing/regionchange.py" line="123" />
      <source>Give the {name} parameter: it is needed for {kind}.</source>
      <translation>Ange parametern {name}: den behövs för {kind}.</translation>
    </message>
    <message>
      <location filename="processing/accessibility.py" line="147" />
      <source>Gravity</source>
      <translation>Gravitation</translation>
    </message>
    <message>
      <location filename="processing/accessibility.py" line="161" />
      <source>Gravity half-life (minutes)</source>
      <translation>Halveringstid för gravitationsmåttet (minuter)</translation>
    </message>
    <message>
      <location filename="regionatlas/accessibility/measures.py" line="185" />
      <source>Gravity with HALF_LIFE 0 (a step) needs THRESHOLDS.</source>
      <translation>Gravitation med HALF_LIFE 0 (ett steg) kräver THRESHOLDS.</translation>
    </message>
    <message>
      <location filename="processing/structure_params.py" line="197" />
      <location filename="processing/structure_params.py" line="272" />
      <location filename="processing/structure_styles.py" line="213" />
      <source>Green structure</source>
      <translation>Grönstruktur</translation>
    </message>
    <message>
      <location filename="processing/degurba_input.py" line="90" />
      <source>Grid cell (feature id {fid}): '{value}' in '{field}' is not a number.</source>
      <translation>Rutnätscell (objekt-id {fid}): '{value}' i '{field}' är inte ett tal.</translation>
    </message>
    <message>
      <location filename="processing/commutingregions.py" line="57" />
      <source>Groups the units (municipalities, zones) of a commuting OD table into functional regions by one of five methods: SCB local labour markets, the EURO method of the travel-to-work areas (ISTAT-compatible, strict or textbook variant), Tolbert-Sizer commuting zones, or network communities (Leiden). Every method reports the same indicators, so results can be compared: per region units, employed residents R, jobs W, internal flow S, both self-containments, validity V, centre; for the partition modularity, the share of commuters crossing a region border and the regions crossing an administrative border.&lt;br&gt;&lt;br&gt;Sources: SCB, Lokala arbetsmarknader (LA) - beskrivning av metoden; Coombes, M. &amp; Bond, S. (2008), Travel-to-Work Areas: the 2007 review, ONS, and Franconi, L. et al. (2016), Istat implementation of the algorithm to develop Labour Market Areas; Tolbert, C. M. &amp; Sizer, M. (1996), U.S. commuting zones and labor market areas, USDA ERS; Traag, V. A. et al. (2019), From Louvain to Leiden, Scientific Reports 9. The report names the source of the method used.&lt;br&gt;&lt;br&gt;&lt;b&gt;Parameters&lt;/b&gt;&lt;br&gt;&lt;i&gt;Commuting OD table&lt;/i&gt;, &lt;i&gt;origin / destination / count field&lt;/i&gt;, &lt;i&gt;year&lt;/i&gt;: as in Commuting indicators (a CSV path works, all fields text; duplicate pairs are summed; bad rows are named).&lt;br&gt;</source>
      <translation>Delar in enheterna (kommuner, zoner) i en pendlingstabell (OD) i funktionella regioner med en av fem metoder: SCB:s lokala arbetsmarknader, EURO-metoden för travel-to-work areas (ISTAT-kompatibel, strikt eller läroboksvariant), Tolbert-Sizers commuting zones, eller nätverksgrupper (Leiden). Alla metoder redovisar samma indikatorer så att resultaten kan jämföras: per region enheter, förvärvsarbetande nattbefolkning R, arbetstillfällen W, pendling inom regionen S, båda självförsörjningsgraderna, giltighet V, centrum; för indelningen modularitet, andelen pendlare som korsar en regiongräns och de regioner som korsar en administrativ gräns.&lt;br&gt;&lt;br&gt;Källor: SCB, Lokala arbetsmarknader (LA) - beskrivning av metoden; Coombes, M. &amp; Bond, S. (2008), Travel-to-Work Areas: the 2007 review, ONS, och Franconi, L. m.fl. (2016), Istat implementation of the algorithm to develop Labour Market Areas; Tolbert, C. M. &amp; Sizer, M. (1996), U.S. commuting zones and labor market areas, USDA ERS; Traag, V. A. m.fl. (2019), From Louvain to Leiden, Scientific Reports 9. Rapporten anger källan för den metod som används.&lt;br&gt;&lt;br&gt;&lt;b&gt;Parametrar&lt;/b&gt;&lt;br&gt;&lt;i&gt;Pendlingstabell (OD)&lt;/i&gt;, &lt;i&gt;ursprungs- / destinations- / antalsfält&lt;/i&gt;, &lt;i&gt;år&lt;/i&gt;: som i Pendlingsindikatorer (en sökväg till en CSV-fil fungerar, alla fält som text; dubbla par summeras; felaktiga rader anges).&lt;br&gt;</translation>
    </message>
    <message>
      <location filename="processing/charts.py" line="42" />
      <location filename="processing/notesreport.py" line="194" />
      <source>HTML files (*.html)</source>
      <translation>HTML-filer (*.html)</translation>
    </message>
    <message>
      <location filename="processing/commuting_loader.py" line="86" />
      <source>Home and work in the counties</source>
      <translation>Bostad och arbete i länen</translation>
    </message>
    <message>
      <location filename="processing/commuting_loader.py" line="86" />
      <source>Home or work in the counties</source>
      <translation>Bostad eller arbete i länen</translation>
    </message>
    <message>
      <location filename="processing/commuting_loader.py" line="111" />
      <source>Home region variable (empty: found from the table's metadata)</source>
      <translation>Variabel för bostadsregion (tom: hittas i tabellens metadata)</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="102" />
      <source>How and when to involve</source>
      <translation>Hur och när de ska involveras</translation>
    </message>
    <message>
      <location filename="ui/stakeholder_register.ui" line="179" />
      <source>How and when to involve them</source>
      <translation>Hur och när de ska involveras</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="106" />
      <source>How this report was made</source>
      <translation>Hur rapporten togs fram</translation>
    </message>
    <message>
      <location filename="processing/structure_export.py" line="131" />
      <source>How this structure image was made</source>
      <translation>Så togs strukturbilden fram</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="66" />
      <source>Id field of the population points</source>
      <translation>Id-fält för befolkningspunkterna</translation>
    </message>
    <message>
      <location filename="regionatlas/accessibility/points.py" line="84" />
      <source>Ids in {what} must be unique; these occur more than once: {ids}.</source>
      <translation>Id:n i {what} måste vara unika; dessa förekommer mer än en gång: {ids}.</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy_params.py" line="56" />
      <source>In-commuting field</source>
      <translation>Fält för inpendling</translation>
    </message>
    <message>
      <location filename="processing/exportwebatlas.py" line="132" />
      <source>Include stakeholder notes (publish them)</source>
      <translation>Ta med aktörsanteckningar (publicera dem)</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="32" />
      <source>Independent</source>
      <translation>Oberoende</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="592" />
      <source>Index mode needs at least one indicator with a weight.</source>
      <translation>Indexläget kräver minst en indikator med en vikt.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy_inputs.py" line="91" />
      <source>Index weight '{part}' must read indicator=weight, e.g. population=2.</source>
      <translation>Indexvikten '{part}' måste skrivas indikator=vikt, t.ex. population=2.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy_inputs.py" line="102" />
      <source>Index weight of '{name}' is not a number: {value!r}.</source>
      <translation>Indexvikten för '{name}' är inte ett tal: {value!r}.</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy_params.py" line="85" />
      <source>Index weights (e.g. population=2, jobs=1)</source>
      <translation>Indexvikter (t.ex. population=2, jobs=1)</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy.py" line="139" />
      <source>Index weights are used only in index mode; ignored.</source>
      <translation>Indexvikter används bara i indexläge; de ignoreras.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="596" />
      <source>Index weights name indicator(s) {missing} that the settlements do not have. Available: {available}.</source>
      <translation>Indexvikterna nämner indikator(er) {missing} som orterna inte har. Tillgängliga: {available}.</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy.py" line="274" />
      <source>Index: {method}.</source>
      <translation>Index: {method}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="609" />
      <source>Indicator '{indicator}' is missing for settlement(s) {ids}; fill it (e.g. 0) or leave the indicator out of the index.</source>
      <translation>Indikatorn '{indicator}' saknas för ort(er) {ids}; fyll i den (t.ex. med 0) eller utelämna indikatorn från indexet.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="419" />
      <source>Indicator '{indicator}' is not a number for settlement(s) {ids}.</source>
      <translation>Indikatorn '{indicator}' är inte ett tal för ort(er) {ids}.</translation>
    </message>
    <message>
      <location filename="processing/laregionsfromindicators.py" line="104" />
      <source>Indicator table (layer, table or CSV)</source>
      <translation>Indikatortabell (lager, tabell eller CSV)</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy.py" line="123" />
      <source>Indicator {name} = {field}.</source>
      <translation>Indikator {name} = {field}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="472" />
      <source>Indicator(s) {indicators} are compared both with text and with numbers in the rule table; use one kind per indicator.</source>
      <translation>Indikator(er) {indicators} jämförs både med text och med tal i regeltabellen; jämför varje indikator antingen med text eller med tal.</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy.py" line="250" />
      <source>Indicators not given and left out: {names}.</source>
      <translation>Indikatorer som inte angavs och utelämnas: {names}.</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="71" />
      <location filename="processing/notesreport.py" line="101" />
      <location filename="ui/register_charts.py" line="112" />
      <source>Influence</source>
      <translation>Inflytande</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="96" />
      <location filename="processing/regionchange_report.py" line="26" />
      <source>Input</source>
      <translation>Indata</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/change.py" line="185" />
      <source>Input '{name}', row {row}: the year field '{field}' is empty.</source>
      <translation>Indata '{name}', rad {row}: årsfältet '{field}' är tomt.</translation>
    </message>
    <message>
      <location filename="processing/regionchange.py" line="158" />
      <source>Input '{name}', year {year}</source>
      <translation>Indata '{name}', år {year}</translation>
    </message>
    <message>
      <location filename="processing/regionchange.py" line="82" />
      <source>Inputs: partition, OD or indicator tables (two or more years)</source>
      <translation>Indata: indelnings-, OD- eller indikatortabeller (två eller fler år)</translation>
    </message>
    <message>
      <location filename="ui/dependency_dialog.py" line="82" />
      <source>Install</source>
      <translation>Installera</translation>
    </message>
    <message>
      <location filename="ui/dependency_dialog.py" line="76" />
      <source>Install into: {folder}
With: {python}</source>
      <translation>Installeras i: {folder}
Med: {python}</translation>
    </message>
    <message>
      <location filename="ui/dependency_dialog.py" line="188" />
      <source>Installed into {folder}.</source>
      <translation>Installerat i {folder}.</translation>
    </message>
    <message>
      <location filename="plugin.py" line="89" />
      <source>Install…</source>
      <translation>Installera…</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="70" />
      <location filename="processing/notesreport.py" line="100" />
      <location filename="ui/register_charts.py" line="110" />
      <source>Interest</source>
      <translation>Intresse</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="69" />
      <location filename="ui/stakeholder_register.ui" line="234" />
      <source>Interest/influence matrix</source>
      <translation>Intresse-/inflytandematris</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="30" />
      <source>Intermediate</source>
      <translation>Mellanliggande</translation>
    </message>
    <message>
      <location filename="ui/stakeholder_register.ui" line="163" />
      <source>Involve</source>
      <translation>Involvering</translation>
    </message>
    <message>
      <location filename="ui/notes_editor.py" line="191" />
      <source>It is linked to {names}.</source>
      <translation>Den är kopplad till {names}.</translation>
    </message>
    <message>
      <location filename="ui/notes_editor.py" line="189" />
      <source>It is linked to {n} features: {names}. It disappears from all of them.</source>
      <translation>Den är kopplad till {n} objekt: {names}. Den försvinner från alla.</translation>
    </message>
    <message>
      <location filename="processing/charts.py" line="64" />
      <source>Item</source>
      <translation>Post</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy_params.py" line="55" />
      <source>Jobs field</source>
      <translation>Fält för arbetstillfällen</translation>
    </message>
    <message>
      <location filename="processing/network_input.py" line="120" />
      <source>Joining tolerance (m)</source>
      <translation>Tolerans för sammankoppling (m)</translation>
    </message>
    <message>
      <location filename="processing/commuting_loader.py" line="107" />
      <source>Keep each year's own codes and warn</source>
      <translation>Behåll varje års egna koder och varna</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="75" />
      <location filename="ui/register_charts.py" line="39" />
      <source>Keep informed</source>
      <translation>Håll informerade</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="74" />
      <location filename="ui/register_charts.py" line="38" />
      <source>Keep satisfied</source>
      <translation>Håll nöjda</translation>
    </message>
    <message>
      <location filename="ui/notes_dock.ui" line="69" />
      <source>Key</source>
      <translation>Nyckel</translation>
    </message>
    <message>
      <location filename="processing/relinknotes.py" line="75" />
      <source>Key field</source>
      <translation>Nyckelfält</translation>
    </message>
    <message>
      <location filename="ui/notes_dock.ui" line="143" />
      <location filename="ui/notes_dock.ui" line="143" />
      <source>Kind</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="processing/regionchange.py" line="89" />
      <location filename="processing/regionchange_report.py" line="29" />
      <source>Kind of input</source>
      <translation>Typ av indata</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="83" />
      <location filename="processing/notesreport.py" line="189" />
      <source>Knowledge base: stakeholder notes</source>
      <translation>Kunskapsunderlag: aktörsanteckningar</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="155" />
      <source>Knowledge-base report of stakeholder notes</source>
      <translation>Rapport med kunskapsunderlag från aktörsanteckningar</translation>
    </message>
    <message>
      <location filename="processing/attribute_display.py" line="43" />
      <source>LA code</source>
      <translation>LA-kod</translation>
    </message>
    <message>
      <location filename="processing/la_codes.py" line="83" />
      <source>LA codes {first} to {last}, numbered in the order of the main centre's code.</source>
      <translation>LA-koderna {first} till {last}, numrerade i ordning efter huvudcentrumets kommunkod.</translation>
    </message>
    <message>
      <location filename="processing/regionchange.py" line="93" />
      <source>LA indicator tables (unit, largest destination, p1, p2)</source>
      <translation>LA-indikatortabeller (enhet, största destination, p1, p2)</translation>
    </message>
    <message>
      <location filename="processing/regionchange_report.py" line="23" />
      <source>LA indicator tables, SCB rule</source>
      <translation>LA-indikatortabeller, SCB:s regel</translation>
    </message>
    <message>
      <location filename="processing/laregionsfromindicators.py" line="198" />
      <source>LA regions ({method})</source>
      <translation>LA-regioner ({method})</translation>
    </message>
    <message>
      <location filename="processing/laregionsfromindicators.py" line="197" />
      <source>LA regions ({method}): units</source>
      <translation>LA-regioner ({method}): enheter</translation>
    </message>
    <message>
      <location filename="processing/laregionsfromindicators.py" line="56" />
      <source>LA regions from indicators (SCB rule)</source>
      <translation>LA-regioner från indikatorer (SCB:s regel)</translation>
    </message>
    <message>
      <location filename="processing/laregionsfromindicators.py" line="131" />
      <source>LA regions: regions</source>
      <translation>LA-regioner: regioner</translation>
    </message>
    <message>
      <location filename="processing/laregionsfromindicators.py" line="131" />
      <source>LA regions: units</source>
      <translation>LA-regioner: enheter</translation>
    </message>
    <message>
      <location filename="processing/structure_params.py" line="143" />
      <source>Label the nodes of ranks 1 to</source>
      <translation>Sätt etikett på noder med rang 1 till</translation>
    </message>
    <message>
      <location filename="processing/exportwebatlas.py" line="125" />
      <source>Language of the page</source>
      <translation>Sidans språk</translation>
    </message>
    <message>
      <location filename="processing/laregionsfromindicators.py" line="107" />
      <source>Largest destination field</source>
      <translation>Fält för största destination</translation>
    </message>
    <message>
      <location filename="processing/attribute_display.py" line="46" />
      <source>Largest destination outside</source>
      <translation>Största destination utanför</translation>
    </message>
    <message>
      <location filename="processing/dominantflows.py" line="70" />
      <source>Largest flow</source>
      <translation>Största flöde</translation>
    </message>
    <message>
      <location filename="regionatlas/webatlas/model.py" line="79" />
      <source>Layer '{layer}' has no geometry the web map can draw ({kind}); choose point, line or polygon layers.</source>
      <translation>Lagret '{layer}' har ingen geometri som webbkartan kan rita ({kind}); välj punkt-, linje- eller ytlager.</translation>
    </message>
    <message>
      <location filename="processing/webatlas_layers.py" line="160" />
      <source>Layer '{layer}' has no geometry; the web map can draw point, line and polygon layers.</source>
      <translation>Lagret '{layer}' saknar geometri; webbkartan kan rita punkt-, linje- och ytlager.</translation>
    </message>
    <message>
      <location filename="regionatlas/webatlas/model.py" line="86" />
      <source>Layer '{layer}' has no legend entry to draw with.</source>
      <translation>Lagret '{layer}' har ingen teckenförklaring att rita med.</translation>
    </message>
    <message>
      <location filename="processing/webatlas_layers.py" line="174" />
      <source>Layer '{layer}' has no symbol to draw with.</source>
      <translation>Lagret '{layer}' har ingen symbol att rita med.</translation>
    </message>
    <message>
      <location filename="regionatlas/webatlas/model.py" line="117" />
      <source>Layer '{layer}' holds stakeholder notes; they are published only when you allow it explicitly (INCLUDE_NOTES). Nothing was written.</source>
      <translation>Lagret '{layer}' innehåller aktörsanteckningar; de publiceras bara om du uttryckligen tillåter det (INCLUDE_NOTES). Ingenting skrevs.</translation>
    </message>
    <message>
      <location filename="processing/webatlas_layers.py" line="155" />
      <source>Layer '{layer}' is not a valid vector layer.</source>
      <translation>Lagret '{layer}' är inte ett giltigt vektorlager.</translation>
    </message>
    <message>
      <location filename="regionatlas/webatlas/model.py" line="89" />
      <source>Layer '{layer}': a feature refers to legend entry {index}, but the legend has {n} entries.</source>
      <translation>Lagret '{layer}': ett objekt hänvisar till rad {index} i teckenförklaringen, men den har {n} rader.</translation>
    </message>
    <message>
      <location filename="processing/webatlas_layers.py" line="247" />
      <source>Layer '{layer}': feature {fid} cannot be transformed to WGS 84 for the web.</source>
      <translation>Lagret '{layer}': objekt {fid} kan inte transformeras till WGS 84 för webben.</translation>
    </message>
    <message>
      <location filename="processing/structure_export.py" line="73" />
      <source>Layer {name} styled with the bundled {key} style.</source>
      <translation>Lagret {name} fick den medföljande stilen {key}.</translation>
    </message>
    <message>
      <location filename="processing/exportwebatlas.py" line="184" />
      <source>Layer {name} styled with the bundled {style}.</source>
      <translation>Lagret {name} fick den medföljande stilen {style}.</translation>
    </message>
    <message>
      <location filename="processing/exportstructureimage.py" line="142" />
      <location filename="processing/exportwebatlas.py" line="116" />
      <source>Layers</source>
      <translation>Lager</translation>
    </message>
    <message>
      <location filename="processing/structure_export.py" line="93" />
      <source>Layers in another CRS are reprojected on the fly to {crs}: {layers}.</source>
      <translation>Lager i ett annat CRS projiceras om i farten till {crs}: {layers}.</translation>
    </message>
    <message>
      <location filename="processing/exportstructureimage.py" line="162" />
      <source>Layout template (.qpt; default the bundled A3 template)</source>
      <translation>Layoutmall (.qpt; standard är den medföljande A3-mallen)</translation>
    </message>
    <message>
      <location filename="processing/exportstructureimage.py" line="101" />
      <source>Lays out a structure image on the bundled A3 print-layout template (map, title, subtitle, legend, scale bar, north arrow, source and date) and exports it to PDF, PNG and/or SVG, optionally as an atlas with one page per feature (region, county). How the image was made (the parameters recorded in RegionAtlas outputs) is written beside it as &lt;i&gt;name&lt;/i&gt;_provenance.txt and into the files' metadata. Files appear in the output folder only when the whole export succeeded.&lt;br&gt;&lt;br&gt;Source: QGIS print layouts and QgsLayoutExporter (QGIS User Guide, Laying out the maps).&lt;br&gt;&lt;br&gt;&lt;b&gt;Parameters&lt;/b&gt;&lt;br&gt;&lt;i&gt;Layers&lt;/i&gt;: the layers to show. &lt;i&gt;Points over lines over polygons&lt;/i&gt;: draw them in that order (otherwise the order given, the first on top, as in the Layers panel).&lt;br&gt;&lt;i&gt;Style structure-image layers&lt;/i&gt;: outputs of Build structure image read from files (qgis_process, models) get the bundled styles; layers of the open project keep theirs.&lt;br&gt;&lt;i&gt;Extent&lt;/i&gt; (optional): the area to show; default all layers.&lt;br&gt;&lt;i&gt;Map CRS&lt;/i&gt; (optional): default the CRS of the first projected layer; layers in other CRSs are reprojected on the fly and the log says which.&lt;br&gt;&lt;i&gt;Layout template&lt;/i&gt; (optional): a .qpt with at least an item with id 'map' (and, when present, title, subtitle, legend, scalebar, north_arrow, source); default the bundled A3 template, landscape or portrait after the shape of the extent.&lt;br&gt;&lt;i&gt;Format&lt;/i&gt;: PDF, PNG, SVG or all three. &lt;i&gt;DPI&lt;/i&gt;: resolution of PNG (and of rasterised parts of PDF/SVG). &lt;i&gt;Editable text&lt;/i&gt;: map labels in PDF and SVG stay text (editable, searchable) rather than outlines (QGIS 3.22 writes the layout's own texts as text either way).&lt;br&gt;&lt;i&gt;Atlas layer&lt;/i&gt; (optional): one page per feature, the map zoomed to it; &lt;i&gt;atlas name field&lt;/i&gt; names the pages; &lt;i&gt;one file&lt;/i&gt; writes a single PDF (otherwise one file per page; PNG and SVG are always one file per page).&lt;br&gt;&lt;i&gt;Title&lt;/i&gt;, &lt;i&gt;subtitle&lt;/i&gt;, &lt;i&gt;source text&lt;/i&gt;: texts of the layout; the date and the RegionAtlas version are added to the source ("Source:" only when the text does not start with its own, e.g. "Källa: SCB"). &lt;i&gt;Parameters text&lt;/i&gt;: plain text, or the provenance (METADATA output) of a RegionAtlas algorithm, for the provenance file; the parameters recorded in the layers are added.&lt;br&gt;&lt;i&gt;File name&lt;/i&gt; and &lt;i&gt;output folder&lt;/i&gt;: where the files go.</source>
      <translation>Lägger upp en strukturbild på den medföljande A3-layoutmallen (karta, titel, undertitel, teckenförklaring, skalstock, nordpil, källa och datum) och exporterar den till PDF, PNG och/eller SVG, valfritt som kartserie (atlas) med en sida per objekt (region, län). Hur bilden togs fram (parametrarna som RegionAtlas-utdata bär) skrivs bredvid den som &lt;i&gt;namn&lt;/i&gt;_provenance.txt och i filernas metadata. Filerna hamnar i utdatamappen först när hela exporten lyckats.&lt;br&gt;&lt;br&gt;Källa: QGIS utskriftslayouter och QgsLayoutExporter (QGIS användarhandbok, Laying out the maps).&lt;br&gt;&lt;br&gt;&lt;b&gt;Parametrar&lt;/b&gt;&lt;br&gt;&lt;i&gt;Lager&lt;/i&gt;: lagren som ska visas. &lt;i&gt;Punkter över linjer över polygoner&lt;/i&gt;: rita dem i den ordningen (annars i given ordning, det första överst, som i lagerpanelen).&lt;br&gt;&lt;i&gt;Stilsätt strukturbildslager&lt;/i&gt;: utdata från Bygg strukturbild som läses från filer (qgis_process, modeller) får de medföljande stilarna; lager i det öppna projektet behåller sina.&lt;br&gt;&lt;i&gt;Utbredning&lt;/i&gt; (valfritt): området som ska visas; standard alla lager.&lt;br&gt;&lt;i&gt;Kartans koordinatsystem&lt;/i&gt; (valfritt): standard det första projicerade lagrets; lager i andra system projiceras om i farten och loggen säger vilka.&lt;br&gt;&lt;i&gt;Layoutmall&lt;/i&gt; (valfritt): en .qpt med åtminstone ett objekt med id 'map' (och, om de finns, title, subtitle, legend, scalebar, north_arrow, source); standard den medföljande A3-mallen, liggande eller stående efter utbredningens form.&lt;br&gt;&lt;i&gt;Format&lt;/i&gt;: PDF, PNG, SVG eller alla tre. &lt;i&gt;DPI&lt;/i&gt;: upplösning för PNG (och för rastrerade delar av PDF/SVG). &lt;i&gt;Redigerbar text&lt;/i&gt;: kartetiketter i PDF och SVG förblir text (redigerbar, sökbar) i stället för konturer (QGIS 3.22 skriver layoutens egna texter som text i båda fallen).&lt;br&gt;&lt;i&gt;Kartserielager&lt;/i&gt; (valfritt): en sida per objekt, kartan zoomad till det; &lt;i&gt;namnfält för sidorna&lt;/i&gt; namnger sidorna; &lt;i&gt;en fil&lt;/i&gt; skriver en enda PDF (annars en fil per sida; PNG och SVG är alltid en fil per sida).&lt;br&gt;&lt;i&gt;Titel&lt;/i&gt;, &lt;i&gt;undertitel&lt;/i&gt;, &lt;i&gt;källtext&lt;/i&gt;: layoutens texter; datum och RegionAtlas-version läggs till källan (”Källa:” bara när texten inte börjar med en egen, t.ex. ”Källa: SCB”). &lt;i&gt;Parametertext&lt;/i&gt;: vanlig text, eller ursprunget (utdata METADATA) från en RegionAtlas-algoritm, till ursprungsfilen; parametrarna som lagren bär läggs till.&lt;br&gt;&lt;i&gt;Filnamn&lt;/i&gt; och &lt;i&gt;utdatamapp&lt;/i&gt;: vart filerna går.</translation>
    </message>
    <message>
      <location filename="processing/laregionsfromindicators.py" line="119" />
      <source>Leave them off the map and warn</source>
      <translation>Utelämna dem från kartan och varna</translation>
    </message>
    <message>
      <location filename="processing/structure_layout.py" line="182" />
      <source>Legend</source>
      <translation>Teckenförklaring</translation>
    </message>
    <message>
      <location filename="processing/region_outputs.py" line="73" />
      <source>Leiden, resolution {resolution}, seed {seed}</source>
      <translation>Leiden, upplösning {resolution}, frö {seed}</translation>
    </message>
    <message>
      <location filename="processing/regions_common.py" line="134" />
      <source>Leiden: random seed</source>
      <translation>Leiden: slumpfrö</translation>
    </message>
    <message>
      <location filename="processing/regions_common.py" line="133" />
      <source>Leiden: resolution</source>
      <translation>Leiden: upplösning</translation>
    </message>
    <message>
      <location filename="processing/degurba_params.py" line="127" />
      <location filename="processing/degurbaunits.py" line="70" />
      <location filename="processing/loadscbboundaries.py" line="80" />
      <source>Level</source>
      <translation>Nivå</translation>
    </message>
    <message>
      <location filename="processing/degurba_params.py" line="59" />
      <source>Level 1</source>
      <translation>Nivå 1</translation>
    </message>
    <message>
      <location filename="processing/degurba_params.py" line="59" />
      <source>Level 2</source>
      <translation>Nivå 2</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba.py" line="722" />
      <source>Level-2 unit classes need a level-2 grid (codes 30/23/22/21/13/12/11/10).</source>
      <translation>Enhetsklasser på nivå 2 kräver ett rutnät på nivå 2 (koderna 30/23/22/21/13/12/11/10).</translation>
    </message>
    <message>
      <location filename="processing/relinknotes.py" line="90" />
      <source>Links updated</source>
      <translation>Uppdaterade länkar</translation>
    </message>
    <message>
      <location filename="processing/loadscbboundaries.py" line="51" />
      <source>Load boundaries from SCB (municipalities, DeSO, RegSO)</source>
      <translation>Hämta gränser från SCB (kommuner, DeSO, RegSO)</translation>
    </message>
    <message>
      <location filename="processing/loadscbcommuting.py" line="19" />
      <source>Load commuting from SCB (Sweden)</source>
      <translation>Hämta pendling från SCB (Sverige)</translation>
    </message>
    <message>
      <location filename="processing/loadssbcommuting.py" line="19" />
      <source>Load commuting from SSB (Norway)</source>
      <translation>Hämta pendling från SSB (Norge)</translation>
    </message>
    <message>
      <location filename="plugin.py" line="123" />
      <source>Load the sample region (Exempelregion)</source>
      <translation>Läs in exempelregionen (Exempelregion)</translation>
    </message>
    <message>
      <location filename="processing/loadssbcommuting.py" line="22" />
      <source>Loads Statistics Norway's table 03321 (employed persons by municipality of residence and municipality of work) through SSB's PxWebApi 2 and writes it as an OD table: origin, destination, employed, year (ids as text, flows within a municipality included, pairs without commuters left out), ready for every commuting algorithm.&lt;br&gt;&lt;br&gt;The loader reads the table's own metadata and finds the home (Bokommuen) and work (ArbstedKomm) variables and the year (Tid), as SSB's own commuting app queries them (github.com/statisticsnorway/pendling, make_data.R); otherwise it stops and names the table's variables. Queries are split under SSB's limit of 800 000 cells and kept to 30 calls per minute (SSB, 'API mot Statistikkbanken - brukerveiledning'); answers are cached in the QGIS profile; requests go through QGIS's network settings. Source: Statistics Norway (SSB), Statistikkbanken, table 03321; data licence CC BY 4.0 (name Statistics Norway as the source). The tests verify this path on a stored SSB answer of another table (05300), not on 03321.&lt;br&gt;&lt;br&gt;&lt;b&gt;Parameters&lt;/b&gt;&lt;br&gt;&lt;i&gt;Table id(s)&lt;/i&gt;: 03321 by default.&lt;br&gt;&lt;i&gt;Years&lt;/i&gt;: e.g. 2022, or 2017-2022; empty: the latest year.&lt;br&gt;&lt;i&gt;County codes&lt;/i&gt; and &lt;i&gt;Flows kept&lt;/i&gt;: keep municipalities whose code starts with these county (fylke) codes; both ends or either end.&lt;br&gt;&lt;i&gt;Carry older municipality codes to the 2020 division&lt;/i&gt;: codes of 2019 and earlier become the codes of 1 January 2020 (the 2020 reform, and the 2018 changes before it), from SSB's classification 131 (KLASS) code changes shipped with the plugin (resources/statistics); flows of merged municipalities are added up. The county filter then uses the 2020 county codes. Later changes (2024) are not in the list. &lt;i&gt;Municipalities split in the reform&lt;/i&gt; (1850 Tysfjord, 1852, 1903, 1940, 5012 Snillfjord): stop, or drop their flows and warn.&lt;br&gt;&lt;i&gt;Municipality codes that change between the chosen years&lt;/i&gt;: stop (default) or keep each year's codes and warn.&lt;br&gt;Advanced: home/work variables, contents code, fixed values of other variables, the API address, the time to wait.&lt;br&gt;&lt;i&gt;Output&lt;/i&gt;: the OD table; &lt;i&gt;Provenance&lt;/i&gt; (METADATA and layer metadata): parameters, table, retrieval time, licence, code changes applied.&lt;br&gt;An unknown table, an HTTP error, a timeout or an answer cut off stop with the address named; nothing is written.</source>
      <translation>Hämtar SSB:s tabell 03321 (sysselsatta efter bostadskommun och arbetsställekommun) via SSB:s PxWebApi 2 och skriver den som en OD-tabell: origin, destination, employed, year (id:n som text, pendling inom kommunen medräknad, par utan pendlare utelämnade), redo för alla pendlingsalgoritmer.&lt;br&gt;&lt;br&gt;Inläsaren läser tabellens egen metadata och hittar variablerna för bostad (Bokommuen), arbetsställe (ArbstedKomm) och år (Tid), så som SSB:s egen pendlingsapp frågar efter dem (github.com/statisticsnorway/pendling, make_data.R); annars stannar den och anger tabellens variabler. Frågorna delas upp under SSB:s gräns på 800 000 celler och hålls till 30 anrop per minut (SSB, 'API mot Statistikkbanken - brukerveiledning'); svaren sparas i QGIS-profilens cache; anropen går via QGIS nätverksinställningar. Källa: SSB, Statistikkbanken, tabell 03321; datalicens CC BY 4.0 (ange SSB som källa). Testerna verifierar vägen på ett sparat svar från SSB för en annan tabell (05300), inte på 03321.&lt;br&gt;&lt;br&gt;&lt;b&gt;Parametrar&lt;/b&gt;&lt;br&gt;&lt;i&gt;Tabell-id&lt;/i&gt;: 03321 som standard.&lt;br&gt;&lt;i&gt;År&lt;/i&gt;: t.ex. 2022, eller 2017-2022; tom: det senaste året.&lt;br&gt;&lt;i&gt;Länskoder&lt;/i&gt; och &lt;i&gt;Flöden som behålls&lt;/i&gt;: behåll kommuner vars kod börjar med dessa fylkeskoder; båda ändarna eller någon av dem.&lt;br&gt;&lt;i&gt;För äldre kommunkoder till 2020 års indelning&lt;/i&gt;: koder från 2019 och tidigare blir koderna från 1 januari 2020 (reformen 2020 och ändringarna 2018 dessförinnan), enligt kodändringarna i SSB:s klassifikation 131 (KLASS) som följer med insticksprogrammet (resources/statistics); flöden för sammanslagna kommuner summeras. Länsfiltret använder då 2020 års fylkeskoder. Senare ändringar (2024) finns inte i listan. &lt;i&gt;Kommuner som delades i reformen&lt;/i&gt; (1850 Tysfjord, 1852, 1903, 1940, 5012 Snillfjord): stoppa, eller ta bort deras flöden och varna.&lt;br&gt;&lt;i&gt;Kommunkoder som ändras mellan de valda åren&lt;/i&gt;: stoppa (standard) eller behåll varje års koder och varna.&lt;br&gt;Avancerat: variabler för bostad och arbetsställe, innehållskod, låsta värden för andra variabler, API-adressen, hur länge svaret får dröja.&lt;br&gt;&lt;i&gt;Utdata&lt;/i&gt;: OD-tabellen; &lt;i&gt;Härkomst&lt;/i&gt; (METADATA och lagrets metadata): parametrar, tabell, hämtningstid, licens, tillämpade kodändringar.&lt;br&gt;En okänd tabell, ett HTTP-fel, en timeout eller ett avbrutet svar stoppar körningen med adressen angiven; inget skrivs.</translation>
    </message>
    <message>
      <location filename="processing/loadscbcommuting.py" line="22" />
      <source>Loads Statistics Sweden's register-based commuting between municipalities (employed persons by home municipality and workplace municipality) from Statistikdatabasen through its PxWebApi 2, and writes it as an OD table: origin, destination, employed, year (ids as text, flows within a municipality included, pairs without commuters left out). The table is ready for every commuting algorithm (origin, destination, employed; year field and year).&lt;br&gt;&lt;br&gt;The loader first reads each table's own metadata and finds the home (Bostadskommun), work (Arbetsstallekommun), sex (Kon) and year (Tid) variables; when they are not there it stops and names the table and its variables. The query is split under SCB's limit of 150 000 cells per call and kept to 30 calls per 10 s (SCB's /api/v2/config); answers are cached in the QGIS profile. Requests go through QGIS's network settings (proxy, certificates).&lt;br&gt;&lt;br&gt;Sources: SCB, Statistikdatabasen, AM0210 (BAS, register-based labour-market statistics) and AM0207 (RAMS). Default tables, in this order: TAB1830 (BAS, commuting 2020-), TAB5850 (RAMS new series 2019-2021), TAB333 (RAMS 2004-2018), TAB334 (RAMS 1993-2003), as documented by Region Dalarna's scripts for SCB's API (github.com/Region-Dalarna/hamta_data, hamta_pendling_rams_bas_scb.R). Data licence CC0. The tests verify this path on SCB's own stored answers of other tables (TAB5974), not on these tables.&lt;br&gt;&lt;br&gt;&lt;b&gt;Parameters&lt;/b&gt;&lt;br&gt;&lt;i&gt;Table id(s)&lt;/i&gt;: one or more tables; a year is taken from the first table that has it.&lt;br&gt;&lt;i&gt;Years&lt;/i&gt;: e.g. 2022, or 2019-2023 (the years the tables hold in that range); empty: the latest year. Years from different tables cross series breaks (2003/04, 2018/19, 2019/20): they are named in the log and the metadata.&lt;br&gt;&lt;i&gt;Sex&lt;/i&gt;: both (men and women added up), men or women.&lt;br&gt;&lt;i&gt;County codes&lt;/i&gt;: keep municipalities whose code starts with these county codes (e.g. 25 for Norrbotten); &lt;i&gt;Flows kept&lt;/i&gt;: home and work both in the counties (a closed table), or either end there.&lt;br&gt;&lt;i&gt;Municipality codes that change between the chosen years&lt;/i&gt;: stop (default), or keep each year's own codes and warn (the commuting algorithms use one year at a time).&lt;br&gt;Advanced: the home and work variables, the contents code and fixed values of other variables (e.g. Alder=16+) when a table's metadata needs them; the API address; the time to wait for an answer.&lt;br&gt;&lt;i&gt;Output&lt;/i&gt;: the OD table. &lt;i&gt;Provenance&lt;/i&gt; (METADATA, also in the layer's metadata): parameters, tables and their titles per year, retrieval time, licence, series breaks crossed, cells without value.&lt;br&gt;An unknown table, an HTTP error, a timeout or an answer cut off stop with the address named; nothing is written.</source>
      <translation>Hämtar SCB:s registerbaserade pendling mellan kommuner (förvärvsarbetande efter bostadskommun och arbetsställekommun) från Statistikdatabasen via dess PxWebApi 2 och skriver den som en OD-tabell: origin, destination, employed, year (id:n som text, pendling inom kommunen medräknad, par utan pendlare utelämnade). Tabellen kan användas direkt i alla pendlingsalgoritmer (origin, destination, employed; årsfält och år).&lt;br&gt;&lt;br&gt;Inläsaren läser först varje tabells egen metadata och hittar variablerna för bostad (Bostadskommun), arbetsställe (Arbetsstallekommun), kön (Kon) och år (Tid); finns de inte stannar den och anger tabellen och dess variabler. Frågan delas upp under SCB:s gräns på 150 000 celler per anrop och hålls till 30 anrop per 10 s (SCB:s /api/v2/config); svaren sparas i QGIS-profilens cache. Anropen går via QGIS nätverksinställningar (proxy, certifikat).&lt;br&gt;&lt;br&gt;Källor: SCB, Statistikdatabasen, AM0210 (BAS, registerbaserad arbetsmarknadsstatistik) och AM0207 (RAMS). Standardtabeller, i denna ordning: TAB1830 (BAS, pendling 2020-), TAB5850 (RAMS ny tidsserie 2019-2021), TAB333 (RAMS 2004-2018), TAB334 (RAMS 1993-2003), enligt Region Dalarnas skript för SCB:s API (github.com/Region-Dalarna/hamta_data, hamta_pendling_rams_bas_scb.R). Datalicens CC0. Testerna verifierar vägen på SCB:s egna sparade svar för andra tabeller (TAB5974), inte på dessa tabeller.&lt;br&gt;&lt;br&gt;&lt;b&gt;Parametrar&lt;/b&gt;&lt;br&gt;&lt;i&gt;Tabell-id&lt;/i&gt;: en eller flera tabeller; ett år hämtas från den första tabell som har det.&lt;br&gt;&lt;i&gt;År&lt;/i&gt;: t.ex. 2022, eller 2019-2023 (de år tabellerna har i intervallet); tom: det senaste året. År från olika tabeller korsar serieavbrott (2003/04, 2018/19, 2019/20); de anges i loggen och i metadata.&lt;br&gt;&lt;i&gt;Kön&lt;/i&gt;: båda (män och kvinnor summerade), män eller kvinnor.&lt;br&gt;&lt;i&gt;Länskoder&lt;/i&gt;: behåll kommuner vars kod börjar med dessa länskoder (t.ex. 25 för Norrbotten); &lt;i&gt;Flöden som behålls&lt;/i&gt;: både bostad och arbete i länen (en sluten tabell), eller någon av dem där.&lt;br&gt;&lt;i&gt;Kommunkoder som ändras mellan de valda åren&lt;/i&gt;: stoppa (standard), eller behåll varje års egna koder och varna (pendlingsalgoritmerna använder ett år i taget).&lt;br&gt;Avancerat: variablerna för bostad och arbetsställe, innehållskoden och låsta värden för andra variabler (t.ex. Alder=16+) när en tabells metadata kräver det; API-adressen; hur länge svaret får dröja.&lt;br&gt;&lt;i&gt;Utdata&lt;/i&gt;: OD-tabellen. &lt;i&gt;Härkomst&lt;/i&gt; (METADATA, även i lagrets metadata): parametrar, tabeller och deras titlar per år, hämtningstid, licens, korsade serieavbrott, celler utan värde.&lt;br&gt;En okänd tabell, ett HTTP-fel, en timeout eller ett avbrutet svar stoppar körningen med adressen angiven; inget skrivs.</translation>
    </message>
    <message>
      <location filename="processing/loadscbboundaries.py" line="54" />
      <source>Loads municipalities, DeSO or RegSO polygons from SCB's open geodata (WFS https://geodata.scb.se/geoserver/stat/wfs, layers DeSO_2025, RegSO_2025, DeSO_2018, RegSO_2020) in SWEREF 99 TM, with the codes the statistics use as text: kommunkod (4 characters, e.g. 0114), lanskod, desokod, regsokod. Municipalities are the DeSO 2025 areas dissolved by kommunkod (the WFS has no municipality layer; every DeSO lies in one municipality). Requests go through QGIS's network settings, page by page; nothing is written until every page has arrived and the count agrees with the service's. Data licence CC0 (SCB).&lt;br&gt;&lt;br&gt;Source: SCB, Öppna geodata: DeSO and RegSO (WMS/WFS guide); layer names and fields as listed by the service's GetCapabilities. Not verified here on a stored answer of the service (none was found): the tests serve GeoJSON built in the service's documented form.&lt;br&gt;&lt;br&gt;&lt;b&gt;Parameters&lt;/b&gt;&lt;br&gt;&lt;i&gt;Level&lt;/i&gt;: municipalities (from DeSO 2025), DeSO 2025, RegSO 2025, DeSO 2018 or RegSO 2020 (DeSO 2018 and RegSO 2020 go with statistics up to 2023).&lt;br&gt;&lt;i&gt;County codes&lt;/i&gt;: only these counties (e.g. 25); empty: all of Sweden.&lt;br&gt;Advanced: the WFS address and the time to wait for an answer.&lt;br&gt;&lt;i&gt;Output&lt;/i&gt;: polygons with the codes; &lt;i&gt;Provenance&lt;/i&gt; (METADATA and layer metadata): parameters, layer, address, retrieval time, licence.</source>
      <translation>Hämtar kommuner, DeSO eller RegSO som polygoner från SCB:s öppna geodata (WFS https://geodata.scb.se/geoserver/stat/wfs, lagren DeSO_2025, RegSO_2025, DeSO_2018, RegSO_2020) i SWEREF 99 TM, med de koder statistiken använder, som text: kommunkod (4 tecken, t.ex. 0114), lanskod, desokod, regsokod. Kommunerna är DeSO 2025-områdena sammanslagna per kommunkod (WFS-tjänsten har inget kommunlager; varje DeSO ligger i en kommun). Anropen går via QGIS nätverksinställningar, sida för sida; inget skrivs förrän alla sidor har kommit och antalet stämmer med tjänstens. Datalicens CC0 (SCB).&lt;br&gt;&lt;br&gt;Källa: SCB, Öppna geodata: DeSO och RegSO (guiden för WMS/WFS); lagernamn och fält enligt tjänstens GetCapabilities. Inte verifierat här mot ett sparat svar från tjänsten (inget hittades): testerna serverar GeoJSON byggd i tjänstens dokumenterade form.&lt;br&gt;&lt;br&gt;&lt;b&gt;Parametrar&lt;/b&gt;&lt;br&gt;&lt;i&gt;Nivå&lt;/i&gt;: kommuner (från DeSO 2025), DeSO 2025, RegSO 2025, DeSO 2018 eller RegSO 2020 (DeSO 2018 och RegSO 2020 hör till statistik till och med 2023).&lt;br&gt;&lt;i&gt;Länskoder&lt;/i&gt;: bara dessa län (t.ex. 25); tom: hela Sverige.&lt;br&gt;Avancerat: WFS-adressen och hur länge svaret får dröja.&lt;br&gt;&lt;i&gt;Utdata&lt;/i&gt;: polygoner med koderna; &lt;i&gt;Härkomst&lt;/i&gt; (METADATA och lagrets metadata): parametrar, lager, adress, hämtningstid, licens.</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="157" />
      <source>Log</source>
      <translation>Logg</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="55" />
      <location filename="processing/structure_params.py" line="259" />
      <source>Longest corridor in km (empty = from the extent, 0 = no limit)</source>
      <translation>Längsta stråk i km (tomt = efter utbredningen, 0 = ingen gräns)</translation>
    </message>
    <message>
      <location filename="processing/structure_corridors.py" line="65" />
      <source>Longest corridor: {km} km, chosen from the extent of the nodes (give 'Longest corridor in km' to change it, 0 for no limit).</source>
      <translation>Längsta stråk: {km} km, valt efter nodernas utbredning (ange ”Längsta stråk i km” för att ändra, 0 för ingen gräns).</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="114" />
      <source>Lowest validity V</source>
      <translation>Lägsta giltighet V</translation>
    </message>
    <message>
      <location filename="regionatlas/accessibility/points.py" line="94" />
      <source>MAX_SNAP is {value} m; it cannot be negative.</source>
      <translation>MAX_SNAP är {value} m; det kan inte vara negativt.</translation>
    </message>
    <message>
      <location filename="processing/structure_layout.py" line="99" />
      <source>Made with RegionAtlas {version} on {date}.</source>
      <translation>Skapad med RegionAtlas {version} den {date}.</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="73" />
      <location filename="ui/register_charts.py" line="37" />
      <source>Manage closely</source>
      <translation>Samverka nära</translation>
    </message>
    <message>
      <location filename="processing/exportstructureimage.py" line="158" />
      <source>Map CRS</source>
      <translation>Kartans CRS</translation>
    </message>
    <message>
      <location filename="ui/notes_dock.ui" line="358" />
      <source>Markers</source>
      <translation>Markeringar</translation>
    </message>
    <message>
      <location filename="processing/relinknotes.py" line="88" />
      <source>Matched feature keys</source>
      <translation>Matchade objektnycklar</translation>
    </message>
    <message>
      <location filename="processing/relinknotes.py" line="45" />
      <source>Matches the notes of a dataset to a new or re-imported layer by the value of its key field (never by feature id): links whose key the layer has get the layer's current geometry and label copy (and move to the layer's dataset key when its data source changed); links whose key the layer lacks are left as they were, visible through their old geometry copy, and listed in the output layer and the log.&lt;br&gt;&lt;br&gt;Source: the user guide, section Stakeholder notes (notes are linked to features by a key field, never by feature id).&lt;br&gt;&lt;br&gt;&lt;b&gt;Parameters&lt;/b&gt;&lt;br&gt;&lt;i&gt;Notes store&lt;/i&gt;: the GeoPackage file, a PostgreSQL conninfo, a pg service name, or &lt;tt&gt;pgconn:&amp;lt;name&amp;gt;&lt;/tt&gt;.&lt;br&gt;&lt;i&gt;New layer&lt;/i&gt;: the layer the notes should point to now.&lt;br&gt;&lt;i&gt;Key field&lt;/i&gt;: the field holding the key the notes were linked with (e.g. kommunkod, or the uuid field the notes dock added).&lt;br&gt;&lt;i&gt;Old dataset key&lt;/i&gt;: the dataset key the notes were linked to (e.g. &lt;tt&gt;ogr:kommuner_2023.gpkg|kommuner&lt;/tt&gt;); empty: the new layer's own key (a re-import of the same source).&lt;br&gt;&lt;i&gt;Notes that could not be matched&lt;/i&gt;: one feature per unmatched link key with its old geometry copy, label and number of notes.</source>
      <translation>Matchar anteckningarna för en datamängd mot ett nytt eller återimporterat lager med hjälp av värdet i lagrets nyckelfält (aldrig objekt-id): länkar vars nyckel finns i lagret får lagrets aktuella geometri och en kopia av etiketten (och flyttas till lagrets datamängdsnyckel när dess datakälla har ändrats); länkar vars nyckel saknas i lagret lämnas som de var, synliga genom sin gamla geometrikopia, och listas i utdatalagret och i loggen.&lt;br&gt;&lt;br&gt;Källa: användarhandledningen, avsnittet Aktörsanteckningar (anteckningar kopplas till objekt med ett nyckelfält, aldrig med objektets id).&lt;br&gt;&lt;br&gt;&lt;b&gt;Parametrar&lt;/b&gt;&lt;br&gt;&lt;i&gt;Anteckningsdatabas&lt;/i&gt;: GeoPackage-filen, en PostgreSQL-conninfo, ett pg-tjänstnamn eller &lt;tt&gt;pgconn:&amp;lt;name&amp;gt;&lt;/tt&gt;.&lt;br&gt;&lt;i&gt;Nytt lager&lt;/i&gt;: det lager som anteckningarna nu ska peka på.&lt;br&gt;&lt;i&gt;Nyckelfält&lt;/i&gt;: fältet med den nyckel som anteckningarna länkades med (t.ex. kommunkod, eller det uuid-fält som anteckningspanelen lade till).&lt;br&gt;&lt;i&gt;Gammal datamängdsnyckel&lt;/i&gt;: den datamängdsnyckel som anteckningarna var länkade till (t.ex. &lt;tt&gt;ogr:kommuner_2023.gpkg|kommuner&lt;/tt&gt;); tomt: det nya lagrets egen nyckel (vid återimport av samma källa).&lt;br&gt;&lt;i&gt;Anteckningar som inte kunde matchas&lt;/i&gt;: ett objekt per omatchad länknyckel med dess gamla geometrikopia, etikett och antal anteckningar.</translation>
    </message>
    <message>
      <location filename="processing/traveltimes.py" line="79" />
      <source>Maximum minutes (0 = no limit)</source>
      <translation>Högsta antal minuter (0 = ingen gräns)</translation>
    </message>
    <message>
      <location filename="processing/network_input.py" line="134" />
      <source>Maximum snapping distance (m)</source>
      <translation>Största anslutningsavstånd (m)</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="59" />
      <source>Maximum snapping distance to the roads (m)</source>
      <translation>Största anslutningsavstånd till vägarna (m)</translation>
    </message>
    <message>
      <location filename="processing/regionchange_report.py" line="63" />
      <source>Mean Jaccard</source>
      <translation>Genomsnittligt Jaccardindex</translation>
    </message>
    <message>
      <location filename="processing/accessibility.py" line="146" />
      <source>Measures</source>
      <translation>Mått</translation>
    </message>
    <message>
      <location filename="processing/centres_help.py" line="13" />
      <source>Measures how polycentric each region is from its N largest centres, and lists the centres used so that regions and years can be compared.&lt;br&gt;&lt;i&gt;Morphological&lt;/i&gt;: slope b of ln(size) on ln(rank) over the top N centres (flatter = more polycentric), normalised as P_M = 1 / (1 + |b|): 1 for equal centres, 0.5 for Zipf (b = -1), towards 0 for one dominant centre.&lt;br&gt;&lt;i&gt;Functional&lt;/i&gt; (needs flows): P_F = (1 - sigma_d / sigma_dmax) x Delta, with sigma_d the standard deviation of the centres' weighted in-degree, sigma_dmax that of a two-node network with the largest in-degree, and Delta the weighted density of the flows among the centres (0..1).&lt;br&gt;&lt;br&gt;Source: Meijers, E. (2008) Measuring polycentricity and its promises, European Planning Studies 16(9); Green, N. (2007) Functional polycentricity: a formal definition in terms of social network analysis, Urban Studies 44(11).&lt;br&gt;&lt;br&gt;&lt;b&gt;Parameters&lt;/b&gt;&lt;br&gt;&lt;i&gt;Centres&lt;/i&gt;: points (or polygons) with a unique &lt;i&gt;centre id field&lt;/i&gt; and a &lt;i&gt;size field&lt;/i&gt; (population or jobs).&lt;br&gt;&lt;i&gt;Region field of the centres&lt;/i&gt;, or &lt;i&gt;regions&lt;/i&gt; (polygons) with a &lt;i&gt;region id field&lt;/i&gt;: each centre belongs to the region that contains it (centres outside every region are left out and listed). Give one of the two.&lt;br&gt;&lt;i&gt;N&lt;/i&gt;: number of centres per region ({lo}..{hi}; ties: smallest id).&lt;br&gt;&lt;i&gt;Regions with fewer than N centres&lt;/i&gt;: fail (default, the regions are listed) or flag them (too_few_centres) and use the centres they have.&lt;br&gt;&lt;i&gt;OD table&lt;/i&gt; (optional) with &lt;i&gt;origin / destination / count field&lt;/i&gt; and &lt;i&gt;year&lt;/i&gt;: flows among the centres for the functional index; the OD ids must be the centre ids.&lt;br&gt;&lt;i&gt;Output&lt;/i&gt;: a table per region: region, n_requested, n_available, n_used, too_few_centres, centres, centre_sizes, slope, p_morphological, p_functional, density, sigma_d, sigma_dmax, note. &lt;i&gt;Regions output&lt;/i&gt; (with regions polygons): the regions joined with the same columns.</source>
      <translation>Mäter hur flerkärnig varje region är utifrån dess N största kärnor och listar de kärnor som används, så att regioner och år kan jämföras.&lt;br&gt;&lt;i&gt;Morfologisk&lt;/i&gt;: lutningen b för ln(storlek) mot ln(rang) över de N största kärnorna (flackare = mer flerkärnig), normaliserad som P_M = 1 / (1 + |b|): 1 för lika stora kärnor, 0.5 för Zipf (b = -1), mot 0 för en enda dominerande kärna.&lt;br&gt;&lt;i&gt;Funktionell&lt;/i&gt; (kräver flöden): P_F = (1 - sigma_d / sigma_dmax) x Delta, där sigma_d är standardavvikelsen för kärnornas viktade ingrad, sigma_dmax densamma för ett nätverk med två noder och den största ingraden, och Delta den viktade tätheten i flödena mellan kärnorna (0..1).&lt;br&gt;&lt;br&gt;Källa: Meijers, E. (2008) Measuring polycentricity and its promises, European Planning Studies 16(9); Green, N. (2007) Functional polycentricity: a formal definition in terms of social network analysis, Urban Studies 44(11).&lt;br&gt;&lt;br&gt;&lt;b&gt;Parametrar&lt;/b&gt;&lt;br&gt;&lt;i&gt;Kärnor&lt;/i&gt;: punkter (eller polygoner) med ett unikt &lt;i&gt;id-fält för kärnorna&lt;/i&gt; och ett &lt;i&gt;storleksfält&lt;/i&gt; (befolkning eller arbetstillfällen).&lt;br&gt;&lt;i&gt;Kärnornas regionfält&lt;/i&gt;, eller &lt;i&gt;regioner&lt;/i&gt; (polygoner) med ett &lt;i&gt;region-id-fält&lt;/i&gt;: varje kärna hör till den region som innehåller den (kärnor utanför alla regioner utelämnas och listas). Ange ett av de två.&lt;br&gt;&lt;i&gt;N&lt;/i&gt;: antal kärnor per region ({lo}..{hi}; vid lika: lägst id).&lt;br&gt;&lt;i&gt;Regioner med färre än N kärnor&lt;/i&gt;: avbryt (standard, regionerna listas) eller flagga dem (too_few_centres) och använd de kärnor de har.&lt;br&gt;&lt;i&gt;OD-tabell&lt;/i&gt; (valfri) med &lt;i&gt;fält för ursprung / destination / antal&lt;/i&gt; och &lt;i&gt;år&lt;/i&gt;: flöden mellan kärnorna för det funktionella indexet; OD-id måste vara kärnornas id.&lt;br&gt;&lt;i&gt;Utdata&lt;/i&gt;: en tabell per region: region, n_requested, n_available, n_used, too_few_centres, centres, centre_sizes, slope, p_morphological, p_functional, density, sigma_d, sigma_dmax, note. &lt;i&gt;Utdata för regioner&lt;/i&gt; (med regionpolygoner): regionerna kopplade med samma kolumner.</translation>
    </message>
    <message>
      <location filename="processing/commuting_loader.py" line="80" />
      <source>Men</source>
      <translation>Män</translation>
    </message>
    <message>
      <location filename="ui/notes_editor.py" line="130" />
      <source>Merge the texts in the form and press Save to save over version {v}.</source>
      <translation>Sammanfoga texterna i formuläret och tryck på Spara för att spara över version {v}.</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="70" />
      <location filename="processing/regionchange_report.py" line="36" />
      <location filename="processing/regions_common.py" line="95" />
      <source>Method</source>
      <translation>Metod</translation>
    </message>
    <message>
      <location filename="processing/commutingregions.py" line="146" />
      <source>Method: {name}.</source>
      <translation>Metod: {name}.</translation>
    </message>
    <message>
      <location filename="processing/flowlines.py" line="115" />
      <source>Minimum flow (persons; 0 = off)</source>
      <translation>Minsta flöde (personer; 0 = av)</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/flowlines.py" line="57" />
      <source>Minimum flow must be &gt;= 0 (got {value}).</source>
      <translation>Minsta flöde måste vara &gt;= 0 (angivet värde: {value}).</translation>
    </message>
    <message>
      <location filename="plugin.py" line="85" />
      <source>Missing Python packages…</source>
      <translation>Saknade Python-paket…</translation>
    </message>
    <message>
      <location filename="processing/dominantflows.py" line="69" />
      <source>Mode</source>
      <translation>Läge</translation>
    </message>
    <message>
      <location filename="processing/dominantflows.py" line="270" />
      <source>Mode {mode}, k = {k}, size = {size}: {n} places; {dominant} dominant, {intermediate} intermediate, {dominated} dominated, {independent} independent; {links} links kept.</source>
      <translation>Läge {mode}, k = {k}, storlek = {size}: {n} orter; {dominant} dominerande, {intermediate} mellanliggande, {dominated} dominerade, {independent} oberoende; {links} länkar behålls.</translation>
    </message>
    <message>
      <location filename="processing/commutingregions.py" line="120" />
      <location filename="processing/commutingregions_report.py" line="111" />
      <source>Modularity Q</source>
      <translation>Modularitet Q</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="76" />
      <location filename="ui/register_charts.py" line="40" />
      <source>Monitor</source>
      <translation>Bevaka</translation>
    </message>
    <message>
      <location filename="processing/loadscbboundaries.py" line="82" />
      <source>Municipalities (from DeSO 2025)</source>
      <translation>Kommuner (från DeSO 2025)</translation>
    </message>
    <message>
      <location filename="processing/commuting_loader.py" line="100" />
      <source>Municipalities split in the reform</source>
      <translation>Kommuner som delades i reformen</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/reform.py" line="115" />
      <source>Municipalities that were split in the reform cannot be carried over as a whole: {listed} ({persons} persons in their flows). Choose years from {year} on, or drop the flows of split municipalities.</source>
      <translation>Kommuner som delades i reformen kan inte föras över som helhet: {listed} ({persons} personer i deras flöden). Välj år från {year} och framåt, eller ta bort flödena för delade kommuner.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/commuting.py" line="506" />
      <source>Municipality codes changed between the chosen years: {n} codes exist in some years only, e.g. {examples}. Choose years with the same regional division, or carry the codes to the {reform} division; nothing was written.</source>
      <translation>Kommunkoderna ändrades mellan de valda åren: {n} koder finns bara vissa år, t.ex. {examples}. Välj år med samma regionala indelning, eller för koderna till {reform} års indelning; inget skrevs.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/commuting.py" line="514" />
      <source>Municipality codes changed between the chosen years: {n} codes exist in some years only, e.g. {examples}. Choose years with the same regional division; nothing was written.</source>
      <translation>Kommunkoderna ändrades mellan de valda åren: {n} koder finns bara vissa år, t.ex. {examples}. Välj år med samma regionala indelning; inget skrevs.</translation>
    </message>
    <message>
      <location filename="processing/commuting_loader.py" line="106" />
      <source>Municipality codes that change between the chosen years</source>
      <translation>Kommunkoder som ändras mellan de valda åren</translation>
    </message>
    <message>
      <location filename="processing/network_input.py" line="154" />
      <source>NETWORK has no CRS; coordinates are taken as metres.</source>
      <translation>NETWORK saknar koordinatsystem; koordinaterna tolkas som meter.</translation>
    </message>
    <message>
      <location filename="regionatlas/accessibility/network.py" line="158" />
      <source>NETWORK has no edge between two different vertices (every line is a loop or has zero length): there is nothing to route on.</source>
      <translation>NETWORK har ingen länk mellan två olika noder (varje linje är en slinga eller har längden noll): det finns inget att söka väg på.</translation>
    </message>
    <message>
      <location filename="regionatlas/accessibility/network.py" line="132" />
      <source>NETWORK has no line with two or more vertices: there are no roads.</source>
      <translation>NETWORK har ingen linje med två eller fler brytpunkter: det finns inga vägar.</translation>
    </message>
    <message>
      <location filename="processing/network_input.py" line="147" />
      <source>NETWORK is in a geographic CRS ({crs}): lengths would be in degrees. Reproject the road network to a projected CRS in metres (e.g. SWEREF 99 TM, EPSG:3006) first.</source>
      <translation>NETWORK är i ett geografiskt koordinatsystem ({crs}): längderna skulle bli i grader. Projicera först om vägnätet till ett projicerat koordinatsystem i meter (t.ex. SWEREF 99 TM, EPSG:3006).</translation>
    </message>
    <message>
      <location filename="processing/laregionsfromindicators.py" line="112" />
      <location filename="processing/structure_params.py" line="127" />
      <source>Name field</source>
      <translation>Namnfält</translation>
    </message>
    <message>
      <location filename="processing/region_outputs.py" line="109" />
      <source>Name field of the zones (region names)</source>
      <translation>Zonernas namnfält (regionnamn)</translation>
    </message>
    <message>
      <location filename="processing/structure_styles.py" line="69" />
      <location filename="processing/style_labels.py" line="53" />
      <source>National border</source>
      <translation>Riksgräns</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy_params.py" line="96" />
      <source>Natural breaks (Jenks)</source>
      <translation>Naturliga brytpunkter (Jenks)</translation>
    </message>
    <message>
      <location filename="processing/accessibility.py" line="147" />
      <source>Nearest</source>
      <translation>Närmaste</translation>
    </message>
    <message>
      <location filename="ui/dependency_dialog.py" line="65" />
      <source>Needed for</source>
      <translation>Behövs för</translation>
    </message>
    <message>
      <location filename="processing/regions_help.py" line="23" />
      <source>Network communities (Leiden, modularity)</source>
      <translation>Nätverksgemenskaper (Leiden, modularitet)</translation>
    </message>
    <message>
      <location filename="processing/structure_params.py" line="170" />
      <source>Network to route the corridors on</source>
      <translation>Nätverk att lägga stråken på</translation>
    </message>
    <message>
      <location filename="processing/network_input.py" line="201" />
      <source>Network: {lines} lines, {vertices} vertices, {arcs} directed edges.</source>
      <translation>Nätverk: {lines} linjer, {vertices} noder, {arcs} riktade länkar.</translation>
    </message>
    <message>
      <location filename="ui/notes_dock.ui" line="324" />
      <location filename="ui/stakeholder_register.ui" line="190" />
      <source>New</source>
      <translation>Ny</translation>
    </message>
    <message>
      <location filename="processing/relinknotes.py" line="71" />
      <source>New layer</source>
      <translation>Nytt lager</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/postgis.py" line="114" />
      <source>No PostgreSQL connection given (conninfo string or service name).</source>
      <translation>Ingen PostgreSQL-anslutning angiven (conninfo-sträng eller tjänstnamn).</translation>
    </message>
    <message>
      <location filename="processing/polycentricity.py" line="187" />
      <source>No centre lies in a region.</source>
      <translation>Ingen kärna ligger i någon region.</translation>
    </message>
    <message>
      <location filename="regionatlas/accessibility/measures.py" line="114" />
      <source>No destination has the category {missing} (CATEGORY_FIELD). Categories present: {present}.</source>
      <translation>Ingen målpunkt har kategorin {missing} (CATEGORY_FIELD). Befintliga kategorier: {present}.</translation>
    </message>
    <message>
      <location filename="regionatlas/accessibility/per_origin.py" line="54" />
      <source>No destination of the category {cats} is on the network (all are farther than MAX_SNAP).</source>
      <translation>Ingen målpunkt i kategorin {cats} ligger på nätet (alla ligger längre bort än MAX_SNAP).</translation>
    </message>
    <message>
      <location filename="ui/register_charts.py" line="169" />
      <source>No engagement events yet.</source>
      <translation>Inga dialogtillfällen ännu.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/geodata.py" line="154" />
      <source>No feature of {layer} in the counties {counties}.</source>
      <translation>Inga objekt i {layer} i länen {counties}.</translation>
    </message>
    <message>
      <location filename="regionatlas/structureimage/corridors.py" line="323" />
      <source>No flow between two different nodes: every flow is within a node or zero, so no corridor can be drawn.</source>
      <translation>Inget flöde mellan två olika noder: alla flöden är inom en nod eller noll, så inget stråk kan ritas.</translation>
    </message>
    <message>
      <location filename="processing/flowlines.py" line="190" />
      <source>No flow is left after the filters (minimum flow {m}, k largest {k}, cumulative share {s}); relax them.</source>
      <translation>Inga flöden återstår efter filtren (minsta flöde {m}, k största {k}, kumulativ andel {s}); lätta på dem.</translation>
    </message>
    <message>
      <location filename="processing/structure_corridors.py" line="92" />
      <source>No flows and no network: the image has no corridors.</source>
      <translation>Inga flöden och inget nätverk: bilden får inga stråk.</translation>
    </message>
    <message>
      <location filename="processing/dominantflows.py" line="158" />
      <source>No flows remain after dropping the ids missing from the nodes.</source>
      <translation>Inga flöden återstår efter att de id som saknas i noderna tagits bort.</translation>
    </message>
    <message>
      <location filename="processing/od_input.py" line="187" />
      <source>No flows remain after dropping the ids missing from the zones.</source>
      <translation>Inga flöden återstår efter att de id som saknas i zonerna tagits bort.</translation>
    </message>
    <message>
      <location filename="processing/exportnotes.py" line="108" />
      <source>No geometry</source>
      <translation>Ingen geometri</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/change.py" line="214" />
      <source>No input has the year(s) {years} in field '{field}'.</source>
      <translation>Inga indata har året/åren {years} i fältet '{field}'.</translation>
    </message>
    <message>
      <location filename="ui/notes_store.py" line="91" />
      <location filename="ui/notes_dock.ui" line="26" />
      <source>No notes store</source>
      <translation>Ingen anteckningsdatabas</translation>
    </message>
    <message>
      <location filename="regionatlas/accessibility/points.py" line="127" />
      <source>No point of {what} is within MAX_SNAP of the network ({n} points); check the layers' CRS and MAX_SNAP.</source>
      <translation>Ingen punkt i {what} ligger inom MAX_SNAP från nätet ({n} punkter); kontrollera lagrens koordinatsystem och MAX_SNAP.</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy.py" line="186" />
      <source>No population or jobs field: no rank-size line.</source>
      <translation>Inget fält för befolkning eller arbetstillfällen: ingen rang-storlekslinje.</translation>
    </message>
    <message>
      <location filename="processing/degurba_params.py" line="96" />
      <source>No population outside the data (edge, no land); fail inside</source>
      <translation>Ingen befolkning utanför data (kant, inget land); avbryt inuti</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="155" />
      <source>No population points (ORIGINS): the accessibility step is left out; the structure image shows the service areas.</source>
      <translation>Inga befolkningspunkter (ORIGINS): tillgänglighetssteget hoppas över; strukturbilden visar serviceområdena.</translation>
    </message>
    <message>
      <location filename="processing/polycentricity.py" line="271" />
      <source>No regions layer: the regions output is not written.</source>
      <translation>Inget regionlager: utdata för regioner skrivs inte.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/odcsv.py" line="156" />
      <source>No row has year {year} in field '{field}'. Years present: {years}.</source>
      <translation>Ingen rad har året {year} i fältet '{field}'. Befintliga år: {years}.</translation>
    </message>
    <message>
      <location filename="processing/notes_common.py" line="204" />
      <source>No stakeholder in the store is called {name}.</source>
      <translation>Ingen aktör i databasen heter {name}.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/commuting.py" line="426" />
      <source>No table given.</source>
      <translation>Ingen tabell angiven.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/commuting.py" line="444" />
      <source>No table holds a year from {first} to {last}: {offer}.</source>
      <translation>Ingen tabell har något år från {first} till {last}: {offer}.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/commuting.py" line="458" />
      <source>No table holds the year {year}: {offer}.</source>
      <translation>Ingen tabell har året {year}: {offer}.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/scb.py" line="127" />
      <source>No unit qualifies as an LA centre and no chain of links closes: no region.</source>
      <translation>Ingen enhet uppfyller villkoren för ett LA-centrum och ingen kedja av kopplingar sluts: ingen region bildas.</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="168" />
      <source>No unit went to the reserve list.</source>
      <translation>Ingen enhet hamnade på reservlistan.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/query.py" line="28" />
      <source>No value chosen for variable '{variable}'.</source>
      <translation>Inget värde är valt för variabeln '{variable}'.</translation>
    </message>
    <message>
      <location filename="ui/notes_features.py" line="86" />
      <location filename="ui/notes_dock.ui" line="56" />
      <source>No vector layer active</source>
      <translation>Inget aktivt vektorlager</translation>
    </message>
    <message>
      <location filename="processing/dominantflows.py" line="83" />
      <source>Node id field</source>
      <translation>Nod-id-fält</translation>
    </message>
    <message>
      <location filename="processing/structure_params.py" line="133" />
      <source>Node id field matching the OD ids</source>
      <translation>Nod-id-fält som matchar OD-id</translation>
    </message>
    <message>
      <location filename="processing/dominantflows.py" line="125" />
      <source>Node ids must be unique; these occur more than once in '{field}': {ids}.</source>
      <translation>Nodernas id måste vara unika; dessa förekommer mer än en gång i '{field}': {ids}.</translation>
    </message>
    <message>
      <location filename="processing/structure_params.py" line="268" />
      <location filename="processing/structure_styles.py" line="209" />
      <source>Nodes</source>
      <translation>Noder</translation>
    </message>
    <message>
      <location filename="processing/dominantflows.py" line="79" />
      <source>Nodes (places; points or polygons)</source>
      <translation>Noder (orter; punkter eller polygoner)</translation>
    </message>
    <message>
      <location filename="processing/structure_params.py" line="124" />
      <source>Nodes (ranked places)</source>
      <translation>Noder (rangordnade orter)</translation>
    </message>
    <message>
      <location filename="processing/structure_build.py" line="102" />
      <source>Nodes: {n} in {k} classes ({how}); {m} labelled.</source>
      <translation>Noder: {n} i {k} klasser ({how}); {m} med namn.</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="104" />
      <source>Not linked to a place</source>
      <translation>Inte kopplad till någon plats</translation>
    </message>
    <message>
      <location filename="ui/notes_dock.ui" line="217" />
      <source>Note</source>
      <translation>Anteckning</translation>
    </message>
    <message>
      <location filename="ui/notes_editor.py" line="175" />
      <source>Note deleted.</source>
      <translation>Anteckningen togs bort.</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="206" />
      <source>Note entries in the report</source>
      <translation>Anteckningsposter i rapporten</translation>
    </message>
    <message>
      <location filename="ui/notes_editor.py" line="217" />
      <source>Note restored.</source>
      <translation>Anteckningen återställdes.</translation>
    </message>
    <message>
      <location filename="ui/notes_on_map.py" line="112" />
      <source>Notes</source>
      <translation>Anteckningar</translation>
    </message>
    <message>
      <location filename="processing/exportnotes.py" line="98" />
      <source>Notes as CSV</source>
      <translation>Anteckningar som CSV</translation>
    </message>
    <message>
      <location filename="ui/store_dialog.py" line="39" />
      <location filename="ui/store_dialog.py" line="80" />
      <source>Notes store</source>
      <translation>Anteckningsdatabas</translation>
    </message>
    <message>
      <location filename="processing/notes_common.py" line="132" />
      <source>Notes store (GeoPackage file, PostgreSQL conninfo, service name or pgconn:&lt;name&gt;)</source>
      <translation>Anteckningsdatabas (GeoPackage-fil, PostgreSQL-conninfo, tjänstnamn eller pgconn:&lt;name&gt;)</translation>
    </message>
    <message>
      <location filename="processing/relinknotes.py" line="83" />
      <source>Notes that could not be matched</source>
      <translation>Anteckningar som inte kunde matchas</translation>
    </message>
    <message>
      <location filename="processing/exportnotes.py" line="92" />
      <source>Notes with their features</source>
      <translation>Anteckningar med sina objekt</translation>
    </message>
    <message>
      <location filename="ui/dependency_dialog.py" line="101" />
      <source>Nothing is missing.</source>
      <translation>Inget saknas.</translation>
    </message>
    <message>
      <location filename="processing/polycentricity.py" line="83" />
      <source>Number of centres N</source>
      <translation>Antal kärnor N</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy_params.py" line="101" />
      <source>Number of classes (index mode)</source>
      <translation>Antal klasser (indexläge)</translation>
    </message>
    <message>
      <location filename="processing/charts.py" line="83" />
      <location filename="processing/region_outputs.py" line="188" />
      <source>Number of regions</source>
      <translation>Antal regioner</translation>
    </message>
    <message>
      <location filename="processing/commutingregions.py" line="199" />
      <source>OD table</source>
      <translation>OD-tabell</translation>
    </message>
    <message>
      <location filename="processing/polycentricity.py" line="102" />
      <source>OD table among centres</source>
      <translation>OD-tabell mellan kärnorna</translation>
    </message>
    <message>
      <location filename="processing/od_input.py" line="136" />
      <source>OD table: {rows} rows, {units} units, {flows} flows, {total} persons.</source>
      <translation>OD-tabell: {rows} rader, {units} enheter, {flows} flöden, {total} personer.</translation>
    </message>
    <message>
      <location filename="processing/regionchange.py" line="133" />
      <source>OD tables</source>
      <translation>OD-tabeller</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba_parameters.py" line="504" />
      <source>OVERRIDES is not valid JSON ({error} at line {line}, column {col}). Example: {{"UC_smooth_edge": false, "DUC_size_threshold": 6000}}.</source>
      <translation>OVERRIDES är inte giltig JSON ({error} på rad {line}, kolumn {col}). Exempel: {{"UC_smooth_edge": false, "DUC_size_threshold": 6000}}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba_parameters.py" line="512" />
      <source>OVERRIDES must be a JSON object, e.g. {{"UC_smooth_edge": false, "DUC_size_threshold": 6000}}.</source>
      <translation>OVERRIDES måste vara ett JSON-objekt, t.ex. {{"UC_smooth_edge": false, "DUC_size_threshold": 6000}}.</translation>
    </message>
    <message>
      <location filename="processing/degurba.py" line="59" />
      <source>OVERRIDES: {error}</source>
      <translation>OVERRIDES: {error}</translation>
    </message>
    <message>
      <location filename="processing/relinknotes.py" line="78" />
      <source>Old dataset key</source>
      <translation>Gammal datamängdsnyckel</translation>
    </message>
    <message>
      <location filename="processing/flowlines.py" line="134" />
      <source>One line per pair (both directions)</source>
      <translation>En linje per par (båda riktningarna)</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="109" />
      <source>One-unit regions</source>
      <translation>Regioner med en enhet</translation>
    </message>
    <message>
      <location filename="processing/network_input.py" line="113" />
      <source>One-way field (yes / -1 / no)</source>
      <translation>Fält för enkelriktning (yes / -1 / no)</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="58" />
      <source>One-way field of the roads</source>
      <translation>Fält för vägarnas enkelriktning</translation>
    </message>
    <message>
      <location filename="processing/notes_common.py" line="146" />
      <source>Only follow-up statuses</source>
      <translation>Endast uppföljningsstatusar</translation>
    </message>
    <message>
      <location filename="processing/notes_common.py" line="144" />
      <source>Only kinds</source>
      <translation>Endast typer</translation>
    </message>
    <message>
      <location filename="processing/notes_common.py" line="161" />
      <source>Only notes on dataset (dataset key)</source>
      <translation>Endast anteckningar om datamängd (datamängdsnyckel)</translation>
    </message>
    <message>
      <location filename="processing/notes_common.py" line="155" />
      <source>Only stakeholder (organisation or uuid)</source>
      <translation>Endast aktör (organisation eller uuid)</translation>
    </message>
    <message>
      <location filename="processing/notes_common.py" line="145" />
      <source>Only stances</source>
      <translation>Endast hållningar</translation>
    </message>
    <message>
      <location filename="processing/notes_common.py" line="143" />
      <source>Only themes</source>
      <translation>Endast teman</translation>
    </message>
    <message>
      <location filename="ui/stakeholder_form.py" line="85" />
      <source>Open a notes store in the Stakeholder notes panel first.</source>
      <translation>Öppna först en anteckningsdatabas i panelen Aktörsanteckningar.</translation>
    </message>
    <message>
      <location filename="ui/stakeholder_register.py" line="92" />
      <location filename="ui/stakeholder_register.ui" line="28" />
      <source>Open a notes store in the Stakeholder notes panel.</source>
      <translation>Öppna en anteckningsdatabas i panelen Aktörsanteckningar.</translation>
    </message>
    <message>
      <location filename="ui/stakeholder_register.ui" line="44" />
      <source>Open or create a notes store…</source>
      <translation>Öppna eller skapa en anteckningsdatabas…</translation>
    </message>
    <message>
      <location filename="processing/accessibility.py" line="137" />
      <source>Opportunity field of the destinations (jobs, beds)</source>
      <translation>Målpunkternas fält för möjligheter (arbetstillfällen, vårdplatser)</translation>
    </message>
    <message>
      <location filename="plugin.py" line="265" />
      <source>Optional packages not installed: {names}. Install: {command}</source>
      <translation>Valfria paket som inte är installerade: {names}. Installera: {command}</translation>
    </message>
    <message>
      <location filename="processing/degurba_params.py" line="109" />
      <source>Or: population polygon grid</source>
      <translation>Eller: polygonrutnät med befolkning</translation>
    </message>
    <message>
      <location filename="processing/polycentricity.py" line="78" />
      <source>Or: regions (polygons)</source>
      <translation>Eller: regioner (polygoner)</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="97" />
      <location filename="ui/stakeholder_register.ui" line="90" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="processing/od_input.py" line="58" />
      <location filename="processing/pipeline.py" line="40" />
      <location filename="processing/structure_params.py" line="158" />
      <source>Origin (home unit) field</source>
      <translation>Ursprungsfält (bostadsenhet)</translation>
    </message>
    <message>
      <location filename="processing/regionchange.py" line="103" />
      <source>Origin field (OD tables)</source>
      <translation>Ursprungsfält (OD-tabeller)</translation>
    </message>
    <message>
      <location filename="processing/accessibility.py" line="108" />
      <location filename="processing/traveltimes.py" line="69" />
      <source>Origin id field</source>
      <translation>Startpunkternas id-fält</translation>
    </message>
    <message>
      <location filename="processing/accessibility.py" line="108" />
      <location filename="processing/traveltimes.py" line="69" />
      <source>Origins</source>
      <translation>Startpunkter</translation>
    </message>
    <message>
      <location filename="processing/exportstructureimage.py" line="223" />
      <location filename="processing/exportwebatlas.py" line="160" />
      <source>Output folder</source>
      <translation>Utdatamapp</translation>
    </message>
    <message>
      <location filename="processing/exportstructureimage.py" line="225" />
      <source>PDF file(s)</source>
      <translation>PDF-fil(er)</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="201" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
      <location filename="processing/exportstructureimage.py" line="226" />
      <source>PNG file(s)</source>
      <translation>PNG-fil(er)</translation>
    </message>
    <message>
      <location filename="ui/dependency_dialog.py" line="65" />
      <source>Package</source>
      <translation>Paket</translation>
    </message>
    <message>
      <location filename="processing/degurba_params.py" line="132" />
      <source>Padding (cells of context cut off the output)</source>
      <translation>Marginal (omgivande celler som skärs bort från utdata)</translation>
    </message>
    <message>
      <location filename="processing/degurba.py" line="162" />
      <source>Padding: {n} cells on every side were classified and cut off.</source>
      <translation>Marginal: {n} celler på varje sida klassificerades och skars bort.</translation>
    </message>
    <message>
      <location filename="processing/exportstructureimage.py" line="229" />
      <source>Pages</source>
      <translation>Sidor</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="93" />
      <source>Parameter</source>
      <translation>Parameter</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/parameters.py" line="125" />
      <source>Parameter MIN_SC ({min_sc:g}) must not be larger than TARGET_SC ({target_sc:g}).</source>
      <translation>Parametern MIN_SC ({min_sc:g}) får inte vara större än TARGET_SC ({target_sc:g}).</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/parameters.py" line="118" />
      <source>Parameter MIN_SIZE ({min_size:g}) must be smaller than TARGET_SIZE ({target_size:g}): the validity function interpolates between them.</source>
      <translation>Parametern MIN_SIZE ({min_size:g}) måste vara mindre än TARGET_SIZE ({target_size:g}): giltighetsfunktionen interpolerar mellan dem.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/parameters.py" line="116" />
      <source>Parameter MIN_SIZE = {value:g} must not be negative.</source>
      <translation>Parametern MIN_SIZE = {value:g} får inte vara negativ.</translation>
    </message>
    <message>
      <location filename="processing/degurba_params.py" line="129" />
      <source>Parameter overrides (JSON, flexurba names)</source>
      <translation>Parameteråsidosättningar (JSON, flexurba-namn)</translation>
    </message>
    <message>
      <location filename="processing/degurba_params.py" line="128" />
      <source>Parameter preset</source>
      <translation>Parameterförinställning</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/parameters.py" line="79" />
      <source>Parameter {name} = {value!r} is outside the allowed range: it must lie between 0 (exclusive) and 1.</source>
      <translation>Parametern {name} = {value!r} ligger utanför det tillåtna intervallet: den måste vara större än 0 och högst 1.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/parameters.py" line="73" />
      <source>Parameter {name} = {value!r} is outside the allowed range: it must lie between 0 and 1.</source>
      <translation>Parametern {name} = {value!r} ligger utanför det tillåtna intervallet: den måste ligga mellan 0 och 1.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/parameters.py" line="65" />
      <source>Parameter {name} must be a number between 0 and 1, not {value!r}.</source>
      <translation>Parametern {name} måste vara ett tal mellan 0 och 1, inte {value!r}.</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="75" />
      <source>Parameters</source>
      <translation>Parametrar</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/parameters.py" line="114" />
      <source>Parameters MIN_SIZE and TARGET_SIZE must be numbers.</source>
      <translation>Parametrarna MIN_SIZE och TARGET_SIZE måste vara tal.</translation>
    </message>
    <message>
      <location filename="processing/exportstructureimage.py" line="214" />
      <source>Parameters text for the provenance file (default: from the layers)</source>
      <translation>Parametertext till ursprungsfilen (standard: från lagren)</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="105" />
      <source>Partition</source>
      <translation>Indelning</translation>
    </message>
    <message>
      <location filename="processing/regionchange.py" line="91" />
      <source>Partition tables (unit, region)</source>
      <translation>Indelningstabeller (enhet, region)</translation>
    </message>
    <message>
      <location filename="processing/degurba_params.py" line="80" />
      <source>Permanent land raster</source>
      <translation>Raster för permanent land</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="178" />
      <source>Pipeline: from commuting to a structure image</source>
      <translation>Arbetsflöde: från pendling till strukturbild</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/dominant_flows.py" line="121" />
      <source>Place {id}: size {size!r} in field '{field}' is not a number.</source>
      <translation>Ort {id}: storleken {size!r} i fältet '{field}' är inte ett tal.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/dominant_flows.py" line="128" />
      <source>Place {id}: size {size!r} in field '{field}' must be a finite number &gt;= 0.</source>
      <translation>Ort {id}: storleken {size!r} i fältet '{field}' måste vara ett ändligt tal &gt;= 0.</translation>
    </message>
    <message>
      <location filename="processing/exportnotes.py" line="106" />
      <source>Point coordinates (x, y; a point inside each feature)</source>
      <translation>Punktkoordinater (x, y; en punkt inuti varje objekt)</translation>
    </message>
    <message>
      <location filename="processing/polycentricity.py" line="267" />
      <source>Polycentricity</source>
      <translation>Flerkärnighet</translation>
    </message>
    <message>
      <location filename="processing/polycentricity.py" line="71" />
      <source>Polycentricity (flerkärnighet)</source>
      <translation>Flerkärnighet</translation>
    </message>
    <message>
      <location filename="processing/polycentricity.py" line="103" />
      <location filename="processing/polycentricity.py" line="262" />
      <source>Polycentricity per region</source>
      <translation>Flerkärnighet per region</translation>
    </message>
    <message>
      <location filename="processing/serviceareas.py" line="45" />
      <source>Polygons of the area from which each destination is reached by road within each threshold (minutes), connectors included. Recipe: the times of all network vertices to the destination (Dijkstra on the reversed graph); every road edge is taken whole where a traveller on it arrives in time, and in part (the share next to the destination side) where only some of it does; the reached road parts and the destination are buffered by the buffer distance and merged (a network-buffer service area, Oliver, Schuurman &amp; Hall 2007). It never covers land far from the roads, unlike a hull.&lt;br&gt;&lt;br&gt;Source: Hansen (1959), How accessibility shapes land use; Luo &amp; Wang (2003), two-step floating catchment area; Tillväxtverket, Pipos Serviceanalys; the user guide, section Accessibility.&lt;br&gt;&lt;br&gt;&lt;b&gt;Parameters&lt;/b&gt;&lt;br&gt;</source>
      <translation>Polygoner över det område varifrån varje målpunkt nås på väg inom varje tidsgräns (minuter), anslutningar inräknade. Metod: tiderna från alla noder i nätet till målpunkten (Dijkstra på den omvända grafen); varje väglänk tas med helt där en resenär på den hinner fram, och delvis (andelen närmast målpunktens sida) där bara en del av den hinner; de nådda vägdelarna och målpunkten buffras med buffertavståndet och slås ihop (ett serviceområde som nätverksbuffert, Oliver, Schuurman &amp; Hall 2007). Till skillnad från ett hölje täcker det aldrig mark långt från vägarna.&lt;br&gt;&lt;br&gt;Källa: Hansen (1959), How accessibility shapes land use; Luo &amp; Wang (2003), tvåstegsmåttet 2SFCA; Tillväxtverket, Pipos Serviceanalys; användarhandledningen, avsnittet Tillgänglighet.&lt;br&gt;&lt;br&gt;&lt;b&gt;Parametrar&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy_params.py" line="72" />
      <source>Population classes (rule table)</source>
      <translation>Befolkningsklasser (regeltabell)</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy_params.py" line="54" />
      <source>Population field</source>
      <translation>Befolkningsfält</translation>
    </message>
    <message>
      <location filename="processing/accessibility.py" line="113" />
      <source>Population field of the origins</source>
      <translation>Startpunkternas befolkningsfält</translation>
    </message>
    <message>
      <location filename="processing/degurba_params.py" line="113" />
      <source>Population field of the polygon grid</source>
      <translation>Polygonrutnätets befolkningsfält</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="67" />
      <source>Population field of the population points</source>
      <translation>Befolkningsfält för befolkningspunkterna</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="53" />
      <source>Population field of the settlements</source>
      <translation>Befolkningsfält för tätorterna</translation>
    </message>
    <message>
      <location filename="processing/degurba_params.py" line="92" />
      <source>Population nodata</source>
      <translation>Nodata i befolkningsrastret</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="65" />
      <source>Population points (origins of the accessibility)</source>
      <translation>Befolkningspunkter (startpunkter för tillgängligheten)</translation>
    </message>
    <message>
      <location filename="processing/degurbaunits.py" line="66" />
      <source>Population raster</source>
      <translation>Befolkningsraster</translation>
    </message>
    <message>
      <location filename="processing/degurba_params.py" line="106" />
      <source>Population raster (inhabitants per cell)</source>
      <translation>Befolkningsraster (invånare per cell)</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/postgis.py" line="159" />
      <source>PostgreSQL schema name {schema!r}: use letters, digits and _ only</source>
      <translation>PostgreSQL-schemanamnet {schema!r}: använd bara bokstäver, siffror och _</translation>
    </message>
    <message>
      <location filename="ui/store_dialog.py" line="44" />
      <source>PostgreSQL service (pg_service.conf)</source>
      <translation>PostgreSQL-tjänst (pg_service.conf)</translation>
    </message>
    <message>
      <location filename="processing/degurba.py" line="133" />
      <source>Preset '{preset}', level {level}; parameters: {params}.</source>
      <translation>Förinställning '{preset}', nivå {level}; parametrar: {params}.</translation>
    </message>
    <message>
      <location filename="ui/notes_editor.py" line="133" />
      <source>Press Save to store your text as a new note.</source>
      <translation>Tryck på Spara för att lagra din text som en ny anteckning.</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="160" />
      <location filename="processing/regionchange_report.py" line="74" />
      <location filename="processing/settlement_report.py" line="92" />
      <source>Provenance</source>
      <translation>Härkomst</translation>
    </message>
    <message>
      <location filename="processing/accessibility.py" line="186" />
      <location filename="processing/declare.py" line="110" />
      <location filename="processing/exportnotes.py" line="114" />
      <source>Provenance (JSON)</source>
      <translation>Härkomst (JSON)</translation>
    </message>
    <message>
      <location filename="processing/commuting_loader.py" line="126" />
      <location filename="processing/loadscbboundaries.py" line="95" />
      <source>Provenance and source (JSON)</source>
      <translation>Härkomst och källa (JSON)</translation>
    </message>
    <message>
      <location filename="processing/exportstructureimage.py" line="230" />
      <source>Provenance file</source>
      <translation>Ursprungsfil</translation>
    </message>
    <message>
      <location filename="ui/notes_dock.ui" line="397" />
      <source>Put the deleted note back, with its links</source>
      <translation>Lägg tillbaka den borttagna anteckningen med sina kopplingar</translation>
    </message>
    <message>
      <location filename="processing/commuting_loader.py" line="120" />
      <source>PxWebApi 2 address</source>
      <translation>Adress till PxWebApi 2</translation>
    </message>
    <message>
      <location filename="ui/dependency_dialog.py" line="94" />
      <source>QGIS's Python interpreter was not found, so pip cannot be run from here. Install by hand: {command}</source>
      <translation>QGIS:s Python-tolk hittades inte, så pip kan inte köras härifrån. Installera för hand: {command}</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="260" />
      <source>Qt could not print the report to {path}.</source>
      <translation>Qt kunde inte skriva ut rapporten till {path}.</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy_params.py" line="96" />
      <source>Quantiles</source>
      <translation>Kvantiler</translation>
    </message>
    <message>
      <location filename="processing/attribute_display.py" line="29" />
      <source>R: employed residents</source>
      <translation>R: förvärvsarbetande nattbefolkning</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/parameters.py" line="56" />
      <source>RESOLUTION = {value:g} must be larger than 0.</source>
      <translation>RESOLUTION = {value:g} måste vara större än 0.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/parameters.py" line="54" />
      <source>RESOLUTION must be a number, not {value!r}.</source>
      <translation>RESOLUTION måste vara ett tal, inte {value!r}.</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy_params.py" line="73" />
      <source>RUFS landsbygdsnod (rule table)</source>
      <translation>RUFS landsbygdsnod (regeltabell)</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy.py" line="150" />
      <source>RUFS landsbygdsnod with the service fields given: {fields} must all be present.</source>
      <translation>RUFS landsbygdsnod med de angivna servicefälten: {fields} måste alla finnas.</translation>
    </message>
    <message>
      <location filename="processing/structure_params.py" line="129" />
      <source>Rank field (1 = top)</source>
      <translation>Rangfält (1 = högst)</translation>
    </message>
    <message>
      <location filename="processing/settlement_report.py" line="51" />
      <location filename="processing/settlement_report.py" line="73" />
      <source>Rank-size</source>
      <translation>Rang-storlek</translation>
    </message>
    <message>
      <location filename="processing/settlement_report.py" line="35" />
      <source>Rank-size {region} ({size}): slope {slope}, R² {r2}, {n} settlements.</source>
      <translation>Rang-storlek {region} ({size}): lutning {slope}, R² {r2}, {n} orter.</translation>
    </message>
    <message>
      <location filename="processing/settlement_report.py" line="29" />
      <source>Rank-size {region}: {n} settlements, too few for a line.</source>
      <translation>Rang-storlek {region}: {n} orter, för få för en linje.</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy_params.py" line="90" />
      <source>Ranks scaled to 0..1</source>
      <translation>Ranger skalade till 0..1</translation>
    </message>
    <message>
      <location filename="processing/raster_io.py" line="64" />
      <source>Raster '{name}' is not a GDAL file (provider {provider}); save it as GeoTIFF.</source>
      <translation>Rastret '{name}' är inte en GDAL-fil (leverantör {provider}); spara det som GeoTIFF.</translation>
    </message>
    <message>
      <location filename="processing/dominantflows.py" line="73" />
      <source>Ratio k (size of the receiver &gt; k x size of the sender)</source>
      <translation>Kvot k (mottagarens storlek &gt; k x avsändarens storlek)</translation>
    </message>
    <message>
      <location filename="processing/relinknotes.py" line="42" />
      <source>Re-link stakeholder notes to a layer</source>
      <translation>Länka om aktörsanteckningar till ett lager</translation>
    </message>
    <message>
      <location filename="processing/od_readers.py" line="71" />
      <source>Read the CSV file directly (all fields as text).</source>
      <translation>Läser CSV-filen direkt (alla fält som text).</translation>
    </message>
    <message>
      <location filename="processing/od_readers.py" line="127" />
      <source>Read the layer's columns directly (GDAL Arrow stream).</source>
      <translation>Läste lagrets kolumner direkt (GDAL:s Arrow-ström).</translation>
    </message>
    <message>
      <location filename="processing/loadscbboundaries.py" line="86" />
      <source>RegSO 2020</source>
      <translation>RegSO 2020</translation>
    </message>
    <message>
      <location filename="processing/loadscbboundaries.py" line="84" />
      <source>RegSO 2025</source>
      <translation>RegSO 2025</translation>
    </message>
    <message>
      <location filename="processing/settlement_report.py" line="88" />
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/change.py" line="84" />
      <source>Region change needs partitions for at least two years.</source>
      <translation>Regionförändring kräver indelningar för minst två år.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/change.py" line="220" />
      <source>Region change needs two or more years; the inputs give {n}: {years}.</source>
      <translation>Regionförändring kräver två eller fler år; indata ger {n}: {years}.</translation>
    </message>
    <message>
      <location filename="processing/regionchange_report.py" line="75" />
      <source>Region change over time</source>
      <translation>Regionförändring över tid</translation>
    </message>
    <message>
      <location filename="processing/regionchange.py" line="76" />
      <source>Region change over time (region enlargement)</source>
      <translation>Regionförändring över tid (regionförstoring)</translation>
    </message>
    <message>
      <location filename="processing/regionchange.py" line="114" />
      <source>Region change: matches</source>
      <translation>Regionförändring: matchningar</translation>
    </message>
    <message>
      <location filename="processing/regionchange.py" line="113" />
      <source>Region change: units</source>
      <translation>Regionförändring: enheter</translation>
    </message>
    <message>
      <location filename="processing/regionchange.py" line="112" />
      <source>Region change: years</source>
      <translation>Regionförändring: år</translation>
    </message>
    <message>
      <location filename="processing/structure_params.py" line="183" />
      <source>Region field (dissolve the polygons by it)</source>
      <translation>Regionfält (polygonerna slås samman efter det)</translation>
    </message>
    <message>
      <location filename="processing/regionchange.py" line="101" />
      <source>Region field (partition tables)</source>
      <translation>Regionfält (indelningstabeller)</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy_params.py" line="108" />
      <source>Region field (rank-size per region)</source>
      <translation>Regionfält (rang-storlek per region)</translation>
    </message>
    <message>
      <location filename="processing/polycentricity.py" line="77" />
      <source>Region field of the centres</source>
      <translation>Kärnornas regionfält</translation>
    </message>
    <message>
      <location filename="processing/attribute_display.py" line="39" />
      <source>Region id</source>
      <translation>Region-id</translation>
    </message>
    <message>
      <location filename="processing/polycentricity.py" line="79" />
      <source>Region id field</source>
      <translation>Region-id-fält</translation>
    </message>
    <message>
      <location filename="processing/polycentricity.py" line="132" />
      <source>Region ids must be unique; these occur more than once in '{field}': {ids}.</source>
      <translation>Regionernas id måste vara unika; dessa förekommer mer än en gång i '{field}': {ids}.</translation>
    </message>
    <message>
      <location filename="processing/regionchange.py" line="251" />
      <source>Region matches</source>
      <translation>Regionmatchningar</translation>
    </message>
    <message>
      <location filename="processing/attribute_display.py" line="42" />
      <source>Region name</source>
      <translation>Regionnamn</translation>
    </message>
    <message>
      <location filename="processing/structure_params.py" line="191" />
      <source>Region name field</source>
      <translation>Fält för regionnamn</translation>
    </message>
    <message>
      <location filename="processing/charts.py" line="73" />
      <source>Region size: employed residents R (log scale)</source>
      <translation>Regionstorlek: förvärvsarbetande nattbefolkning R (logaritmisk skala)</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/la_code.py" line="92" />
      <source>Region {k} has no centre: it cannot get an LA code.</source>
      <translation>Region {k} saknar centrum och kan inte få någon LA-kod.</translation>
    </message>
    <message>
      <location filename="processing/polycentricity.py" line="274" />
      <source>Region {region}: centres {centres}; P_M {pm}, P_F {pf}{note}.</source>
      <translation>Region {region}: kärnor {centres}; P_M {pm}, P_F {pf}{note}.</translation>
    </message>
    <message>
      <location filename="plugin.py" line="80" />
      <location filename="plugin.py" line="242" />
      <location filename="plugin.py" line="88" />
      <source>RegionAtlas</source>
      <translation>RegionAtlas</translation>
    </message>
    <message>
      <location filename="plugin.py" line="206" />
      <source>RegionAtlas needs Python packages that QGIS cannot import: {names}. Install: {command}</source>
      <translation>RegionAtlas behöver Python-paket som QGIS inte kan importera: {names}. Installera: {command}</translation>
    </message>
    <message>
      <location filename="ui/dependency_dialog.py" line="58" />
      <source>RegionAtlas needs these Python packages, which QGIS cannot import. They can be installed with pip into a folder of your QGIS profile; QGIS's own packages are not changed.</source>
      <translation>RegionAtlas behöver de här Python-paketen, som QGIS inte kan importera. De kan installeras med pip i en mapp i din QGIS-profil; QGIS:s egna paket ändras inte.</translation>
    </message>
    <message>
      <location filename="processing/provider.py" line="78" />
      <source>RegionAtlas {version}</source>
      <translation>RegionAtlas {version}</translation>
    </message>
    <message>
      <location filename="plugin.py" line="261" />
      <source>RegionAtlas {version}: regional strategic planning in QGIS.</source>
      <translation>RegionAtlas {version}: regional strategisk planering i QGIS.</translation>
    </message>
    <message>
      <location filename="ui/dependency_dialog.py" line="56" />
      <source>RegionAtlas: missing Python packages</source>
      <translation>RegionAtlas: Python-paket som saknas</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="108" />
      <location filename="processing/commutingregions_report.py" line="150" />
      <source>Regions</source>
      <translation>Regioner</translation>
    </message>
    <message>
      <location filename="processing/regionchange_report.py" line="61" />
      <source>Regions (later year)</source>
      <translation>Regioner (senare år)</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="119" />
      <source>Regions crossing '{field}'</source>
      <translation>Regioner som korsar '{field}'</translation>
    </message>
    <message>
      <location filename="processing/charts.py" line="85" />
      <location filename="processing/regionchange.py" line="240" />
      <location filename="processing/regionchange_report.py" line="41" />
      <source>Regions per year</source>
      <translation>Regioner per år</translation>
    </message>
    <message>
      <location filename="processing/regionchange.py" line="254" />
      <source>Regions per year: {counts}. {n} unit(s) changed region at least once.</source>
      <translation>Regioner per år: {counts}. {n} enhet(er) bytte region minst en gång.</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="113" />
      <source>Regions with V &lt; 1</source>
      <translation>Regioner med V &lt; 1</translation>
    </message>
    <message>
      <location filename="processing/polycentricity.py" line="92" />
      <source>Regions with fewer than N centres</source>
      <translation>Regioner med färre än N kärnor</translation>
    </message>
    <message>
      <location filename="processing/polycentricity.py" line="104" />
      <source>Regions with polycentricity</source>
      <translation>Regioner med flerkärnighet</translation>
    </message>
    <message>
      <location filename="processing/relinknotes.py" line="91" />
      <source>Report</source>
      <translation>Rapport</translation>
    </message>
    <message>
      <location filename="processing/charts.py" line="41" />
      <location filename="processing/notesreport.py" line="194" />
      <source>Report (HTML)</source>
      <translation>Rapport (HTML)</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="200" />
      <source>Report (PDF)</source>
      <translation>Rapport (PDF)</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="265" />
      <source>Report with {n} note entries written in {s:.1f} s.</source>
      <translation>Rapport med {n} anteckningsposter skriven på {s:.1f} s.</translation>
    </message>
    <message>
      <location filename="ui/dependency_dialog.py" line="65" />
      <source>Requirement</source>
      <translation>Krav</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="154" />
      <source>Reserve-list events</source>
      <translation>Händelser på reservlistan</translation>
    </message>
    <message>
      <location filename="processing/dominantflows.py" line="70" />
      <source>Rihll-Wilson</source>
      <translation>Rihll-Wilson</translation>
    </message>
    <message>
      <location filename="processing/network_input.py" line="75" />
      <source>Road network (lines)</source>
      <translation>Vägnät (linjer)</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="56" />
      <source>Road network for accessibility (without it no accessibility steps)</source>
      <translation>Vägnät för tillgänglighet (utan det inga tillgänglighetssteg)</translation>
    </message>
    <message>
      <location filename="processing/attribute_display.py" line="40" />
      <source>Role</source>
      <translation>Roll</translation>
    </message>
    <message>
      <location filename="processing/structure_corridors.py" line="266" />
      <source>Routed {n} of {m} corridors on the network ({p} segments).</source>
      <translation>{n} av {m} stråk lades på nätverket ({p} segment).</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/odtable.py" line="100" />
      <source>Row {row}: count {value:g} in field '{field}' is negative; commuter counts must be &gt;= 0 ({count} negative row(s) in all).</source>
      <translation>Rad {row}: antalet {value:g} i fältet '{field}' är negativt; antal pendlare måste vara &gt;= 0 ({count} negativa rader totalt).</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/odtable.py" line="89" />
      <source>Row {row}: count {value} in field '{field}' is not a finite number ({count} such row(s) in all).</source>
      <translation>Rad {row}: antalet {value} i fältet '{field}' är inte ett ändligt tal ({count} sådana rader totalt).</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/odtable.py" line="128" />
      <source>Row {row}: is empty in field '{field}' ({count} such row(s) in all).</source>
      <translation>Rad {row}: värdet i fältet '{field}' är tomt ({count} sådana rader totalt).</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/odtable.py" line="282" />
      <source>Row {row}: the id in field '{field}' is empty ({count} row(s) without an id in all).</source>
      <translation>Rad {row}: id i fältet '{field}' är tomt ({count} rader utan id totalt).</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/scb.py" line="280" />
      <source>Row {row}: the largest destination '{destination}' of unit '{unit}' (field '{field}') is not a unit of the table. Every destination must itself be a row of the indicator table.</source>
      <translation>Rad {row}: den största destinationen '{destination}' för enheten '{unit}' (fältet '{field}') är inte en enhet i tabellen. Varje destination måste själv vara en rad i indikatortabellen.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/scb.py" line="255" />
      <source>Row {row}: the unit id in field '{field}' is empty.</source>
      <translation>Rad {row}: enhetens id i fältet '{field}' är tomt.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/scb.py" line="261" />
      <source>Row {row}: unit '{unit}' in field '{field}' occurs twice (first on row {first}); the indicator table needs one row per unit.</source>
      <translation>Rad {row}: enheten '{unit}' i fältet '{field}' förekommer två gånger (första gången på rad {first}); indikatortabellen ska ha en rad per enhet.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/scb.py" line="290" />
      <source>Row {row}: unit '{unit}' names itself as its largest destination in field '{field}'; it must be another unit.</source>
      <translation>Rad {row}: enheten '{unit}' anger sig själv som sin största destination i fältet '{field}'; det måste vara en annan enhet.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/scb.py" line="341" />
      <source>Row {row}: {field} = {value:g} is a share and must lie between 0 and 1.</source>
      <translation>Rad {row}: {field} = {value:g} är en andel och måste ligga mellan 0 och 1.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/scb.py" line="331" />
      <source>Row {row}: {value!r} in field '{field}' is not a number.</source>
      <translation>Rad {row}: {value!r} i fältet '{field}' är inte ett tal.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/scb.py" line="413" />
      <source>Row {row}: {value!r} in field '{field}' is not a size (a number of employed residents, 0 or more).</source>
      <translation>Rad {row}: {value!r} i fältet '{field}' är ingen storlek (ett antal förvärvsarbetande, 0 eller fler).</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/odtable.py" line="134" />
      <source>Row {row}: {value!r} is not a number in field '{field}' ({count} such row(s) in all).</source>
      <translation>Rad {row}: {value!r} är inte ett tal i fältet '{field}' ({count} sådana rader totalt).</translation>
    </message>
    <message>
      <location filename="processing/exportnotes.py" line="113" />
      <source>Rows exported</source>
      <translation>Exporterade rader</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy.py" line="166" />
      <source>Rule table '{name}': {rules}.</source>
      <translation>Regeltabell '{name}': {rules}.</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy_params.py" line="81" />
      <source>Rule table file (JSON)</source>
      <translation>Regeltabellfil (JSON)</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy_params.py" line="75" />
      <source>Rule table from a JSON file</source>
      <translation>Regeltabell från en JSON-fil</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="355" />
      <source>Rule table {name}: {error}</source>
      <translation>Regeltabell {name}: {error}</translation>
    </message>
    <message>
      <location filename="processing/settlement_report.py" line="66" />
      <source>Rules</source>
      <translation>Regler</translation>
    </message>
    <message>
      <location filename="ui/dependency_dialog.py" line="145" />
      <source>Running pip…</source>
      <translation>Kör pip…</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="181" />
      <source>Runs the whole chain on an OD table, zones and (optionally) settlements: commuting indicators, commuting regions (SCB LA method), dominant flows (Nystuen &amp;amp; Dacey), settlement hierarchy (population classes), the structure image (two largest corridors per node, border links, commuting regions) and its export to an A3 PDF (300 dpi) and PNG (150 dpi) in the output folder. Without settlements the zones are the nodes, classed by their employed residents.&lt;br&gt;&lt;br&gt;Source: the user guide, section Structure image; the bundled model resources/models/pipeline.model3 (open it in the model designer to change a step).&lt;br&gt;&lt;br&gt;&lt;b&gt;Parameters&lt;/b&gt;&lt;br&gt;&lt;i&gt;OD table&lt;/i&gt; and its fields, &lt;i&gt;year&lt;/i&gt;: as in Commuting indicators.&lt;br&gt;&lt;i&gt;Zones&lt;/i&gt; with &lt;i&gt;id&lt;/i&gt;, &lt;i&gt;name&lt;/i&gt; and &lt;i&gt;border&lt;/i&gt; (county) fields.&lt;br&gt;&lt;i&gt;Settlements&lt;/i&gt; (optional) with &lt;i&gt;id&lt;/i&gt;, &lt;i&gt;name&lt;/i&gt;, &lt;i&gt;zone id&lt;/i&gt; (the OD id of the zone they lie in), &lt;i&gt;population&lt;/i&gt; and &lt;i&gt;border&lt;/i&gt; fields.&lt;br&gt;&lt;i&gt;Title&lt;/i&gt; of the image.&lt;br&gt;Accessibility (optional): with a &lt;i&gt;road network&lt;/i&gt; (its &lt;i&gt;speed&lt;/i&gt; and &lt;i&gt;one-way&lt;/i&gt; fields, &lt;i&gt;snapping distance&lt;/i&gt; and &lt;i&gt;connector speed&lt;/i&gt; as in Service areas) and &lt;i&gt;services&lt;/i&gt; (&lt;i&gt;id&lt;/i&gt; and &lt;i&gt;category&lt;/i&gt; fields), the model also computes service areas for the &lt;i&gt;thresholds&lt;/i&gt; (minutes) and draws them in the structure image; with &lt;i&gt;population points&lt;/i&gt; (&lt;i&gt;id&lt;/i&gt; and &lt;i&gt;population&lt;/i&gt; fields) it adds the travel time to the nearest service of each category, per point and per zone (Accessibility). Without a road network these steps are left out.&lt;br&gt;Outputs keep the model's names: indicators:INDICATORS, regions:COMMUTING_REGIONS, dominantflows:DOMINANT_NODES, dominantflows:DOMINANT_LINKS, hierarchy:HIERARCHY, structureimage:NODES, structureimage:CORRIDORS, structureimage:BORDER_LINKS, structureimage:REGIONS, structureimage:SERVICE_AREAS, serviceareas:SERVICE_AREAS, accessibility:ACCESSIBILITY, accessibility:ACCESSIBILITY_ZONES and export_pdf:OUTPUT_FOLDER (structure_image.pdf and structure_image.png); outputs not given are temporary.</source>
      <translation>Kör hela kedjan på en OD-tabell, zoner och (valfritt) orter: pendlingsindikatorer, pendlingsregioner (SCB:s LA-metod), dominerande flöden (Nystuen &amp;amp; Dacey), ortshierarki (befolkningsklasser), strukturbilden (två största stråk per nod, gränsöverskridande länkar, pendlingsregioner) och dess export till en A3-PDF (300 dpi) och PNG (150 dpi) i utdatamappen. Utan orter blir zonerna noder, klassade efter sin förvärvsarbetande nattbefolkning.&lt;br&gt;&lt;br&gt;Källa: användarhandledningen, avsnittet Strukturbild; den medföljande modellen resources/models/pipeline.model3 (öppna den i modellbyggaren för att ändra ett steg).&lt;br&gt;&lt;br&gt;&lt;b&gt;Parametrar&lt;/b&gt;&lt;br&gt;&lt;i&gt;OD-tabell&lt;/i&gt; och dess fält, &lt;i&gt;år&lt;/i&gt;: som i Pendlingsindikatorer.&lt;br&gt;&lt;i&gt;Zoner&lt;/i&gt; med fält för &lt;i&gt;id&lt;/i&gt;, &lt;i&gt;namn&lt;/i&gt; och &lt;i&gt;gräns&lt;/i&gt; (län).&lt;br&gt;&lt;i&gt;Orter&lt;/i&gt; (valfritt) med fält för &lt;i&gt;id&lt;/i&gt;, &lt;i&gt;namn&lt;/i&gt;, &lt;i&gt;zon-id&lt;/i&gt; (OD-id för den zon som orten ligger i), &lt;i&gt;befolkning&lt;/i&gt; och &lt;i&gt;gräns&lt;/i&gt;.&lt;br&gt;&lt;i&gt;Titel&lt;/i&gt; på bilden.&lt;br&gt;Tillgänglighet (valfritt): med ett &lt;i&gt;vägnät&lt;/i&gt; (dess fält för &lt;i&gt;hastighet&lt;/i&gt; och &lt;i&gt;enkelriktning&lt;/i&gt;, &lt;i&gt;största anslutningsavstånd&lt;/i&gt; och &lt;i&gt;anslutningshastighet&lt;/i&gt; som i Serviceområden) och &lt;i&gt;service&lt;/i&gt; (fält för &lt;i&gt;id&lt;/i&gt; och &lt;i&gt;kategori&lt;/i&gt;) beräknar modellen också serviceområden för &lt;i&gt;tidsgränserna&lt;/i&gt; (minuter) och ritar dem i strukturbilden; med &lt;i&gt;befolkningspunkter&lt;/i&gt; (fält för &lt;i&gt;id&lt;/i&gt; och &lt;i&gt;befolkning&lt;/i&gt;) lägger den till restiden till närmaste service i varje kategori, per punkt och per zon (Tillgänglighet). Utan vägnät hoppas dessa steg över.&lt;br&gt;Utdata behåller modellens namn: indicators:INDICATORS, regions:COMMUTING_REGIONS, dominantflows:DOMINANT_NODES, dominantflows:DOMINANT_LINKS, hierarchy:HIERARCHY, structureimage:NODES, structureimage:CORRIDORS, structureimage:BORDER_LINKS, structureimage:REGIONS, structureimage:SERVICE_AREAS, serviceareas:SERVICE_AREAS, accessibility:ACCESSIBILITY, accessibility:ACCESSIBILITY_ZONES och export_pdf:OUTPUT_FOLDER (structure_image.pdf och structure_image.png); utdata som inte anges blir tillfälliga.</translation>
    </message>
    <message>
      <location filename="processing/settlement_report.py" line="88" />
      <source>R²</source>
      <translation>R²</translation>
    </message>
    <message>
      <location filename="processing/attribute_display.py" line="31" />
      <source>S: living and working in the region</source>
      <translation>S: bor och arbetar i regionen</translation>
    </message>
    <message>
      <location filename="processing/regions_help.py" line="19" />
      <source>SCB local labour markets (LA regions)</source>
      <translation>SCB:s lokala arbetsmarknader (LA-regioner)</translation>
    </message>
    <message>
      <location filename="processing/region_outputs.py" line="55" />
      <source>SCB, p1 {p1}, p2 {p2}</source>
      <translation>SCB, p1 {p1}, p2 {p2}</translation>
    </message>
    <message>
      <location filename="processing/regions_common.py" line="108" />
      <source>SCB: centre max. share working in another unit (p1)</source>
      <translation>SCB: centrum, högsta andel som arbetar i en annan enhet (p1)</translation>
    </message>
    <message>
      <location filename="processing/regions_common.py" line="115" />
      <source>SCB: centre max. share working in the largest destination (p2)</source>
      <translation>SCB: centrum, högsta andel som arbetar i största destinationen (p2)</translation>
    </message>
    <message>
      <location filename="processing/la_codes.py" line="25" />
      <source>SCB: year of the data, for the LA codes (LA + year + number)</source>
      <translation>SCB: datans år, för LA-koderna (LA + år + löpnummer)</translation>
    </message>
    <message>
      <location filename="processing/network_input.py" line="162" />
      <source>SPEED_CLASS_FIELD needs a SPEED_TABLE (JSON or a preset: osm, nvdb).</source>
      <translation>SPEED_CLASS_FIELD kräver en SPEED_TABLE (JSON eller en förinställning: osm, nvdb).</translation>
    </message>
    <message>
      <location filename="regionatlas/accessibility/speeds.py" line="91" />
      <source>SPEED_TABLE is neither a preset ({presets}) nor valid JSON: {error}.</source>
      <translation>SPEED_TABLE är varken en förinställning ({presets}) eller giltig JSON: {error}.</translation>
    </message>
    <message>
      <location filename="regionatlas/accessibility/speeds.py" line="97" />
      <source>SPEED_TABLE must be a JSON object of class -&gt; km/h, e.g. {{"primary": 70}}.</source>
      <translation>SPEED_TABLE måste vara ett JSON-objekt med klass -&gt; km/h, t.ex. {{"primary": 70}}.</translation>
    </message>
    <message>
      <location filename="regionatlas/accessibility/speeds.py" line="107" />
      <source>SPEED_TABLE: the speed of class '{cls}' is {value!r}; it must be a number of km/h above 0 and at most {max}.</source>
      <translation>SPEED_TABLE: hastigheten för klassen '{cls}' är {value!r}; den måste vara ett antal km/h över 0 och högst {max}.</translation>
    </message>
    <message>
      <location filename="processing/exportstructureimage.py" line="227" />
      <source>SVG file(s)</source>
      <translation>SVG-fil(er)</translation>
    </message>
    <message>
      <location filename="ui/sample_loader.py" line="46" />
      <source>Sample region loaded from {path}</source>
      <translation>Exempelregionen lästes in från {path}</translation>
    </message>
    <message>
      <location filename="ui/notes_dock.ui" line="331" />
      <location filename="ui/stakeholder_register.ui" line="197" />
      <source>Save</source>
      <translation>Spara</translation>
    </message>
    <message>
      <location filename="ui/stakeholder_register.ui" line="355" />
      <source>Save changes to event</source>
      <translation>Spara ändringar i dialogtillfället</translation>
    </message>
    <message>
      <location filename="ui/notes_editor.py" line="110" />
      <source>Saved (version {v}).</source>
      <translation>Sparad (version {v}).</translation>
    </message>
    <message>
      <location filename="ui/store_dialog.py" line="43" />
      <source>Saved PostgreSQL connection</source>
      <translation>Sparad PostgreSQL-anslutning</translation>
    </message>
    <message>
      <location filename="ui/notes_editor.py" line="124" />
      <source>Saved.</source>
      <translation>Sparad.</translation>
    </message>
    <message>
      <location filename="ui/notes_dock.ui" line="173" />
      <source>Search</source>
      <translation>Sök</translation>
    </message>
    <message>
      <location filename="processing/commuting_loader.py" line="134" />
      <source>Seconds to wait for an answer</source>
      <translation>Sekunder att vänta på svar</translation>
    </message>
    <message>
      <location filename="ui/notes_features.py" line="195" />
      <source>Select a feature of {layer} to see its notes.</source>
      <translation>Välj ett objekt i {layer} för att se dess anteckningar.</translation>
    </message>
    <message>
      <location filename="ui/notes_features.py" line="188" />
      <location filename="ui/notes_dock.ui" line="92" />
      <source>Select a feature to see its notes.</source>
      <translation>Välj ett objekt för att se dess anteckningar.</translation>
    </message>
    <message>
      <location filename="ui/stakeholder_register.ui" line="358" />
      <source>Select an event in the table, change it above</source>
      <translation>Välj ett dialogtillfälle i tabellen och ändra det här ovanför</translation>
    </message>
    <message>
      <location filename="ui/notes_editor.py" line="115" />
      <source>Select the feature(s) the note is about, then save again.</source>
      <translation>Välj det eller de objekt som anteckningen gäller och spara sedan igen.</translation>
    </message>
    <message>
      <location filename="processing/charts.py" line="74" />
      <source>Self-containment min(S/R, S/W)</source>
      <translation>Självinneslutning min(S/R, S/W)</translation>
    </message>
    <message>
      <location filename="processing/attribute_display.py" line="34" />
      <source>Self-containment, demand side (S/W)</source>
      <translation>Självinneslutning, efterfrågesidan (S/W)</translation>
    </message>
    <message>
      <location filename="processing/attribute_display.py" line="33" />
      <source>Self-containment, supply side (S/R)</source>
      <translation>Självinneslutning, utbudssidan (S/R)</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="79" />
      <location filename="processing/serviceareas.py" line="135" />
      <location filename="processing/serviceareas.py" line="93" />
      <source>Service areas</source>
      <translation>Serviceområden</translation>
    </message>
    <message>
      <location filename="regionatlas/structureimage/serviceareas.py" line="62" />
      <source>Service areas (SERVICE_AREAS), feature {row}: the field 'minutes' must be a positive number of minutes, not {value!r}.</source>
      <translation>Serviceområden (SERVICE_AREAS), objekt {row}: fältet 'minutes' måste vara ett positivt antal minuter, inte {value!r}.</translation>
    </message>
    <message>
      <location filename="processing/serviceareas.py" line="41" />
      <source>Service areas (isochrones)</source>
      <translation>Serviceområden (isokroner)</translation>
    </message>
    <message>
      <location filename="processing/structure_params.py" line="202" />
      <source>Service areas with a 'minutes' field (e.g. from Service areas; optional)</source>
      <translation>Serviceområden med fältet 'minutes' (t.ex. från Serviceområden; valfritt)</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="63" />
      <source>Service category field</source>
      <translation>Fält för servicekategori</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy_inputs.py" line="39" />
      <source>Service field '{field}' is not a number for settlement(s) {ids}.</source>
      <translation>Servicefältet '{field}' är inte ett tal för ort(er) {ids}.</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy_params.py" line="62" />
      <source>Service fields (counts or 0/1)</source>
      <translation>Servicefält (antal eller 0/1)</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="62" />
      <source>Service id field</source>
      <translation>Id-fält för service</translation>
    </message>
    <message>
      <location filename="ui/store_dialog.py" line="61" />
      <source>Service name</source>
      <translation>Tjänstnamn</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="64" />
      <source>Service-area thresholds (minutes, comma separated)</source>
      <translation>Tidsgränser för serviceområden (minuter, kommaseparerade)</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="61" />
      <source>Services (e.g. grocery stores, schools)</source>
      <translation>Service (t.ex. livsmedelsbutiker, skolor)</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="73" />
      <location filename="processing/settlement_report.py" line="93" />
      <location filename="processing/settlementhierarchy.py" line="233" />
      <source>Settlement hierarchy</source>
      <translation>Ortshierarki</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy.py" line="88" />
      <source>Settlement hierarchy (ortshierarki)</source>
      <translation>Ortshierarki</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="50" />
      <location filename="processing/settlementhierarchy_params.py" line="52" />
      <source>Settlement id field</source>
      <translation>Id-fält för orter</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="405" />
      <source>Settlement ids occur more than once: {ids}.</source>
      <translation>Dessa ort-id förekommer mer än en gång: {ids}.</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="51" />
      <source>Settlement name field</source>
      <translation>Namnfält för tätorterna</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="398" />
      <source>Settlement row(s) {rows} have no id in '{field}'.</source>
      <translation>Rad(er) {rows} i ortlagret saknar id i '{field}'.</translation>
    </message>
    <message>
      <location filename="processing/base.py" line="40" />
      <source>Settlement structure</source>
      <translation>Bebyggelsestruktur</translation>
    </message>
    <message>
      <location filename="processing/settlement_report.py" line="63" />
      <location filename="processing/settlement_report.py" line="88" />
      <source>Settlements</source>
      <translation>Orter</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy_params.py" line="51" />
      <source>Settlements (points or polygons)</source>
      <translation>Orter (punkter eller polygoner)</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="49" />
      <source>Settlements (without them the zones are the nodes)</source>
      <translation>Tätorter (utan dem är zonerna noder)</translation>
    </message>
    <message>
      <location filename="processing/settlement_report.py" line="62" />
      <source>Settlements per class</source>
      <translation>Orter per klass</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy.py" line="236" />
      <source>Settlements per class: {counts}.</source>
      <translation>Orter per klass: {counts}.</translation>
    </message>
    <message>
      <location filename="processing/commuting_loader.py" line="80" />
      <source>Sex</source>
      <translation>Kön</translation>
    </message>
    <message>
      <location filename="processing/base.py" line="44" />
      <source>Share</source>
      <translation>Dela</translation>
    </message>
    <message>
      <location filename="processing/charts.py" line="86" />
      <source>Share in the largest region</source>
      <translation>Andel i den största regionen</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="112" />
      <source>Share of commuters crossing a region border</source>
      <translation>Andel pendlare som korsar en regiongräns</translation>
    </message>
    <message>
      <location filename="processing/dominantflows.py" line="70" />
      <source>Share of outflow</source>
      <translation>Andel av utflödet</translation>
    </message>
    <message>
      <location filename="processing/dominantflows.py" line="75" />
      <source>Share of outflow (mode 1)</source>
      <translation>Andel av utflödet (läge 1)</translation>
    </message>
    <message>
      <location filename="processing/degurba_params.py" line="51" />
      <source>Share of the cell (0..1)</source>
      <translation>Andel av cellen (0..1)</translation>
    </message>
    <message>
      <location filename="ui/notes_dock.ui" line="361" />
      <source>Show which features have notes (layer “Notes”)</source>
      <translation>Visa vilka objekt som har anteckningar (lagret ”Anteckningar”)</translation>
    </message>
    <message>
      <location filename="processing/exportwebatlas.py" line="143" />
      <source>Simplification tolerance (m)</source>
      <translation>Tolerans för generalisering (m)</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="132" />
      <source>Size and self-containment</source>
      <translation>Storlek och självinneslutning</translation>
    </message>
    <message>
      <location filename="processing/charts.py" line="75" />
      <source>Size and self-containment of the regions</source>
      <translation>Regionernas storlek och självinneslutning</translation>
    </message>
    <message>
      <location filename="processing/laregionsfromindicators.py" line="125" />
      <source>Size field (employed residents; orders the centres)</source>
      <translation>Storleksfält (förvärvsarbetande nattbefolkning; ordnar centrumen)</translation>
    </message>
    <message>
      <location filename="processing/regionchange.py" line="102" />
      <source>Size field (partition tables; employed residents)</source>
      <translation>Storleksfält (indelningstabeller; förvärvsarbetande nattbefolkning)</translation>
    </message>
    <message>
      <location filename="processing/polycentricity.py" line="76" />
      <source>Size field (population or jobs)</source>
      <translation>Storleksfält (befolkning eller arbetstillfällen)</translation>
    </message>
    <message>
      <location filename="processing/structure_params.py" line="130" />
      <source>Size field (population, jobs)</source>
      <translation>Storleksfält (befolkning, arbetstillfällen)</translation>
    </message>
    <message>
      <location filename="processing/dominantflows.py" line="87" />
      <source>Size field of the nodes (default: total inflow)</source>
      <translation>Nodernas storleksfält (standard: totalt inflöde)</translation>
    </message>
    <message>
      <location filename="processing/exportwebatlas.py" line="163" />
      <source>Size of the folder (bytes)</source>
      <translation>Mappens storlek (byte)</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="683" />
      <source>Sizes and regions differ in length.</source>
      <translation>Storlekarna och regionerna har olika längd.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/dominant_flows.py" line="110" />
      <source>Sizes must be a mapping from place id to size.</source>
      <translation>Storlekarna måste anges som en koppling från ortens id till dess storlek.</translation>
    </message>
    <message>
      <location filename="processing/settlement_report.py" line="88" />
      <source>Slope</source>
      <translation>Lutning</translation>
    </message>
    <message>
      <location filename="processing/settlement_report.py" line="77" />
      <source>Slope b of ln({size}) = a + b ln(rank - 1/2); b = -1 is Zipf's law, a flatter line (b nearer 0) means more equal settlements.</source>
      <translation>Lutningen b i ln({size}) = a + b ln(rang - 1/2); b = -1 motsvarar Zipfs lag, en flackare linje (b närmare 0) betyder mer jämnstora orter.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/polycentricity.py" line="135" />
      <source>Some centres have no id in field '{field}'.</source>
      <translation>Några kärnor saknar id i fältet '{field}'.</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="74" />
      <location filename="processing/regionchange_report.py" line="39" />
      <location filename="processing/settlement_report.py" line="61" />
      <source>Source</source>
      <translation>Källa</translation>
    </message>
    <message>
      <location filename="processing/exportstructureimage.py" line="209" />
      <source>Source text</source>
      <translation>Källtext</translation>
    </message>
    <message>
      <location filename="processing/commuting_loader.py" line="227" />
      <source>Source: {provider}, licence {licence}; retrieved {time}; {calls} call(s).</source>
      <translation>Källa: {provider}, licens {licence}; hämtat {time}; {calls} anrop.</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy.py" line="177" />
      <source>Source: {source}</source>
      <translation>Källa: {source}</translation>
    </message>
    <message>
      <location filename="processing/structure_layout.py" line="106" />
      <source>Source: {text}</source>
      <translation>Källa: {text}</translation>
    </message>
    <message>
      <location filename="processing/network_input.py" line="91" />
      <source>Speed class field (road class)</source>
      <translation>Vägklassfält (för hastighetstabellen)</translation>
    </message>
    <message>
      <location filename="processing/network_input.py" line="82" />
      <source>Speed field (km/h)</source>
      <translation>Hastighetsfält (km/h)</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="57" />
      <source>Speed field of the roads (km/h)</source>
      <translation>Fält för vägarnas hastighet (km/h)</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="60" />
      <source>Speed from a point to the nearest road (km/h)</source>
      <translation>Hastighet från en punkt till närmaste väg (km/h)</translation>
    </message>
    <message>
      <location filename="processing/network_input.py" line="98" />
      <source>Speed table (JSON class -&gt; km/h, or osm / nvdb)</source>
      <translation>Hastighetstabell (JSON klass -&gt; km/h, eller osm / nvdb)</translation>
    </message>
    <message>
      <location filename="ui/notes_dock.ui" line="133" />
      <location filename="ui/notes_dock.ui" line="133" />
      <source>Stakeholder</source>
      <translation>Aktör</translation>
    </message>
    <message>
      <location filename="plugin.py" line="115" />
      <location filename="processing/base.py" line="42" />
      <location filename="processing/exportnotes.py" line="199" />
      <source>Stakeholder notes</source>
      <translation>Aktörsanteckningar</translation>
    </message>
    <message>
      <location filename="plugin.py" line="119" />
      <location filename="ui/stakeholder_register.py" line="47" />
      <source>Stakeholder register</source>
      <translation>Aktörsregister</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="96" />
      <source>Stakeholders</source>
      <translation>Aktörer</translation>
    </message>
    <message>
      <location filename="ui/notes_dock.ui" line="153" />
      <location filename="ui/notes_dock.ui" line="153" />
      <source>Stance</source>
      <translation>Hållning</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="535" />
      <source>Standardisation must be 'zscore' or 'rank', not {how!r}.</source>
      <translation>Standardiseringen måste vara 'zscore' eller 'rank', inte {how!r}.</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy_params.py" line="89" />
      <source>Standardise indicators</source>
      <translation>Standardisera indikatorer</translation>
    </message>
    <message>
      <location filename="processing/regions_help.py" line="31" />
      <source>Statistics Sweden (SCB), Lokala arbetsmarknader (LA) - method description: a unit is a centre when p1 &lt;= CENTRE_MAX_OUT and p2 &lt;= CENTRE_MAX_SINGLE; other units follow their largest destination.</source>
      <translation>Statistiska centralbyrån (SCB), Lokala arbetsmarknader (LA) - metodbeskrivning: en enhet är ett centrum när p1 &lt;= CENTRE_MAX_OUT och p2 &lt;= CENTRE_MAX_SINGLE; övriga enheter följer sin största destination.</translation>
    </message>
    <message>
      <location filename="ui/notes_dock.ui" line="163" />
      <location filename="ui/notes_dock.ui" line="163" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="ui/store_dialog.py" line="45" />
      <source>Store</source>
      <translation>Databas</translation>
    </message>
    <message>
      <location filename="ui/notes_store.py" line="54" />
      <location filename="ui/stakeholder_register.py" line="90" />
      <source>Store: {where}</source>
      <translation>Databas: {where}</translation>
    </message>
    <message>
      <location filename="ui/notes_dock.ui" line="42" />
      <source>Store…</source>
      <translation>Databas…</translation>
    </message>
    <message>
      <location filename="processing/base.py" line="41" />
      <location filename="processing/exportstructureimage.py" line="205" />
      <location filename="processing/structureimage.py" line="251" />
      <source>Structure image</source>
      <translation>Strukturbild</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="76" />
      <source>Structure image: border links</source>
      <translation>Strukturbild: gränsöverskridande länkar</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="75" />
      <source>Structure image: corridors</source>
      <translation>Strukturbild: stråk</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="77" />
      <source>Structure image: functional regions</source>
      <translation>Strukturbild: funktionella regioner</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="74" />
      <source>Structure image: nodes</source>
      <translation>Strukturbild: noder</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="78" />
      <source>Structure image: service areas</source>
      <translation>Strukturbild: serviceområden</translation>
    </message>
    <message>
      <location filename="processing/structureimage.py" line="211" />
      <source>Structure image: {n} nodes, {c} corridors ({b} across a border), {r} regions, {g} green areas, {s} service-area bands.</source>
      <translation>Strukturbild: {n} noder, {c} stråk ({b} över en gräns), {r} regioner, {g} grönområden, {s} tidszoner av serviceområden.</translation>
    </message>
    <message>
      <location filename="processing/exportwebatlas.py" line="137" />
      <source>Style layers read from files with the bundled styles</source>
      <translation>Ge lager som läses från filer de medföljande stilarna</translation>
    </message>
    <message>
      <location filename="processing/exportstructureimage.py" line="153" />
      <source>Style structure-image layers read from files with the bundled styles</source>
      <translation>Ge strukturbildens lager som läses från filer de medföljande stilarna</translation>
    </message>
    <message>
      <location filename="processing/exportstructureimage.py" line="207" />
      <source>Subtitle</source>
      <translation>Undertitel</translation>
    </message>
    <message>
      <location filename="regionatlas/accessibility/network.py" line="126" />
      <source>TOLERANCE is {value} m; it cannot be negative.</source>
      <translation>TOLERANCE är {value} m; den kan inte vara negativ.</translation>
    </message>
    <message>
      <location filename="processing/commuting_loader.py" line="77" />
      <source>Table id(s), first table first</source>
      <translation>Tabell-id, den första tabellen först</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/commuting.py" line="362" />
      <source>Table {table} has no sex variable ({pattern}); choose both sexes.</source>
      <translation>Tabell {table} har ingen variabel för kön ({pattern}); välj båda könen.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/commuting.py" line="251" />
      <source>Table {table} has no single time variable; its variables are: {known}.</source>
      <translation>Tabell {table} har inte en enda tidsvariabel; dess variabler är: {known}.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/metadata.py" line="56" />
      <source>Table {table} has no variable '{code}'; its variables are: {known}.</source>
      <translation>Tabell {table} har ingen variabel '{code}'; dess variabler är: {known}.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/commuting.py" line="300" />
      <source>Table {table}, variable {variable}: no municipality code in the counties {counties}.</source>
      <translation>Tabell {table}, variabel {variable}: ingen kommunkod i länen {counties}.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/commuting.py" line="307" />
      <source>Table {table}, variable {variable}: no municipality code.</source>
      <translation>Tabell {table}, variabel {variable}: ingen kommunkod.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/commuting.py" line="277" />
      <source>Table {table}, variable {variable}: no value {codes}; it has {known}.</source>
      <translation>Tabell {table}, variabel {variable}: inget värde {codes}; den har {known}.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/commuting.py" line="222" />
      <source>Table {table}: found {n} variables for the home region (looked for {pattern}); the table's variables are: {known}. Name the variable in the advanced parameters.</source>
      <translation>Tabell {table}: hittade {n} variabler för bostadsregion (sökte efter {pattern}); tabellens variabler är: {known}. Ange variabeln bland de avancerade parametrarna.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/commuting.py" line="232" />
      <source>Table {table}: found {n} variables for the work region (looked for {pattern}); the table's variables are: {known}. Name the variable in the advanced parameters.</source>
      <translation>Tabell {table}: hittade {n} variabler för arbetsställeregion (sökte efter {pattern}); tabellens variabler är: {known}. Ange variabeln bland de avancerade parametrarna.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/commuting.py" line="242" />
      <source>Table {table}: home and work region are both variable '{code}'.</source>
      <translation>Tabell {table}: bostads- och arbetsställeregion är båda variabeln '{code}'.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/commuting.py" line="351" />
      <source>Table {table}: variable {variable} has {n} values ({codes}) and cannot be left out; choose one with {code}=&lt;value&gt; in the advanced parameter 'Fix variables'.</source>
      <translation>Tabell {table}: variabeln {variable} har {n} värden ({codes}) och kan inte utelämnas; välj ett med {code}=&lt;värde&gt; i den avancerade parametern 'Lås variabler'.</translation>
    </message>
    <message>
      <location filename="processing/notes_common.py" line="158" />
      <source>Text contains</source>
      <translation>Text innehåller</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/odcsv.py" line="70" />
      <source>The CSV file {path} has no field '{field}'. Its fields are: {fields}.</source>
      <translation>CSV-filen {path} har inget fält '{field}'. Dess fält är: {fields}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba_units.py" line="56" />
      <source>The DEGURBA raster has {n} nodata cell(s) inside the units; classify a grid that covers all units.</source>
      <translation>DEGURBA-rastret har {n} nodata-cell(er) inom enheterna; klassificera ett rutnät som täcker alla enheter.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/euro_engine.py" line="198" />
      <location filename="regionatlas/commuting/regions/euro_run.py" line="440" />
      <source>The EURO procedure did not converge within {steps} steps; check the parameters (is TARGET_SC reachable at all?).</source>
      <translation>EURO-metoden konvergerade inte inom {steps} steg; kontrollera parametrarna (går TARGET_SC alls att nå?).</translation>
    </message>
    <message>
      <location filename="processing/la_codes.py" line="71" />
      <source>The LA codes (field {field}) are left empty: SCB numbers a region by its largest centre, and without sizes it is not known which centre is the largest in {regions}. Choose the size field (employed residents).</source>
      <translation>LA-koderna (fältet {field}) lämnas tomma: SCB numrerar en region efter dess största centrum, och utan storlekar går det inte att veta vilket centrum som är störst i {regions}. Välj storleksfältet (förvärvsarbetande nattbefolkning).</translation>
    </message>
    <message>
      <location filename="processing/la_codes.py" line="64" />
      <source>The LA codes (field {field}) are left empty: give the year of the data in '{parameter}'.</source>
      <translation>LA-koderna (fältet {field}) lämnas tomma: ange datans år i '{parameter}'.</translation>
    </message>
    <message>
      <location filename="processing/od_input.py" line="98" />
      <source>The OD table (INPUT) could not be opened.</source>
      <translation>OD-tabellen (INPUT) kunde inte öppnas.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/odtable.py" line="428" />
      <source>The OD table has no field '{field}'. Fields: {fields}.</source>
      <translation>OD-tabellen har inget fält '{field}'. Fält: {fields}.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/odtable.py" line="384" />
      <source>The OD table has no row with a count above zero.</source>
      <translation>OD-tabellen har ingen rad med ett antal större än noll.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/odtable.py" line="337" />
      <source>The OD table is empty: it has no rows.</source>
      <translation>OD-tabellen är tom: den har inga rader.</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="240" />
      <source>The PDF was not written: the report has {n} note entries, more than {max} fit in a readable PDF. Filter the notes (theme, dataset, status) or use the HTML report.</source>
      <translation>PDF-filen skrevs inte: rapporten har {n} anteckningsposter, fler än de {max} som ryms i en läsbar PDF. Filtrera anteckningarna (tema, datamängd, status) eller använd HTML-rapporten.</translation>
    </message>
    <message>
      <location filename="plugin.py" line="243" />
      <source>The Python packages are installed; RegionAtlas is ready.</source>
      <translation>Python-paketen är installerade; RegionAtlas är klart att använda.</translation>
    </message>
    <message>
      <location filename="regionatlas/geometry/adjacency.py" line="33" />
      <source>The adjacency tolerance must be &gt;= 0 (got {value}).</source>
      <translation>Toleransen för grannskap måste vara minst 0 (angavs {value}).</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/transport.py" line="138" />
      <source>The answer for table {table} does not match the query: variable '{variable}' came back with {got} values where {asked} were asked for; nothing was written.</source>
      <translation>Svaret för tabell {table} stämmer inte med frågan: variabeln '{variable}' kom tillbaka med {got} värden där {asked} efterfrågades; inget skrevs.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/transport.py" line="130" />
      <source>The answer for table {table} has no variable '{variable}' that was asked for; nothing was written.</source>
      <translation>Svaret för tabell {table} saknar den efterfrågade variabeln '{variable}'; inget skrevs.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/metadata.py" line="91" />
      <source>The answer from {source} does not describe a table (no variables); check the table id {table} and the address.</source>
      <translation>Svaret från {source} beskriver ingen tabell (inga variabler); kontrollera tabell-id {table} och adressen.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/geodata.py" line="106" />
      <source>The answer from {url} is not a GeoJSON feature collection; nothing was written.</source>
      <translation>Svaret från {url} är ingen GeoJSON-objektsamling; inget skrevs.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/geodata.py" line="101" />
      <source>The answer from {url} is not complete GeoJSON (cut off?); nothing was written.</source>
      <translation>Svaret från {url} är inte fullständig GeoJSON (avbrutet?); inget skrevs.</translation>
    </message>
    <message>
      <location filename="processing/exportstructureimage.py" line="255" />
      <source>The atlas layer '{name}' has no features: there is no page to export.</source>
      <translation>Atlaslagret '{name}' har inga objekt: det finns ingen sida att exportera.</translation>
    </message>
    <message>
      <location filename="processing/structure_export.py" line="172" />
      <source>The atlas layer has no features to make pages of.</source>
      <translation>Atlaslagret har inga objekt att skapa sidor av.</translation>
    </message>
    <message>
      <location filename="processing/degurba.py" line="140" />
      <source>The built-up criterion was applied.</source>
      <translation>Kriteriet för bebyggd yta tillämpades.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba.py" line="250" />
      <source>The built-up share grid has {n} nodata cell(s) (first at row {row}, column {col}); give 0 where there is none.</source>
      <translation>Rutnätet för andel bebyggd yta har {n} nodata-cell(er) (den första i rad {row}, kolumn {col}); ange 0 där det inte finns någon bebyggd yta.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba.py" line="153" />
      <source>The built-up share grid has {rows} x {cols} cells but the population grid has {pop_rows} x {pop_cols}: they must be aligned.</source>
      <translation>Rutnätet för andel bebyggd yta har {rows} x {cols} celler men befolkningsrutnätet har {pop_rows} x {pop_cols}: de måste ligga i samma rutnät.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba.py" line="138" />
      <source>The built-up share grid must be 2-dimensional, not {ndim}-dimensional.</source>
      <translation>Rutnätet för andel bebyggd yta måste vara tvådimensionellt, inte {ndim}-dimensionellt.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba.py" line="267" />
      <source>The built-up share grid must hold shares between 0 and 1, but {n} cell(s) lie outside (first at row {row}, column {col}: {value:g}). Convert m² to a share of the cell area first.</source>
      <translation>Rutnätet för andel bebyggd yta måste innehålla andelar mellan 0 och 1, men {n} cell(er) ligger utanför (den första i rad {row}, kolumn {col}: {value:g}). Räkna först om m² till en andel av cellens yta.</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="90" />
      <source>The bundled model {path} could not be read.</source>
      <translation>Den medföljande modellen {path} kunde inte läsas.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/transport.py" line="186" />
      <source>The call to {url} failed or was cut off ({message}); nothing was written.</source>
      <translation>Anropet till {url} misslyckades eller avbröts ({message}); ingenting skrevs.</translation>
    </message>
    <message>
      <location filename="regionatlas/accessibility/measures.py" line="147" />
      <source>The category '{category}' has no destination on the network.</source>
      <translation>Kategorin '{category}' har ingen målpunkt på nätet.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/query.py" line="37" />
      <source>The cell limit must be at least 1, not {limit}.</source>
      <translation>Gränsen för antal celler måste vara minst 1, inte {limit}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba.py" line="108" />
      <source>The cell size must be a positive number of metres, not {cell_size!r}.</source>
      <translation>Cellstorleken måste vara ett positivt antal meter, inte {cell_size!r}.</translation>
    </message>
    <message>
      <location filename="processing/polycentricity.py" line="144" />
      <source>The centres (CENTRES) could not be opened.</source>
      <translation>Kärnorna (CENTRES) kunde inte öppnas.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/polycentricity.py" line="131" />
      <source>The centres have no field '{field}'.</source>
      <translation>Kärnorna har inget fält '{field}'.</translation>
    </message>
    <message>
      <location filename="processing/commuting_loader.py" line="242" />
      <source>The chosen years cross a series break: {what}</source>
      <translation>De valda åren korsar ett serieavbrott: {what}</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba.py" line="663" />
      <source>The class grid holds codes {codes} that are not DEGURBA codes (level 1: 3/2/1/0, level 2: 30/23/22/21/13/12/11/10).</source>
      <translation>Klassrutnätet innehåller koderna {codes}, som inte är DEGURBA-koder (nivå 1: 3/2/1/0, nivå 2: 30/23/22/21/13/12/11/10).</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba.py" line="643" />
      <source>The class grid, the unit grid and the population grid must be aligned.</source>
      <translation>Klassrutnätet, enhetsrutnätet och befolkningsrutnätet måste ligga i samma rutnät.</translation>
    </message>
    <message>
      <location filename="regionatlas/compiled.py" line="49" />
      <source>The compiled engine needs the Python package numba, which is not installed.</source>
      <translation>Den kompilerade beräkningsmotorn kräver Python-paketet numba, som inte är installerat.</translation>
    </message>
    <message>
      <location filename="regionatlas/structureimage/corridors.py" line="340" />
      <source>The corridor rule '{rule}' (value {value:g}) removed every one of the {count} node pairs with flow (the largest pair has {largest:,.0f} persons); lower the value or choose another rule.</source>
      <translation>Stråkregeln '{rule}' (värde {value:g}) tog bort alla {count} nodpar med flöde (det största paret har {largest:,.0f} personer); sänk värdet eller välj en annan regel.</translation>
    </message>
    <message>
      <location filename="regionatlas/structureimage/corridors.py" line="89" />
      <source>The cumulative share must be above 0 and at most 1 (got {value}).</source>
      <translation>Den kumulativa andelen måste vara större än 0 och högst 1 (angivet värde: {value}).</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/metadata.py" line="81" />
      <source>The description of table {table} from {source} is not complete JSON (cut off?); nothing was written.</source>
      <translation>Beskrivningen av tabell {table} från {source} är inte fullständig JSON (avbruten?); inget skrevs.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/metadata.py" line="106" />
      <source>The description of table {table} from {source} lists no variables.</source>
      <translation>Beskrivningen av tabell {table} från {source} anger inga variabler.</translation>
    </message>
    <message>
      <location filename="regionatlas/structureimage/corridors.py" line="81" />
      <source>The dominant-flow ratio must be at least 1 (got {value}).</source>
      <translation>Kvoten för dominerande flöden måste vara minst 1 (angivet värde: {value}).</translation>
    </message>
    <message>
      <location filename="processing/structure_export.py" line="219" />
      <source>The export wrote no usable file (empty files: {files}).</source>
      <translation>Exporten skrev ingen användbar fil (tomma filer: {files}).</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="260" />
      <source>The fallback class '{fallback}' is also a rule class.</source>
      <translation>Reservklassen '{fallback}' är också en klass i regeltabellen.</translation>
    </message>
    <message>
      <location filename="ui/notes_dock.ui" line="76" />
      <source>The field that identifies features (never the fid)</source>
      <translation>Fältet som identifierar objekten (aldrig fid)</translation>
    </message>
    <message>
      <location filename="processing/exportstructureimage.py" line="247" />
      <source>The file name '{name}' contains characters not allowed in file names.</source>
      <translation>Filnamnet '{name}' innehåller tecken som inte är tillåtna i filnamn.</translation>
    </message>
    <message>
      <location filename="regionatlas/structureimage/corridors.py" line="87" />
      <source>The flow threshold must be &gt;= 0 (got {value}).</source>
      <translation>Tröskelvärdet för flöde måste vara &gt;= 0 (angivet värde: {value}).</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/polycentricity.py" line="64" />
      <source>The functional index needs a square flow matrix among &gt;= 2 centres.</source>
      <translation>Det funktionella indexet kräver en kvadratisk flödesmatris mellan &gt;= 2 kärnor.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba.py" line="113" />
      <source>The grid has non-square cells ({x_size:g} x {y_size:g} m). DEGURBA needs square cells (1 km in the manual): resample the grid first.</source>
      <translation>Rutnätet har icke-kvadratiska celler ({x_size:g} x {y_size:g} m). DEGURBA kräver kvadratiska celler (1 km i manualen): sampla om rutnätet först.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy_inputs.py" line="79" />
      <source>The index weights are not valid JSON: {error}.</source>
      <translation>Indexvikterna är inte giltig JSON: {error}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy_inputs.py" line="83" />
      <source>The index weights must be a JSON object.</source>
      <translation>Indexvikterna måste vara ett JSON-objekt.</translation>
    </message>
    <message>
      <location filename="processing/laregionsfromindicators.py" line="137" />
      <source>The indicator table (INPUT) could not be opened.</source>
      <translation>Indikatortabellen (INPUT) kunde inte öppnas.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/scb.py" line="377" />
      <source>The indicator table has no field '{field}'. Fields: {fields}.</source>
      <translation>Indikatortabellen har inget fält '{field}'. Fält: {fields}.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/scb.py" line="250" />
      <source>The indicator table is empty.</source>
      <translation>Indikatortabellen är tom.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/dominant_flows.py" line="172" />
      <source>The kept flows form a cycle; use a ratio k &gt;= 1.</source>
      <translation>De behållna flödena bildar en cykel; använd en kvot k &gt;= 1.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba.py" line="256" />
      <source>The land share grid has {n} nodata cell(s) (first at row {row}, column {col}); give 0 where there is none.</source>
      <translation>Rutnätet för landandel har {n} nodata-cell(er) (den första i rad {row}, kolumn {col}); ange 0 där det inte finns något land.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba.py" line="158" />
      <source>The land share grid has {rows} x {cols} cells but the population grid has {pop_rows} x {pop_cols}: they must be aligned.</source>
      <translation>Rutnätet för landandel har {rows} x {cols} celler men befolkningsrutnätet har {pop_rows} x {pop_cols}: de måste ligga i samma rutnät.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba.py" line="133" />
      <source>The land share grid must be 2-dimensional, not {ndim}-dimensional.</source>
      <translation>Rutnätet för landandel måste vara tvådimensionellt, inte {ndim}-dimensionellt.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba.py" line="273" />
      <source>The land share grid must hold shares between 0 and 1, but {n} cell(s) lie outside (first at row {row}, column {col}: {value:g}). Convert m² to a share of the cell area first.</source>
      <translation>Rutnätet för landandel måste innehålla andelar mellan 0 och 1, men {n} cell(er) ligger utanför (den första i rad {row}, kolumn {col}: {value:g}). Räkna först om m² till en andel av cellens yta.</translation>
    </message>
    <message>
      <location filename="processing/structure_build.py" line="116" />
      <location filename="processing/structure_build.py" line="168" />
      <location filename="processing/structureimage.py" line="277" />
      <source>The layer '{param}' was reprojected from {a} to {b}.</source>
      <translation>Lagret '{param}' projicerades om från {a} till {b}.</translation>
    </message>
    <message>
      <location filename="ui/notes_features.py" line="191" />
      <source>The layer has no key field: add one to link notes to its features.</source>
      <translation>Lagret har inget nyckelfält: lägg till ett för att koppla anteckningar till dess objekt.</translation>
    </message>
    <message>
      <location filename="ui/notes_features.py" line="145" />
      <source>The layer {layer} cannot get a new field: {error}</source>
      <translation>Lagret {layer} kan inte få ett nytt fält: {error}</translation>
    </message>
    <message>
      <location filename="ui/notes_features.py" line="133" />
      <source>The layer {layer} has no field that identifies every feature. Add a text field {name} to its data, filled with a uuid for every feature and for new features?</source>
      <translation>Lagret {layer} har inget fält som identifierar varje objekt. Lägga till ett textfält {name} i dess data, fyllt med en uuid för varje objekt och för nya objekt?</translation>
    </message>
    <message>
      <location filename="processing/notes_features.py" line="51" />
      <source>The layer {layer} has no field {field}.</source>
      <translation>Lagret {layer} har inget fält {field}.</translation>
    </message>
    <message>
      <location filename="processing/relinknotes.py" line="111" />
      <source>The layer {layer} has no values in the key field {field}.</source>
      <translation>Lagret {layer} har inga värden i nyckelfältet {field}.</translation>
    </message>
    <message>
      <location filename="processing/structure_export.py" line="117" />
      <source>The layers have no extent to show (all empty?).</source>
      <translation>Lagren har ingen utbredning att visa (alla tomma?).</translation>
    </message>
    <message>
      <location filename="processing/structure_export.py" line="125" />
      <source>The layers record no RegionAtlas provenance (layers read from files keep none): give the METADATA output of Build structure image as the parameters text.</source>
      <translation>Lagren bär ingen uppgift om hur de togs fram i RegionAtlas (lager som läses från filer saknar den): ange utdata METADATA från Bygg strukturbild som parametertext.</translation>
    </message>
    <message>
      <location filename="processing/structure_layout.py" line="67" />
      <source>The layout template {path} cannot be read: {error}</source>
      <translation>Layoutmallen {path} kan inte läsas: {error}</translation>
    </message>
    <message>
      <location filename="processing/structure_layout.py" line="84" />
      <source>The layout template {path} could not be loaded by QGIS.</source>
      <translation>Layoutmallen {path} kunde inte läsas in av QGIS.</translation>
    </message>
    <message>
      <location filename="processing/structure_layout.py" line="61" />
      <source>The layout template {path} does not exist.</source>
      <translation>Layoutmallen {path} finns inte.</translation>
    </message>
    <message>
      <location filename="processing/structure_layout.py" line="89" />
      <source>The layout template {path} has no item with the id '{id}'.</source>
      <translation>Layoutmallen {path} har inget element med id '{id}'.</translation>
    </message>
    <message>
      <location filename="processing/structure_layout.py" line="74" />
      <source>The layout template {path} is broken: it is not a QGIS print-layout template (.qpt) that QGIS can read.</source>
      <translation>Layoutmallen {path} är trasig: den är inte en mall för utskriftslayout (.qpt) som QGIS kan läsa.</translation>
    </message>
    <message>
      <location filename="regionatlas/structureimage/corridors.py" line="385" />
      <source>The longest corridor must be above 0 (got {value}).</source>
      <translation>Längsta stråk måste vara över 0 (fick {value}).</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/polycentricity.py" line="48" />
      <source>The morphological index needs at least 2 centres.</source>
      <translation>Det morfologiska indexet kräver minst 2 kärnor.</translation>
    </message>
    <message>
      <location filename="processing/structure_corridors.py" line="88" />
      <source>The network layer has no lines.</source>
      <translation>Nätverkslagret har inga linjer.</translation>
    </message>
    <message>
      <location filename="processing/structure_corridors.py" line="82" />
      <source>The network was reprojected from {a} to {b}.</source>
      <translation>Nätverket projicerades om från {a} till {b}.</translation>
    </message>
    <message>
      <location filename="processing/regions_help.py" line="99" />
      <source>The network-communities method (Leiden) needs the Python package 'igraph' 1.0 or newer in the Python that QGIS uses (Debian's python3-igraph is older). Install it with QGIS's Python, in the OSGeo4W shell on Windows or a terminal elsewhere: 'python -m pip install "igraph&gt;=1.0"' (on Debian/Ubuntu 'python3 -m pip install --user "igraph&gt;=1.0"'). Then restart QGIS, or choose another method.</source>
      <translation>Metoden med nätverksgemenskaper (Leiden) kräver Python-paketet 'igraph' 1.0 eller senare i den Python som QGIS använder (Debians python3-igraph är äldre). Installera det med QGIS Python, i OSGeo4W-skalet på Windows eller annars i en terminal: 'python -m pip install "igraph&gt;=1.0"' (på Debian/Ubuntu 'python3 -m pip install --user "igraph&gt;=1.0"'). Starta sedan om QGIS, eller välj en annan metod.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/leiden.py" line="78" />
      <source>The network-communities method needs the Python package 'igraph' 1.0 or newer (directed Leiden); the installed igraph is {version}.</source>
      <translation>Metoden nätverksgemenskaper kräver Python-paketet 'igraph' 1.0 eller senare (riktad Leiden); installerad igraph är {version}.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/leiden.py" line="74" />
      <source>The network-communities method needs the Python package 'igraph' 1.0 or newer.</source>
      <translation>Metoden nätverksgemenskaper kräver Python-paketet 'igraph' 1.0 eller senare.</translation>
    </message>
    <message>
      <location filename="processing/structureimage.py" line="127" />
      <source>The nodes (NODES) could not be opened.</source>
      <translation>Noderna (NODES) kunde inte öppnas.</translation>
    </message>
    <message>
      <location filename="processing/structureimage.py" line="132" />
      <source>The nodes are in a geographic CRS ({source}); the structure image is computed and written in {target} so that lengths are in metres.</source>
      <translation>Noderna är i ett geografiskt CRS ({source}); strukturbilden beräknas och skrivs i {target} så att längder anges i meter.</translation>
    </message>
    <message>
      <location filename="processing/dominantflows.py" line="112" />
      <source>The nodes have no field '{field}'. Their fields are: {names}.</source>
      <translation>Noderna har inget fält '{field}'. Deras fält är: {names}.</translation>
    </message>
    <message>
      <location filename="processing/structure_build.py" line="73" />
      <source>The nodes layer has no feature with a geometry.</source>
      <translation>Nodlagret har inget objekt med geometri.</translation>
    </message>
    <message>
      <location filename="processing/exportnotes.py" line="124" />
      <source>The notes are on points, lines and polygons; the layer shows each feature as a point inside it.</source>
      <translation>Anteckningarna gäller punkter, linjer och polygoner; lagret visar varje objekt som en punkt inuti objektet.</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/gpkg.py" line="266" />
      <location filename="regionatlas/notes/postgis.py" line="291" />
      <source>The notes store refused the values: {detail}</source>
      <translation>Anteckningsdatabasen godtog inte värdena: {detail}</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/leiden.py" line="165" />
      <source>The number of Leiden iterations must be a positive whole number or -1 (until stable), not {value}.</source>
      <translation>Antalet Leiden-iterationer måste vara ett positivt heltal eller -1 (tills resultatet är stabilt), inte {value}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/polycentricity.py" line="119" />
      <source>The number of centres n must be {min_n}..{max_n}, not {n}.</source>
      <translation>Antalet kärnor n måste vara {min_n}..{max_n}, inte {n}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="550" />
      <source>The number of classes must be at least 2, not {n_classes}.</source>
      <translation>Antalet klasser måste vara minst 2, inte {n_classes}.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/odtable.py" line="334" />
      <source>The origin, destination and count columns differ in length.</source>
      <translation>Kolumnerna för ursprung, destination och antal har olika längd.</translation>
    </message>
    <message>
      <location filename="processing/structure_export.py" line="145" />
      <source>The output folder {folder} cannot be written: {error}</source>
      <translation>Det går inte att skriva till utdatamappen {folder}: {error}</translation>
    </message>
    <message>
      <location filename="regionatlas/webatlas/writer.py" line="110" />
      <source>The output folder {path} already holds other files; choose an empty folder (an earlier web atlas there would be replaced).</source>
      <translation>Utmappen {path} innehåller redan andra filer; välj en tom mapp (en tidigare webbatlas där skulle ersättas).</translation>
    </message>
    <message>
      <location filename="regionatlas/webatlas/writer.py" line="108" />
      <source>The output folder {path} is a file; choose a folder.</source>
      <translation>Utmappen {path} är en fil; välj en mapp.</translation>
    </message>
    <message>
      <location filename="plugin.py" line="231" />
      <source>The packages were installed, but QGIS still cannot use: {names}. Restart QGIS to finish.</source>
      <translation>Paketen installerades, men QGIS kan ännu inte använda: {names}. Starta om QGIS för att slutföra.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/transport.py" line="111" />
      <source>The parts of the query on {table} came back with different variables; nothing was written.</source>
      <translation>Delarna av frågan mot {table} kom tillbaka med olika variabler; ingenting skrevs.</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="244" />
      <source>The pipeline model did not finish.</source>
      <translation>Arbetsflödesmodellen slutfördes inte.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/grid_input.py" line="122" />
      <source>The polygon grid has cells of different sizes; all cells must be equal.</source>
      <translation>Polygonrutnätet har celler av olika storlek; alla celler måste vara lika stora.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/grid_input.py" line="109" />
      <source>The polygon grid has no cells.</source>
      <translation>Polygonrutnätet har inga celler.</translation>
    </message>
    <message>
      <location filename="processing/degurba_input.py" line="67" />
      <source>The polygon grid has no coordinate reference system: assign one first.</source>
      <translation>Polygonrutnätet saknar koordinatreferenssystem: tilldela ett först.</translation>
    </message>
    <message>
      <location filename="processing/degurba_input.py" line="60" />
      <source>The polygon grid has no field '{field}'. Its fields are: {names}.</source>
      <translation>Polygonrutnätet har inget fält '{field}'. Dess fält är: {names}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/grid_input.py" line="115" />
      <source>The polygon grid has non-square cells (e.g. {w:g} x {h:g}). DEGURBA needs square cells (1 km in the manual).</source>
      <translation>Polygonrutnätet har icke-kvadratiska celler (t.ex. {w:g} x {h:g}). DEGURBA kräver kvadratiska celler (1 km i manualen).</translation>
    </message>
    <message>
      <location filename="processing/degurba_input.py" line="71" />
      <source>The polygon grid is in a geographic CRS ({crs}); DEGURBA needs square cells in metres: reproject it first.</source>
      <translation>Polygonrutnätet är i ett geografiskt CRS ({crs}); DEGURBA kräver kvadratiska celler i meter: projicera om det först.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/grid_input.py" line="127" />
      <source>The polygons do not form a regular grid (cells are not aligned).</source>
      <translation>Polygonerna bildar inte ett regelbundet rutnät (cellerna ligger inte i linje).</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba.py" line="655" />
      <source>The population grid has negative cells inside units.</source>
      <translation>Befolkningsrutnätet har negativa celler inom enheterna.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba.py" line="233" />
      <source>The population grid has {n} negative cell(s) (first at row {row}, column {col}: {value:g}). Population must be &gt;= 0.</source>
      <translation>Befolkningsrutnätet har {n} negativ(a) cell(er) (den första i rad {row}, kolumn {col}: {value:g}). Befolkningen måste vara &gt;= 0.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba.py" line="220" />
      <source>The population grid has {n} nodata cell(s) (first at row {row}, column {col}). Fill them (0 where nobody lives, e.g. sea outside the population product) or choose the 'treat nodata as no population' option.</source>
      <translation>Befolkningsrutnätet har {n} nodata-cell(er) (den första i rad {row}, kolumn {col}). Fyll i dem (0 där ingen bor, t.ex. hav utanför befolkningsprodukten) eller välj alternativet att behandla nodata som ingen befolkning.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba.py" line="213" />
      <source>The population grid has {n} nodata cell(s) inside the data, on land and away from the grid's edge (first at row {row}, column {col}). Fill them, or choose the 'treat nodata as no population' option.</source>
      <translation>Befolkningsrutnätet har {n} nodata-cell(er) inom data, på land och borta från rutnätets kant (den första på rad {row}, kolumn {col}). Fyll i dem, eller välj alternativet 'behandla nodata som ingen befolkning'.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba.py" line="648" />
      <source>The population grid has {n} nodata cell(s) inside units (first at row {row}, column {col}).</source>
      <translation>Befolkningsrutnätet har {n} nodata-cell(er) inom enheterna (den första i rad {row}, kolumn {col}).</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba.py" line="142" />
      <source>The population grid must be 2-dimensional, not {ndim}-dimensional.</source>
      <translation>Befolkningsrutnätet måste vara tvådimensionellt, inte {ndim}-dimensionellt.</translation>
    </message>
    <message>
      <location filename="regionatlas/structureimage/corridors.py" line="180" />
      <source>The rank field '{field}' must hold numbers; found {values}.</source>
      <translation>Rangfältet '{field}' måste innehålla tal; hittade {values}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/dominant_flows.py" line="213" />
      <source>The ratio k must be &gt;= 1 (1 is Nystuen and Dacey's rule), not {ratio!r}: with k &lt; 1 flows could point to smaller places and form cycles.</source>
      <translation>Kvoten k måste vara &gt;= 1 (1 är Nystuens och Daceys regel), inte {ratio!r}: med k &lt; 1 kan flöden peka mot mindre orter och bilda cykler.</translation>
    </message>
    <message>
      <location filename="ui/stakeholder_register.ui" line="47" />
      <source>The register is kept in the same store as the notes (a GeoPackage or PostGIS).</source>
      <translation>Registret sparas i samma databas som anteckningarna (en GeoPackage eller PostGIS).</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/jsonstat.py" line="73" />
      <source>The response from {source} has no dimensions (id/size).</source>
      <translation>Svaret från {source} saknar dimensioner (id/size).</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/jsonstat.py" line="84" />
      <source>The response from {source} has {n} values for {cells} cells; it is incomplete.</source>
      <translation>Svaret från {source} har {n} värden för {cells} celler; det är ofullständigt.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/jsonstat.py" line="67" />
      <source>The response from {source} is not a json-stat2 dataset.</source>
      <translation>Svaret från {source} är inte ett json-stat2-dataset.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/jsonstat.py" line="61" />
      <source>The response from {source} is not complete JSON (cut off or not json-stat2); nothing was written.</source>
      <translation>Svaret från {source} är inte fullständig JSON (avbrutet eller inte json-stat2); ingenting skrevs.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/jsonstat.py" line="39" />
      <source>The response has no category index for dimension '{name}'.</source>
      <translation>Svaret saknar kategoriindex för dimensionen '{name}'.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="351" />
      <source>The rule table file {path} does not exist.</source>
      <translation>Regeltabellfilen {path} finns inte.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="166" />
      <source>The rule table is not valid JSON: {error} at line {line}, column {column}.</source>
      <translation>Regeltabellen är inte giltig JSON: {error} på rad {line}, kolumn {column}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="175" />
      <source>The rule table must be a JSON object with a "classes" list.</source>
      <translation>Regeltabellen måste vara ett JSON-objekt med en lista "classes".</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="463" />
      <source>The rule table names indicator(s) {missing} that the settlements do not have. Available: {available}.</source>
      <translation>Regeltabellen nämner indikator(er) {missing} som orterna inte har. Tillgängliga: {available}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="178" />
      <source>The rule table needs a non-empty "classes" list (classes from the top).</source>
      <translation>Regeltabellen behöver en lista "classes" som inte är tom (klasserna uppifrån, den högsta först).</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/geodata.py" line="146" />
      <source>The service announced {matched} features of {layer} but sent {n}; nothing was written.</source>
      <translation>Tjänsten angav {matched} objekt i {layer} men skickade {n}; inget skrevs.</translation>
    </message>
    <message>
      <location filename="processing/structureimage.py" line="270" />
      <source>The service areas (SERVICE_AREAS) have no field '{field}' with the minutes of each polygon (the output of Service areas has it). Its fields are: {names}.</source>
      <translation>Serviceområdena (SERVICE_AREAS) saknar fältet '{field}' med minuterna för varje polygon (utdata från Serviceområden har det). Lagrets fält är: {names}.</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy.py" line="159" />
      <source>The service fields are not used: the rule table '{name}' has no condition on the indicator services.</source>
      <translation>Servicefälten används inte: regeltabellen '{name}' har inget villkor på indikatorn services.</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy.py" line="117" />
      <source>The settlements (INPUT) could not be opened.</source>
      <translation>Orterna (INPUT) kunde inte öppnas.</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy.py" line="107" />
      <source>The settlements have no field '{field}'. Their fields are: {names}.</source>
      <translation>Orterna har inget fält '{field}'. Deras fält är: {names}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="394" />
      <source>The settlements have no id field '{field}'.</source>
      <translation>Orterna har inget id-fält '{field}'.</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy.py" line="119" />
      <source>The settlements layer is empty.</source>
      <translation>Ortlagret är tomt.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/dominant_flows.py" line="219" />
      <source>The share of outflow must be above 0 and at most 1, not {share!r}.</source>
      <translation>Andelen av utflödet måste vara större än 0 och högst 1, inte {share!r}.</translation>
    </message>
    <message>
      <location filename="regionatlas/webatlas/geometry.py" line="37" />
      <source>The simplification tolerance must be 0 or more metres, not {value}.</source>
      <translation>Toleransen för generalisering ska vara 0 meter eller mer, inte {value}.</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="114" />
      <source>The step {step} of the bundled model could not be left out.</source>
      <translation>Steget {step} i den medföljande modellen kunde inte hoppas över.</translation>
    </message>
    <message>
      <location filename="processing/relinknotes.py" line="119" />
      <source>The store has no notes linked to the dataset {key}.</source>
      <translation>Databasen har inga anteckningar kopplade till datamängden {key}.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/od.py" line="31" />
      <source>The table has no variable '{name}'; it has {known}.</source>
      <translation>Tabellen har ingen variabel '{name}'; den har {known}.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/odcsv.py" line="149" />
      <source>The table holds several years ({years}): choose one in 'Year to use'.</source>
      <translation>Tabellen innehåller flera år ({years}): välj ett i 'År att använda'.</translation>
    </message>
    <message>
      <location filename="regionatlas/textencoding.py" line="125" />
      <source>The text file {path} is neither UTF-8 nor Windows-1252 (Latin-1) text: byte {offset} on line {line} is not valid UTF-8, and byte {offset2} (0x{byte:02X}) on line {line2} is not text in Windows-1252. Save the file as 'CSV UTF-8' and try again.</source>
      <translation>Textfilen {path} är varken UTF-8 eller Windows-1252-text (Latin-1): byte {offset} på rad {line} är inte giltig UTF-8, och byte {offset2} (0x{byte:02X}) på rad {line2} är inte text i Windows-1252. Spara filen som 'CSV UTF-8' och försök igen.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/reform.py" line="73" />
      <source>The time code '{value}' does not start with a year; codes cannot be carried to another regional division.</source>
      <translation>Tidskoden '{value}' börjar inte med ett år; koderna kan inte föras till en annan regional indelning.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/scb.py" line="248" />
      <source>The unit, destination, p1 and p2 columns differ in length.</source>
      <translation>Kolumnerna för enhet, destination, p1 och p2 har olika längd.</translation>
    </message>
    <message>
      <location filename="processing/degurbaunits.py" line="79" />
      <source>The units (INPUT) could not be opened.</source>
      <translation>Enheterna (INPUT) kunde inte öppnas.</translation>
    </message>
    <message>
      <location filename="processing/degurbaunits.py" line="82" />
      <source>The units have no field '{field}'. Their fields are: {names}.</source>
      <translation>Enheterna har inget fält '{field}'. Deras fält är: {names}.</translation>
    </message>
    <message>
      <location filename="processing/degurbaunits.py" line="118" />
      <source>The units were reprojected to the grid's CRS ({crs}) for the overlay.</source>
      <translation>Enheterna projicerades om till rutnätets CRS ({crs}) för överlagringen.</translation>
    </message>
    <message>
      <location filename="processing/flowlines.py" line="161" />
      <source>The zones are in a geographic CRS ({source}); the flow lines were computed and written in {target} so that lengths are in metres.</source>
      <translation>Zonerna är i ett geografiskt CRS ({source}); flödeslinjerna beräknades och skrevs i {target} så att längder anges i meter.</translation>
    </message>
    <message>
      <location filename="processing/flowlines.py" line="170" />
      <source>The zones have no CRS; lengths assume metres.</source>
      <translation>Zonerna saknar CRS; längder antas vara i meter.</translation>
    </message>
    <message>
      <location filename="processing/region_outputs.py" line="88" />
      <location filename="processing/zone_input.py" line="95" />
      <source>The zones have no field '{field}'. Their fields are: {names}.</source>
      <translation>Zonerna har inget fält '{field}'. Deras fält är: {names}.</translation>
    </message>
    <message>
      <location filename="processing/zone_input.py" line="164" />
      <source>The zones were reprojected from {source} to the network's {target}.</source>
      <translation>Områdena projicerades om från {source} till nätets {target}.</translation>
    </message>
    <message>
      <location filename="processing/structure_export.py" line="208" />
      <source>The {format} export failed ({code}): {error}</source>
      <translation>Exporten till {format} misslyckades ({code}): {error}</translation>
    </message>
    <message>
      <location filename="processing/polycentricity.py" line="113" />
      <source>The {label} '{field}' is not a field of the layer. Its fields are: {names}.</source>
      <translation>'{field}' ({label}) är inte ett fält i lagret. Lagrets fält är: {names}.</translation>
    </message>
    <message>
      <location filename="processing/raster_io.py" line="84" />
      <source>The {label} raster ({path}) has no coordinate reference system. DEGURBA needs cell areas in metres: assign the grid's CRS (e.g. with 'Assign projection') first.</source>
      <translation>Rastret för {label} ({path}) saknar koordinatreferenssystem. DEGURBA kräver cellareor i meter: tilldela först rutnätets CRS (t.ex. med 'Tilldela projektion').</translation>
    </message>
    <message>
      <location filename="processing/raster_io.py" line="79" />
      <source>The {label} raster could not be opened: {error}</source>
      <translation>Rastret för {label} kunde inte öppnas: {error}</translation>
    </message>
    <message>
      <location filename="processing/raster_io.py" line="99" />
      <source>The {label} raster has non-square cells ({x:g} x {y:g}). DEGURBA needs square cells (1 km in the manual): resample the grid first.</source>
      <translation>Rastret för {label} har icke-kvadratiska celler ({x:g} x {y:g}). DEGURBA kräver kvadratiska celler (1 km i manualen): sampla om rutnätet först.</translation>
    </message>
    <message>
      <location filename="processing/raster_io.py" line="155" />
      <source>The {label} raster holds m² per cell (largest value {maximum} m², cell area {area} m²): divided by the cell area.</source>
      <translation>Rastret för {label} innehåller m² per cell (största värde {maximum} m², cellens area {area} m²): divideras med cellens area.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/grid_input.py" line="68" />
      <source>The {label} raster holds neither shares between 0 and 1 nor m² per cell: its largest value, {maximum:g}, is above 1 but far below the cell area ({area:g} m²). Check the raster, or choose its unit.</source>
      <translation>Rastret för {label} innehåller varken andelar mellan 0 och 1 eller m² per cell: dess största värde, {maximum:g}, är över 1 men långt under cellens area ({area:g} m²). Kontrollera rastret, eller välj dess enhet.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/grid_input.py" line="61" />
      <source>The {label} raster holds neither shares between 0 and 1 nor m² per cell: its largest value, {maximum:g}, is above the cell area ({area:g} m²). Check the raster.</source>
      <translation>Rastret för {label} innehåller varken andelar mellan 0 och 1 eller m² per cell: dess största värde, {maximum:g}, är större än cellens area ({area:g} m²). Kontrollera rastret.</translation>
    </message>
    <message>
      <location filename="processing/raster_io.py" line="160" />
      <source>The {label} raster holds shares of the cell (largest value {maximum}): used as they are.</source>
      <translation>Rastret för {label} innehåller andelar av cellen (största värde {maximum}): används som de är.</translation>
    </message>
    <message>
      <location filename="processing/raster_io.py" line="173" />
      <source>The {label} raster holds values of at most 1 but its unit was given as m² per cell: if it already is a share, choose the unit 'share of the cell (0..1)'.</source>
      <translation>Rastret för {label} innehåller värden på högst 1 men dess enhet angavs som m² per cell: om det redan är en andel, välj enheten 'Andel av cellen (0..1)'.</translation>
    </message>
    <message>
      <location filename="processing/raster_io.py" line="106" />
      <source>The {label} raster is in a geographic CRS ({crs}, degrees). DEGURBA needs square cells in metres: warp it to an equal-area projection (e.g. World Mollweide or LAEA Europe) first.</source>
      <translation>Rastret för {label} är i ett geografiskt CRS ({crs}, grader). DEGURBA kräver kvadratiska celler i meter: transformera det först till en ytriktig projektion (t.ex. World Mollweide eller LAEA Europe).</translation>
    </message>
    <message>
      <location filename="processing/raster_io.py" line="128" />
      <source>The {label} raster is not aligned with the {ref} raster ({rows} x {cols} cells, origin {x:g}, {y:g}, cell {cell:g} vs {rrows} x {rcols}, origin {rx:g}, {ry:g}, cell {rcell:g}): resample it to the same grid first.</source>
      <translation>Rastret för {label} ligger inte i samma rutnät som rastret för {ref} ({rows} x {cols} celler, origo {x:g}, {y:g}, cell {cell:g} mot {rrows} x {rcols}, origo {rx:g}, {ry:g}, cell {rcell:g}): sampla först om det till samma rutnät.</translation>
    </message>
    <message>
      <location filename="processing/raster_io.py" line="93" />
      <source>The {label} raster is rotated; warp it to a north-up grid first.</source>
      <translation>Rastret för {label} är roterat; transformera det först till ett nordorienterat rutnät.</translation>
    </message>
    <message>
      <location filename="processing/table_input.py" line="38" />
      <source>The {what} has no field '{field}'. Its fields are: {names}.</source>
      <translation>Fältet '{field}' saknas i {what}. Tabellens fält är: {names}.</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="103" />
      <location filename="ui/notes_dock.ui" line="123" />
      <location filename="ui/notes_dock.ui" line="123" />
      <source>Theme</source>
      <translation>Tema</translation>
    </message>
    <message>
      <location filename="processing/notes_common.py" line="82" />
      <source>There is no saved PostgreSQL connection named {name} in QGIS.</source>
      <translation>Det finns ingen sparad PostgreSQL-anslutning med namnet {name} i QGIS.</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="169" />
      <source>This method has no reserve list.</source>
      <translation>Den här metoden har ingen reservlista.</translation>
    </message>
    <message>
      <location filename="processing/od_input.py" line="170" />
      <source>Those flows were dropped.</source>
      <translation>De flödena togs bort.</translation>
    </message>
    <message>
      <location filename="processing/structure_params.py" line="231" />
      <source>Threshold (persons)</source>
      <translation>Tröskelvärde (personer)</translation>
    </message>
    <message>
      <location filename="processing/accessibility.py" line="155" />
      <location filename="processing/serviceareas.py" line="78" />
      <source>Thresholds (minutes, comma separated)</source>
      <translation>Tidsgränser (minuter, kommaseparerade)</translation>
    </message>
    <message>
      <location filename="processing/accessibility.py" line="168" />
      <source>Time bands for the zones (minutes, comma separated)</source>
      <translation>Tidsintervall för områdena (minuter, kommaseparerade)</translation>
    </message>
    <message>
      <location filename="processing/exportstructureimage.py" line="205" />
      <location filename="processing/exportwebatlas.py" line="120" />
      <location filename="processing/notesreport.py" line="189" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="processing/regions_help.py" line="46" />
      <source>Tolbert C. M. &amp; Sizer M. (1996), U.S. commuting zones and labor market areas, USDA ERS; Fowler C. S., Rhubart D. C. &amp; Jensen L. (2016) for the cut height 0.977 of the 2010 zones.</source>
      <translation>Tolbert C. M. &amp; Sizer M. (1996), U.S. commuting zones and labor market areas, USDA ERS; Fowler C. S., Rhubart D. C. &amp; Jensen L. (2016) för snitthöjden 0.977 för 2010 års zoner.</translation>
    </message>
    <message>
      <location filename="processing/regions_help.py" line="22" />
      <source>Tolbert-Sizer commuting zones</source>
      <translation>Tolbert-Sizer commuting zones (pendlingszoner)</translation>
    </message>
    <message>
      <location filename="processing/region_outputs.py" line="72" />
      <source>Tolbert-Sizer, cut {cut}</source>
      <translation>Tolbert-Sizer, snitt {cut}</translation>
    </message>
    <message>
      <location filename="processing/regions_common.py" line="132" />
      <source>Tolbert-Sizer: cut height</source>
      <translation>Tolbert-Sizer: snitthöjd</translation>
    </message>
    <message>
      <location filename="processing/regions_help.py" line="51" />
      <source>Traag V. A., Waltman L. &amp; van Eck N. J. (2019), From Louvain to Leiden: guaranteeing well-connected communities, Scientific Reports 9, 5233; directed modularity (Leicht &amp; Newman 2008).</source>
      <translation>Traag V. A., Waltman L. &amp; van Eck N. J. (2019), From Louvain to Leiden: guaranteeing well-connected communities, Scientific Reports 9, 5233; riktad modularitet (Leicht &amp; Newman 2008).</translation>
    </message>
    <message>
      <location filename="processing/traveltimes.py" line="90" />
      <location filename="processing/traveltimes.py" line="139" />
      <source>Travel time lines</source>
      <translation>Restidslinjer</translation>
    </message>
    <message>
      <location filename="processing/traveltimes.py" line="41" />
      <source>Travel time matrix</source>
      <translation>Restidsmatris</translation>
    </message>
    <message>
      <location filename="processing/traveltimes.py" line="128" />
      <location filename="processing/traveltimes.py" line="84" />
      <source>Travel times</source>
      <translation>Restider</translation>
    </message>
    <message>
      <location filename="processing/traveltimes.py" line="45" />
      <source>Travel times by road from every origin to every destination: the fastest path on the network (Dijkstra on a sparse graph, one search per distinct network vertex), plus the straight connectors from the points to the network. Writes a table origin_id, destination_id, minutes, metres (the length of the fastest path, connectors included).&lt;br&gt;&lt;br&gt;Source: Dijkstra (1959), A note on two problems in connexion with graphs; speeds of OpenStreetMap road classes after the OSRM car profile; the user guide, section Accessibility.&lt;br&gt;&lt;br&gt;&lt;b&gt;Parameters&lt;/b&gt;&lt;br&gt;</source>
      <translation>Restider på väg från varje startpunkt till varje målpunkt: den snabbaste vägen i nätet (Dijkstra på en gles graf, en sökning per nod i nätet) plus de raka anslutningarna från punkterna till nätet. Skriver en tabell origin_id, destination_id, minutes, metres (den snabbaste vägens längd, anslutningar inräknade).&lt;br&gt;&lt;br&gt;Källa: Dijkstra (1959), A note on two problems in connexion with graphs; hastigheter för OpenStreetMaps vägklasser enligt OSRM:s bilprofil; användarhandledningen, avsnittet Tillgänglighet.&lt;br&gt;&lt;br&gt;&lt;b&gt;Parametrar&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
      <location filename="processing/degurba_params.py" line="95" />
      <source>Treat as no population</source>
      <translation>Behandla som ingen befolkning</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="98" />
      <location filename="ui/stakeholder_register.ui" line="103" />
      <source>Type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="processing/regionchange_report.py" line="62" />
      <source>Unchanged regions (Jaccard 1)</source>
      <translation>Oförändrade regioner (Jaccard 1)</translation>
    </message>
    <message>
      <location filename="ui/notes_dock.ui" line="394" />
      <source>Undo</source>
      <translation>Ångra</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="47" />
      <source>Unit '{unit}' is set aside in the zero list (no region): {reason}.</source>
      <translation>Enheten '{unit}' läggs åt sidan på nollistan (ingen region): {reason}.</translation>
    </message>
    <message>
      <location filename="processing/laregionsfromindicators.py" line="106" />
      <location filename="processing/regionchange.py" line="100" />
      <source>Unit field</source>
      <translation>Enhetsfält</translation>
    </message>
    <message>
      <location filename="processing/attribute_display.py" line="38" />
      <source>Unit id</source>
      <translation>Enhets-id</translation>
    </message>
    <message>
      <location filename="processing/degurbaunits.py" line="63" />
      <source>Unit id field</source>
      <translation>Enhets-id-fält</translation>
    </message>
    <message>
      <location filename="processing/degurbaunits.py" line="128" />
      <source>Unit ids must be unique; these occur more than once in '{field}': {ids}.</source>
      <translation>Enheternas id måste vara unika; dessa förekommer mer än en gång i '{field}': {ids}.</translation>
    </message>
    <message>
      <location filename="processing/degurba_params.py" line="124" />
      <source>Unit of the built-up raster</source>
      <translation>Enhet för rastret för bebyggd yta</translation>
    </message>
    <message>
      <location filename="processing/degurba_params.py" line="82" />
      <source>Unit of the land raster</source>
      <translation>Enhet för rastret för permanent land</translation>
    </message>
    <message>
      <location filename="processing/degurbaunits.py" line="71" />
      <source>Unit rules</source>
      <translation>Regler för enheter</translation>
    </message>
    <message>
      <location filename="processing/attribute_display.py" line="37" />
      <location filename="processing/commutingregions_report.py" line="100" />
      <source>Units</source>
      <translation>Enheter</translation>
    </message>
    <message>
      <location filename="processing/degurbaunits.py" line="62" />
      <source>Units (polygons)</source>
      <translation>Enheter (polygoner)</translation>
    </message>
    <message>
      <location filename="processing/structure_params.py" line="210" />
      <source>Units for county and national borders (e.g. municipalities)</source>
      <translation>Enheter för läns- och riksgränser (t.ex. kommuner)</translation>
    </message>
    <message>
      <location filename="processing/degurbaunits.py" line="183" />
      <source>Units per class: {counts}.</source>
      <translation>Enheter per klass: {counts}.</translation>
    </message>
    <message>
      <location filename="processing/regionchange.py" line="238" />
      <location filename="processing/regionchange_report.py" line="64" />
      <location filename="processing/regionchange_report.py" line="71" />
      <source>Units that changed region</source>
      <translation>Enheter som bytte region</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="110" />
      <source>Units without a region</source>
      <translation>Enheter utan region</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba_parameters.py" line="471" />
      <source>Unknown DEGURBA parameter '{name}'. Known parameters: {known}.</source>
      <translation>Okänd DEGURBA-parameter '{name}'. Kända parametrar: {known}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba_parameters.py" line="437" />
      <source>Unknown DEGURBA preset {preset!r}; choose one of {presets}.</source>
      <translation>Okänd DEGURBA-förinställning {preset!r}; välj en av {presets}.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/euro.py" line="277" />
      <source>Unknown EURO variant {variant!r}: use one of {variants}.</source>
      <translation>Okänd EURO-variant {variant!r}: använd en av {variants}.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/tolbert.py" line="419" />
      <source>Unknown algorithm {algorithm!r}: use 'sparse' or 'dense'.</source>
      <translation>Okänd algoritm {algorithm!r}: använd 'sparse' eller 'dense'.</translation>
    </message>
    <message>
      <location filename="regionatlas/structureimage/corridors.py" line="74" />
      <source>Unknown corridor rule '{rule}'; use one of {rules}.</source>
      <translation>Okänd stråkregel '{rule}'; använd en av {rules}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/dominant_flows.py" line="207" />
      <source>Unknown dominant-flow mode {mode!r}; choose one of {modes}.</source>
      <translation>Okänt läge för dominerande flöden {mode!r}; välj ett av {modes}.</translation>
    </message>
    <message>
      <location filename="regionatlas/compiled.py" line="42" />
      <source>Unknown engine {engine!r}: use 'auto', 'python' or 'compiled'.</source>
      <translation>Okänd beräkningsmotor {engine!r}: använd 'auto', 'python' eller 'compiled'.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/grid_input.py" line="81" />
      <source>Unknown grid unit {unit!r}.</source>
      <translation>Okänd enhet för rutnätet: {unit!r}.</translation>
    </message>
    <message>
      <location filename="regionatlas/webatlas/model.py" line="107" />
      <source>Unknown language '{language}' for the web atlas; use one of {known}.</source>
      <translation>Okänt språk '{language}' för webbatlasen; använd något av {known}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="361" />
      <source>Unknown rule preset {name!r}; choose one of {presets} (or '{composite}' in index mode).</source>
      <translation>Okänd förinställd regeltabell {name!r}; välj en av {presets} (eller '{composite}' i indexläge).</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba.py" line="712" />
      <source>Unknown unit rules {rules!r}; choose one of {presets}.</source>
      <translation>Okända enhetsregler {rules!r}; välj en av {presets}.</translation>
    </message>
    <message>
      <location filename="processing/relinknotes.py" line="89" />
      <source>Unmatched feature keys</source>
      <translation>Omatchade objektnycklar</translation>
    </message>
    <message>
      <location filename="processing/relinknotes.py" line="164" />
      <source>Unmatched keys: {keys}</source>
      <translation>Omatchade nycklar: {keys}</translation>
    </message>
    <message>
      <location filename="plugin.py" line="126" />
      <source>User guide</source>
      <translation>Användarhandledning</translation>
    </message>
    <message>
      <location filename="processing/attribute_display.py" line="32" />
      <source>V: validity (&gt;= 1 valid)</source>
      <translation>V: giltighet (&gt;= 1 giltig)</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="82" />
      <source>Validity V is computed with the EURO parameters MIN_SIZE {a:g}, MIN_SC {b:g}, TARGET_SIZE {c:g}, TARGET_SC {d:g}; this method does not use them.</source>
      <translation>Giltigheten V beräknas med EURO-parametrarna MIN_SIZE {a:g}, MIN_SC {b:g}, TARGET_SIZE {c:g}, TARGET_SC {d:g}; den här metoden använder dem inte.</translation>
    </message>
    <message>
      <location filename="processing/charts.py" line="64" />
      <location filename="processing/notesreport.py" line="94" />
      <source>Value</source>
      <translation>Värde</translation>
    </message>
    <message>
      <location filename="processing/structure_params.py" line="240" />
      <source>Value of the corridor rule (0 = the rule's default)</source>
      <translation>Värde för stråkregeln (0 = regelns standardvärde)</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/od.py" line="41" />
      <source>Variable '{name}' holds {n} values ({codes}); choose one or add them up.</source>
      <translation>Variabeln '{name}' har {n} värden ({codes}); välj ett eller summera dem.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/query.py" line="30" />
      <source>Variable '{variable}' lists a value twice.</source>
      <translation>Variabeln '{variable}' anger samma värde två gånger.</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="92" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="processing/attribute_display.py" line="30" />
      <source>W: jobs</source>
      <translation>W: arbetstillfällen</translation>
    </message>
    <message>
      <location filename="processing/loadscbboundaries.py" line="91" />
      <source>WFS address</source>
      <translation>WFS-adress</translation>
    </message>
    <message>
      <location filename="processing/exportwebatlas.py" line="212" />
      <source>Web atlas written to {path}: {n} layers, {features} features, {kb} kB.</source>
      <translation>Webbatlasen skrevs till {path}: {n} lager, {features} objekt, {kb} kB.</translation>
    </message>
    <message>
      <location filename="processing/exportwebatlas.py" line="162" />
      <source>Web page (index.html)</source>
      <translation>Webbsida (index.html)</translation>
    </message>
    <message>
      <location filename="ui/notes_dock.ui" line="235" />
      <source>What was said, by whom (role), about this place</source>
      <translation>Vad som sades, av vem (roll), om den här platsen</translation>
    </message>
    <message>
      <location filename="processing/dominantflows.py" line="95" />
      <source>When OD ids are missing from the nodes</source>
      <translation>När OD-id saknas i noderna</translation>
    </message>
    <message>
      <location filename="processing/od_input.py" line="85" />
      <source>When OD ids are missing from the zones</source>
      <translation>När OD-id saknas i zonerna</translation>
    </message>
    <message>
      <location filename="processing/laregionsfromindicators.py" line="118" />
      <source>When units are missing from the zones</source>
      <translation>När enheter saknas i zonerna</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="90" />
      <source>Where the notes are</source>
      <translation>Var anteckningarna finns</translation>
    </message>
    <message>
      <location filename="ui/notes_dock.ui" line="45" />
      <source>Where the notes are kept: a GeoPackage beside the project, or PostgreSQL/PostGIS for a team</source>
      <translation>Var anteckningarna sparas: en GeoPackage bredvid projektet, eller PostgreSQL/PostGIS för en arbetsgrupp</translation>
    </message>
    <message>
      <location filename="ui/dependency_dialog.py" line="65" />
      <source>Why</source>
      <translation>Orsak</translation>
    </message>
    <message>
      <location filename="processing/flowlines.py" line="140" />
      <location filename="processing/structure_params.py" line="249" />
      <source>Width classes</source>
      <translation>Breddklasser</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/flowlines.py" line="68" />
      <location filename="regionatlas/structureimage/corridors.py" line="93" />
      <source>Width classes must be between {low} and {high} (got {value}).</source>
      <translation>Antalet breddklasser måste vara mellan {low} och {high} (angivet värde: {value}).</translation>
    </message>
    <message>
      <location filename="processing/flow_styles.py" line="66" />
      <location filename="processing/style_labels.py" line="50" />
      <source>Within the border</source>
      <translation>Inom gränsen</translation>
    </message>
    <message>
      <location filename="processing/commuting_loader.py" line="80" />
      <source>Women</source>
      <translation>Kvinnor</translation>
    </message>
    <message>
      <location filename="processing/commuting_loader.py" line="112" />
      <source>Work region variable (empty: found from the table's metadata)</source>
      <translation>Variabel för arbetsställeregion (tom: hittas i tabellens metadata)</translation>
    </message>
    <message>
      <location filename="ui/notes_editor.py" line="103" />
      <source>Write the note's text first.</source>
      <translation>Skriv anteckningens text först.</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="163" />
      <source>Writes a readable knowledge-base report (kunskapsunderlag) of the notes: grouped by theme and then by place (the label of the linked feature; a note on several places appears under each), newest first, with the stakeholder table and the interest/influence matrix chart. HTML always; PDF when a file is given (printed with Qt's rich-text engine).&lt;br&gt;&lt;br&gt;Source: the user guide, section Stakeholder notes; matrix after Mendelow (1991), quadrants split at score 3.&lt;br&gt;&lt;br&gt;&lt;b&gt;Parameters&lt;/b&gt;&lt;br&gt;&lt;i&gt;Notes store&lt;/i&gt;: the GeoPackage file, a PostgreSQL conninfo, a pg service name, or &lt;tt&gt;pgconn:&amp;lt;name&amp;gt;&lt;/tt&gt; for a QGIS saved connection.&lt;br&gt;</source>
      <translation>Skriver ett läsbart kunskapsunderlag i rapportform av anteckningarna: grupperade efter tema och sedan efter plats (etiketten för det kopplade objektet; en anteckning om flera platser visas under var och en), nyaste först, med aktörstabellen och diagrammet med intresse-/inflytandematrisen. Alltid HTML; PDF när en fil anges (skrivs ut med Qts motor för formaterad text).&lt;br&gt;&lt;br&gt;Källa: användarhandledningen, avsnittet Aktörsanteckningar; matris enligt Mendelow (1991), kvadranterna delade vid poängen 3.&lt;br&gt;&lt;br&gt;&lt;b&gt;Parametrar&lt;/b&gt;&lt;br&gt;&lt;i&gt;Anteckningsdatabas&lt;/i&gt;: GeoPackage-filen, en PostgreSQL-conninfo, ett pg-tjänstnamn eller &lt;tt&gt;pgconn:&amp;lt;name&amp;gt;&lt;/tt&gt; för en sparad anslutning i QGIS.&lt;br&gt;</translation>
    </message>
    <message>
      <location filename="processing/exportwebatlas.py" line="82" />
      <source>Writes the chosen layers as a web map in a folder that anyone can open: index.html opens from disk (file://) or from any web server, with no build step and no internet connection (the map library Leaflet 1.9.4, BSD-2-Clause, is shipped with the plugin and copied into the folder with its licence). The page has a layer switcher, legends taken from the layers' QGIS styles (single symbol, categorized, graduated, rule-based: each feature keeps the colour QGIS gives it), popups with the field values (field aliases where set), the layers' labels, a scale bar, a title and, under 'About the map', how each layer was made (the RegionAtlas provenance in its metadata). The data are GeoJSON (RFC 7946) in WGS 84, simplified for the web and rounded, each file wrapped in one line of JavaScript so that browsers load it from disk.&lt;br&gt;&lt;br&gt;Source: GeoJSON, RFC 7946 (IETF 2016); simplification after Douglas and Peucker (1973), topology-preserving (GEOS); Leaflet 1.9.4 (leafletjs.com).&lt;br&gt;&lt;br&gt;&lt;b&gt;Parameters&lt;/b&gt;&lt;br&gt;&lt;i&gt;Layers&lt;/i&gt;: vector layers, drawn polygons below lines below points.&lt;br&gt;&lt;i&gt;Title&lt;/i&gt;: the heading of the page.&lt;br&gt;&lt;i&gt;Language&lt;/i&gt;: of the page's own text (Swedish or English); by default that of QGIS.&lt;br&gt;&lt;i&gt;Include stakeholder notes&lt;/i&gt;: notes layers are published only when this is ticked (off by default); otherwise the export stops and names the layer.&lt;br&gt;&lt;i&gt;Style layers read from files&lt;/i&gt;: a layer read from a file (not a layer of the open project) whose table or file name is that of a bundled RegionAtlas style (e.g. commuting_regions, flowlines) gets that style.&lt;br&gt;&lt;i&gt;Simplification tolerance (m)&lt;/i&gt;: Douglas-Peucker with topology preserved; 0 keeps every vertex.&lt;br&gt;&lt;i&gt;Coordinate decimals&lt;/i&gt;: 5 is about 1 m.&lt;br&gt;&lt;i&gt;Output folder&lt;/i&gt;: a new or empty folder, or an earlier web atlas, which is replaced; any other folder is left untouched.</source>
      <translation>Skriver de valda lagren som en webbkarta i en mapp som vem som helst kan öppna: index.html öppnas direkt från disken (file://) eller från vilken webbserver som helst, utan byggsteg och utan internetanslutning (kartbiblioteket Leaflet 1.9.4, BSD-2-Clause, följer med insticksprogrammet och kopieras till mappen tillsammans med sin licens). Sidan har en lagerväljare, teckenförklaringar hämtade från lagrens QGIS-stilar (enkel symbol, kategoriserad, graderad, regelbaserad: varje objekt behåller den färg QGIS ger det), popupfönster med fältens värden (fältalias där de finns), lagrens etiketter, skalstock, rubrik och, under 'Om kartan', hur varje lager har tagits fram (RegionAtlas härkomstuppgifter i lagrets metadata). Data är GeoJSON (RFC 7946) i WGS 84, generaliserade för webben och avrundade, och varje fil är inlindad i en rad JavaScript så att webbläsare kan läsa den från disken.&lt;br&gt;&lt;br&gt;Källa: GeoJSON, RFC 7946 (IETF 2016); generalisering enligt Douglas och Peucker (1973), topologibevarande (GEOS); Leaflet 1.9.4 (leafletjs.com).&lt;br&gt;&lt;br&gt;&lt;b&gt;Parametrar&lt;/b&gt;&lt;br&gt;&lt;i&gt;Lager&lt;/i&gt;: vektorlager; ytor ritas under linjer och linjer under punkter.&lt;br&gt;&lt;i&gt;Rubrik&lt;/i&gt;: sidans rubrik.&lt;br&gt;&lt;i&gt;Språk&lt;/i&gt;: för sidans egna texter (svenska eller engelska); som standard QGIS språk.&lt;br&gt;&lt;i&gt;Ta med aktörsanteckningar&lt;/i&gt;: lager med anteckningar publiceras bara när detta är ikryssat (av som standard); annars avbryts exporten och lagret namnges.&lt;br&gt;&lt;i&gt;Ge lager som läses från filer de medföljande stilarna&lt;/i&gt;: ett lager som läses från en fil (inte ett lager i det öppna projektet) och vars tabell- eller filnamn är namnet på en medföljande RegionAtlas-stil (t.ex. commuting_regions, flowlines) får den stilen.&lt;br&gt;&lt;i&gt;Tolerans för generalisering (m)&lt;/i&gt;: Douglas-Peucker med bevarad topologi; 0 behåller alla brytpunkter.&lt;br&gt;&lt;i&gt;Decimaler i koordinaterna&lt;/i&gt;: 5 motsvarar ungefär 1 m.&lt;br&gt;&lt;i&gt;Utmapp&lt;/i&gt;: en ny eller tom mapp, eller en tidigare webbatlas, som då ersätts; andra mappar lämnas orörda.</translation>
    </message>
    <message>
      <location filename="processing/exportnotes.py" line="62" />
      <source>Writes the notes of a notes store joined to the features they are about: one row per note and linked feature (a note on two places gives two rows; a note without a place gives one row without geometry), with theme, kind, stance, follow-up status, text, author, stakeholder, dataset key, feature key and label. The geometry is the copy kept with the link (in the store's CRS), so notes on deleted features are exported too.&lt;br&gt;&lt;br&gt;Source: the user guide, section Stakeholder notes.&lt;br&gt;&lt;br&gt;&lt;b&gt;Parameters&lt;/b&gt;&lt;br&gt;&lt;i&gt;Notes store&lt;/i&gt;: the GeoPackage file beside the project, a PostgreSQL conninfo, a pg service name, or &lt;tt&gt;pgconn:&amp;lt;name&amp;gt;&lt;/tt&gt; for a QGIS saved connection.&lt;br&gt;</source>
      <translation>Skriver anteckningarna i en anteckningsdatabas kopplade till de objekt de gäller: en rad per anteckning och kopplat objekt (en anteckning om två platser ger två rader; en anteckning utan plats ger en rad utan geometri), med tema, typ, hållning, uppföljningsstatus, text, författare, aktör, datamängdsnyckel, objektnyckel och etikett. Geometrin är den kopia som sparas med länken (i databasens CRS), så anteckningar om borttagna objekt exporteras också.&lt;br&gt;&lt;br&gt;Källa: användarhandledningen, avsnittet Aktörsanteckningar.&lt;br&gt;&lt;br&gt;&lt;b&gt;Parametrar&lt;/b&gt;&lt;br&gt;&lt;i&gt;Anteckningsdatabas&lt;/i&gt;: GeoPackage-filen bredvid projektet, en PostgreSQL-conninfo, ett pg-tjänstnamn eller &lt;tt&gt;pgconn:&amp;lt;name&amp;gt;&lt;/tt&gt; för en sparad anslutning i QGIS.&lt;br&gt;</translation>
    </message>
    <message>
      <location filename="processing/structure_export.py" line="159" />
      <source>Written: {path}</source>
      <translation>Skriven: {path}</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/change.py" line="174" />
      <source>YEARS lists {n} year(s) but there are {m} inputs: give one year per input, in the order of the inputs.</source>
      <translation>YEARS anger {n} år men det finns {m} indata: ange ett år per indata, i samma ordning som indata.</translation>
    </message>
    <message>
      <location filename="processing/charts.py" line="84" />
      <location filename="processing/commutingregions.py" line="199" />
      <source>Year</source>
      <translation>År</translation>
    </message>
    <message>
      <location filename="processing/od_input.py" line="73" />
      <location filename="processing/pipeline.py" line="43" />
      <location filename="processing/regionchange.py" line="99" />
      <source>Year field</source>
      <translation>Årsfält</translation>
    </message>
    <message>
      <location filename="processing/od_input.py" line="76" />
      <location filename="processing/pipeline.py" line="44" />
      <location filename="processing/structure_params.py" line="166" />
      <source>Year to use</source>
      <translation>År att använda</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/change.py" line="205" />
      <source>Year {year} occurs in two inputs: '{a}' and '{b}'.</source>
      <translation>Året {year} förekommer i två indata: '{a}' och '{b}'.</translation>
    </message>
    <message>
      <location filename="processing/regionchange_report.py" line="60" />
      <location filename="processing/regionchange_report.py" line="30" />
      <source>Years</source>
      <translation>År</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/commuting.py" line="181" />
      <source>Years '{part}': the range runs backwards.</source>
      <translation>År '{part}': intervallet går baklänges.</translation>
    </message>
    <message>
      <location filename="processing/regionchange.py" line="98" />
      <source>Years (comma-separated; one per input without a year field)</source>
      <translation>År (kommaseparerade; ett per indata om årsfält saknas)</translation>
    </message>
    <message>
      <location filename="processing/commuting_loader.py" line="78" />
      <source>Years (e.g. 2022 or 2019-2023; empty: the latest)</source>
      <translation>År (t.ex. 2022 eller 2019-2023; tom: det senaste)</translation>
    </message>
    <message>
      <location filename="ui/notes_editor.py" line="196" />
      <source>You can undo this until you delete another note or close the project.</source>
      <translation>Du kan ångra det tills du tar bort en annan anteckning eller stänger projektet.</translation>
    </message>
    <message>
      <location filename="ui/notes_editor.py" line="141" />
      <source>Your text is still in the form: press Save to try again.</source>
      <translation>Din text finns kvar i formuläret: tryck på Spara för att försöka igen.</translation>
    </message>
    <message>
      <location filename="processing/zone_input.py" line="116" />
      <source>Zone '{id}' has an invalid geometry that could not be repaired.</source>
      <translation>Zonen '{id}' har en ogiltig geometri som inte kunde repareras.</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="46" />
      <location filename="processing/zone_input.py" line="45" />
      <source>Zone id field</source>
      <translation>Zon-id-fält</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="52" />
      <source>Zone id of each settlement</source>
      <translation>Zon-id för varje tätort</translation>
    </message>
    <message>
      <location filename="processing/zone_input.py" line="107" />
      <source>Zone ids must be unique; these occur more than once in '{field}': {ids}.</source>
      <translation>Zonernas id måste vara unika; dessa förekommer mer än en gång i '{field}': {ids}.</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="47" />
      <source>Zone name field</source>
      <translation>Namnfält för zonerna</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="45" />
      <source>Zones (municipalities)</source>
      <translation>Zoner (kommuner)</translation>
    </message>
    <message>
      <location filename="processing/zone_input.py" line="41" />
      <source>Zones (units)</source>
      <translation>Zoner (enheter)</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/model.py" line="312" />
      <source>a note link needs a dataset key (the layer's data source id)</source>
      <translation>en anteckningskoppling behöver en datamängdsnyckel (lagrets id för datakällan)</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/model.py" line="314" />
      <source>a note link to dataset {dataset!r} needs a feature key value</source>
      <translation>en anteckningskoppling till datamängden {dataset!r} behöver ett värde för objektnyckeln</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/model.py" line="225" />
      <source>a note link's dataset key contains a NUL character, which cannot be stored</source>
      <translation>en anteckningskopplings datamängdsnyckel innehåller ett NUL-tecken, som inte kan sparas</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/model.py" line="228" />
      <source>a note link's dataset key contains characters that are not valid Unicode</source>
      <translation>en anteckningskopplings datamängdsnyckel innehåller tecken som inte är giltig Unicode</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/model.py" line="223" />
      <source>a note link's dataset key must be text, got {type}</source>
      <translation>en anteckningskopplings datamängdsnyckel måste vara text, fick {type}</translation>
    </message>
    <message>
      <location filename="ui/stakeholder_register.ui" line="126" />
      <source>a role, not a person's name</source>
      <translation>en roll, inte en persons namn</translation>
    </message>
    <message>
      <location filename="processing/flowlines.py" line="268" />
      <source>all flows</source>
      <translation>alla flöden</translation>
    </message>
    <message>
      <location filename="ui/dependency_dialog.py" line="235" />
      <source>all methods</source>
      <translation>alla metoder</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="56" />
      <source>all regions</source>
      <translation>alla regioner</translation>
    </message>
    <message>
      <location filename="processing/settlement_report.py" line="48" />
      <location filename="processing/settlement_report.py" line="26" />
      <location filename="processing/settlement_report.py" line="85" />
      <source>all settlements</source>
      <translation>alla orter</translation>
    </message>
    <message>
      <location filename="ui/notes_features.py" line="204" />
      <source>and {n} more</source>
      <translation>och {n} till</translation>
    </message>
    <message>
      <location filename="processing/flowlines.py" line="259" />
      <source>at least {n}</source>
      <translation>minst {n}</translation>
    </message>
    <message>
      <location filename="processing/structure_build.py" line="55" />
      <source>border field</source>
      <translation>gränsfältet</translation>
    </message>
    <message>
      <location filename="processing/degurba.py" line="69" />
      <source>built-up</source>
      <translation>bebyggd yta</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba.py" line="106" />
      <source>cell_size must be one number or (x size, y size) in metres.</source>
      <translation>cell_size måste vara ett tal eller (storlek i x, storlek i y) i meter.</translation>
    </message>
    <message>
      <location filename="processing/polycentricity.py" line="145" />
      <source>centre id field</source>
      <translation>kärnornas id-fält</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="57" />
      <source>changed region</source>
      <translation>bytt region</translation>
    </message>
    <message>
      <location filename="processing/regionchange_report.py" line="42" />
      <source>chart of regions per year</source>
      <translation>diagram över regioner per år</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="70" />
      <source>city</source>
      <translation>stad</translation>
    </message>
    <message>
      <location filename="processing/structure_build.py" line="52" />
      <source>class field</source>
      <translation>klassfältet</translation>
    </message>
    <message>
      <location filename="processing/regionchange_report.py" line="22" />
      <source>commuting OD tables, one method</source>
      <translation>OD-tabeller för pendling, en metod</translation>
    </message>
    <message>
      <location filename="processing/od_input.py" line="104" />
      <source>count field</source>
      <translation>antalsfältet</translation>
    </message>
    <message>
      <location filename="processing/structure_build.py" line="56" />
      <source>country field</source>
      <translation>landsfältet</translation>
    </message>
    <message>
      <location filename="processing/structure_build.py" line="164" />
      <source>country field of the borders</source>
      <translation>gränsernas landsfält</translation>
    </message>
    <message>
      <location filename="processing/structure_build.py" line="161" />
      <location filename="processing/structure_build.py" line="151" />
      <source>county field of the borders</source>
      <translation>gränsernas länsfält</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="73" />
      <source>dense town</source>
      <translation>tät småstad</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="69" />
      <source>dense urban cluster</source>
      <translation>tätt urbant kluster</translation>
    </message>
    <message>
      <location filename="processing/od_input.py" line="103" />
      <source>destination field</source>
      <translation>destinationsfältet</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="77" />
      <source>dispersed rural area</source>
      <translation>spridd landsbygd</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/_sql.py" line="466" />
      <source>engagement {engagement}: stakeholder {uuid} does not exist in {store}</source>
      <translation>dialogtillfälle {engagement}: aktören {uuid} finns inte i {store}</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/model.py" line="384" />
      <source>engagement {uuid}: date {date!r} is not an ISO date (YYYY-MM-DD)</source>
      <translation>dialogtillfälle {uuid}: datumet {date!r} är inte ett ISO-datum (YYYY-MM-DD)</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/model.py" line="392" />
      <source>engagement {uuid}: the event description is empty</source>
      <translation>dialogtillfälle {uuid}: beskrivningen av tillfället är tom</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/model.py" line="211" />
      <source>engagement {uuid}: the {field} contains a NUL character, which cannot be stored</source>
      <translation>dialogtillfälle {uuid}: fältet '{field}' innehåller ett NUL-tecken, som inte kan sparas</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/model.py" line="216" />
      <source>engagement {uuid}: the {field} contains characters that are not valid Unicode</source>
      <translation>dialogtillfälle {uuid}: fältet '{field}' innehåller tecken som inte är giltig Unicode</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/model.py" line="204" />
      <source>engagement {uuid}: the {field} must be text, got {type}</source>
      <translation>dialogtillfälle {uuid}: fältet '{field}' måste vara text, fick {type}</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/_sql.py" line="917" />
      <source>erase_person: give a full name or e-mail address (at least 3 characters); {person!r} would match far too much</source>
      <translation>erase_person: ange ett fullständigt namn eller en e-postadress (minst 3 tecken); {person!r} skulle träffa alldeles för mycket</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/_sql.py" line="912" />
      <source>erase_person: mode must be 'erase' or 'anonymise', not {mode!r}</source>
      <translation>erase_person: läget måste vara 'erase' eller 'anonymise', inte {mode!r}</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/_sql.py" line="139" />
      <source>feature {feature} of dataset {dataset}: the geometry is not valid WKB ({detail})</source>
      <translation>objekt {feature} i datamängden {dataset}: geometrin är inte giltig WKB ({detail})</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/_sql.py" line="123" />
      <source>feature {feature} of dataset {dataset}: the geometry must be WKB bytes, got {type}</source>
      <translation>objekt {feature} i datamängden {dataset}: geometrin måste vara WKB-byte, fick {type}</translation>
    </message>
    <message>
      <location filename="ui/dependency_dialog.py" line="236" />
      <source>geometry helpers</source>
      <translation>geometrifunktioner</translation>
    </message>
    <message>
      <location filename="processing/laregionsfromindicators.py" line="150" />
      <source>indicator table</source>
      <translation>indikatortabellen</translation>
    </message>
    <message>
      <location filename="processing/regionchange.py" line="133" />
      <source>indicator tables</source>
      <translation>indikatortabeller</translation>
    </message>
    <message>
      <location filename="processing/regionchange.py" line="151" />
      <source>input '{name}'</source>
      <translation>indata '{name}'</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="35" />
      <source>it has no employed residents</source>
      <translation>den saknar förvärvsarbetande boende</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="36" />
      <source>it has no jobs</source>
      <translation>den saknar arbetstillfällen</translation>
    </message>
    <message>
      <location filename="processing/guards.py" line="183" />
      <source>it is a file, not a folder</source>
      <translation>det är en fil, inte en mapp</translation>
    </message>
    <message>
      <location filename="processing/guards.py" line="164" />
      <source>it is a folder, not a file</source>
      <translation>det är en mapp, inte en fil</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="41" />
      <source>its only flows are to itself ({n} persons)</source>
      <translation>dess enda flöden går till den själv ({n} personer)</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="37" />
      <source>its remaining flows go to units that were set aside</source>
      <translation>dess återstående flöden går till enheter som lagts åt sidan</translation>
    </message>
    <message>
      <location filename="processing/flowlines.py" line="119" />
      <source>k largest flows per origin (0 = off)</source>
      <translation>k största flöden per ursprung (0 = av)</translation>
    </message>
    <message>
      <location filename="processing/structure_params.py" line="230" />
      <source>k largest per node</source>
      <translation>k största per nod</translation>
    </message>
    <message>
      <location filename="processing/degurba.py" line="68" />
      <location filename="processing/degurbaunits.py" line="97" />
      <source>land</source>
      <translation>permanent land</translation>
    </message>
    <message>
      <location filename="processing/laregionsfromindicators.py" line="142" />
      <source>largest destination field</source>
      <translation>fältet för största destination</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/_sql.py" line="133" />
      <source>link of note {note} to {feature}: the geometry is not valid WKB ({detail})</source>
      <translation>koppling från anteckning {note} till {feature}: geometrin är inte giltig WKB ({detail})</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/_sql.py" line="117" />
      <source>link of note {note} to {feature}: the geometry must be WKB bytes, got {type}</source>
      <translation>koppling från anteckning {note} till {feature}: geometrin måste vara WKB-byte, fick {type}</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/_sql.py" line="641" />
      <source>list_notes: offset needs a limit</source>
      <translation>list_notes: offset kräver en limit</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="65" />
      <source>low-density rural</source>
      <translation>glesbefolkad landsbygd</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="78" />
      <source>mostly uninhabited area</source>
      <translation>huvudsakligen obebott område</translation>
    </message>
    <message>
      <location filename="processing/degurba_params.py" line="52" />
      <source>m² per cell (GHSL)</source>
      <translation>m² per cell (GHSL)</translation>
    </message>
    <message>
      <location filename="processing/structure_build.py" line="51" />
      <source>name field</source>
      <translation>namnfältet</translation>
    </message>
    <message>
      <location filename="processing/structure_corridors.py" line="299" />
      <source>network</source>
      <translation>nätverk</translation>
    </message>
    <message>
      <location filename="ui/dependency_dialog.py" line="237" />
      <source>network communities (Leiden)</source>
      <translation>nätverksgemenskaper (Leiden)</translation>
    </message>
    <message>
      <location filename="processing/charts.py" line="60" />
      <source>no</source>
      <translation>nej</translation>
    </message>
    <message>
      <location filename="processing/structure_export.py" line="209" />
      <source>no detail</source>
      <translation>inga detaljer</translation>
    </message>
    <message>
      <location filename="processing/region_styles.py" line="109" />
      <source>no region (zero list, unassigned)</source>
      <translation>ingen region (nollista, otilldelad)</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="105" />
      <source>no stakeholder</source>
      <translation>ingen aktör</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba.py" line="192" />
      <source>nodata_policy must be 'error', 'zero' or 'outside', not {policy!r}.</source>
      <translation>nodata_policy måste vara 'error', 'zero' eller 'outside', inte {policy!r}.</translation>
    </message>
    <message>
      <location filename="processing/structure_build.py" line="57" />
      <source>node id field</source>
      <translation>nod-id-fältet</translation>
    </message>
    <message>
      <location filename="processing/structure_export.py" line="220" />
      <source>none</source>
      <translation>inga</translation>
    </message>
    <message>
      <location filename="processing/charts.py" line="71" />
      <source>not valid (V &lt; 1)</source>
      <translation>inte giltig (V &lt; 1)</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/_sql.py" line="472" />
      <source>note {note}: stakeholder {uuid} does not exist in {store}</source>
      <translation>anteckning {note}: aktören {uuid} finns inte i {store}</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/model.py" line="355" />
      <source>note {uuid}: created {created!r} is not an ISO date/time (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS...Z)</source>
      <translation>anteckning {uuid}: skapad {created!r} är inte ett ISO-datum/tid (YYYY-MM-DD eller YYYY-MM-DDTHH:MM:SS...Z)</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/model.py" line="351" />
      <source>note {uuid}: the text is empty</source>
      <translation>anteckning {uuid}: texten är tom</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/model.py" line="192" />
      <source>note {uuid}: the {field} contains a NUL character, which cannot be stored</source>
      <translation>anteckning {uuid}: fältet '{field}' innehåller ett NUL-tecken, som inte kan sparas</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/model.py" line="197" />
      <source>note {uuid}: the {field} contains characters that are not valid Unicode</source>
      <translation>anteckning {uuid}: fältet '{field}' innehåller tecken som inte är giltig Unicode</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/model.py" line="185" />
      <source>note {uuid}: the {field} must be text, got {type}</source>
      <translation>anteckning {uuid}: fältet '{field}' måste vara text, fick {type}</translation>
    </message>
    <message>
      <location filename="regionatlas/compiled.py" line="58" />
      <source>numba is not installed, so {method} ran its Python loop instead of the compiled one: the same result, only slower. Install numba for country-scale tables.</source>
      <translation>numba är inte installerat, så {method} kördes med Python-loopen i stället för den kompilerade: samma resultat, bara långsammare. Installera numba för tabeller i nationell skala.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/polycentricity.py" line="126" />
      <source>on_too_few must be 'error' or 'flag', not {on_too_few!r}.</source>
      <translation>on_too_few måste vara 'error' eller 'flag', inte {on_too_few!r}.</translation>
    </message>
    <message>
      <location filename="processing/od_input.py" line="102" />
      <source>origin field</source>
      <translation>ursprungsfältet</translation>
    </message>
    <message>
      <location filename="processing/laregionsfromindicators.py" line="143" />
      <source>p1 field</source>
      <translation>p1-fältet</translation>
    </message>
    <message>
      <location filename="processing/regionchange.py" line="106" />
      <source>p1 field (indicator tables)</source>
      <translation>p1-fält (indikatortabeller)</translation>
    </message>
    <message>
      <location filename="processing/laregionsfromindicators.py" line="108" />
      <source>p1 field (share working in another unit)</source>
      <translation>p1-fält (andel som arbetar i en annan enhet)</translation>
    </message>
    <message>
      <location filename="processing/attribute_display.py" line="35" />
      <source>p1: share working in another unit</source>
      <translation>p1: andel som arbetar i en annan enhet</translation>
    </message>
    <message>
      <location filename="processing/laregionsfromindicators.py" line="144" />
      <source>p2 field</source>
      <translation>p2-fältet</translation>
    </message>
    <message>
      <location filename="processing/regionchange.py" line="107" />
      <source>p2 field (indicator tables)</source>
      <translation>p2-fält (indikatortabeller)</translation>
    </message>
    <message>
      <location filename="processing/laregionsfromindicators.py" line="109" />
      <source>p2 field (share working in the largest destination)</source>
      <translation>p2-fält (andel som arbetar i största destinationen)</translation>
    </message>
    <message>
      <location filename="processing/attribute_display.py" line="36" />
      <source>p2: share working in the largest destination</source>
      <translation>p2: andel som arbetar i största destinationen</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/degurba.py" line="287" />
      <source>padding must be one number of cells or (top, bottom, left, right) &gt;= 0.</source>
      <translation>padding måste vara ett antal celler eller (överkant, underkant, vänster, höger), alla &gt;= 0.</translation>
    </message>
    <message>
      <location filename="processing/flowlines.py" line="267" />
      <source>pairs merged</source>
      <translation>par sammanslagna</translation>
    </message>
    <message>
      <location filename="processing/regionchange.py" line="133" />
      <location filename="processing/regionchange_report.py" line="21" />
      <source>partition tables</source>
      <translation>indelningstabeller</translation>
    </message>
    <message>
      <location filename="ui/dependency_dialog.py" line="195" />
      <source>pip failed (exit code {code}); its full output is below. Nothing was changed in QGIS's own Python.</source>
      <translation>pip misslyckades (slutkod {code}); hela utskriften finns nedan. Inget ändrades i QGIS:s egen Python.</translation>
    </message>
    <message>
      <location filename="ui/dependency_dialog.py" line="81" />
      <source>pip's output appears here.</source>
      <translation>Utskriften från pip visas här.</translation>
    </message>
    <message>
      <location filename="processing/degurba.py" line="62" />
      <location filename="processing/degurba_input.py" line="31" />
      <location filename="processing/degurbaunits.py" line="89" />
      <source>population</source>
      <translation>befolkning</translation>
    </message>
    <message>
      <location filename="processing/settlement_report.py" line="49" />
      <source>rank - 1/2 (log scale)</source>
      <translation>rang - 1/2 (logaritmisk skala)</translation>
    </message>
    <message>
      <location filename="processing/structure_build.py" line="53" />
      <source>rank field</source>
      <translation>rangfältet</translation>
    </message>
    <message>
      <location filename="ui/notes_features.py" line="146" />
      <source>read-only</source>
      <translation>skrivskyddad</translation>
    </message>
    <message>
      <location filename="processing/polycentricity.py" line="148" />
      <location filename="processing/structure_build.py" line="123" />
      <source>region field</source>
      <translation>regionfältet</translation>
    </message>
    <message>
      <location filename="processing/polycentricity.py" line="123" />
      <source>region id field (REGIONS_ID_FIELD)</source>
      <translation>regionernas id-fält (REGIONS_ID_FIELD)</translation>
    </message>
    <message>
      <location filename="processing/structure_build.py" line="125" />
      <source>region name field</source>
      <translation>fältet för regionnamn</translation>
    </message>
    <message>
      <location filename="ui/notes_dock.ui" line="315" />
      <source>role or initials, not a name</source>
      <translation>roll eller initialer, inte ett namn</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="61" />
      <source>rural</source>
      <translation>landsbygd</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="72" />
      <source>rural area</source>
      <translation>landsbygdsområde</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="66" />
      <source>rural cluster</source>
      <translation>landsbygdskluster</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="58" />
      <source>same region</source>
      <translation>samma region</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="74" />
      <source>semi-dense town</source>
      <translation>halvtät småstad</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="68" />
      <source>semi-dense urban cluster</source>
      <translation>halvtätt urbant kluster</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="136" />
      <source>size / self-containment scatter with the validity curve</source>
      <translation>punktdiagram över storlek / självinneslutning med giltighetskurvan</translation>
    </message>
    <message>
      <location filename="processing/polycentricity.py" line="146" />
      <location filename="processing/structure_build.py" line="54" />
      <source>size field</source>
      <translation>storleksfältet</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/model.py" line="288" />
      <source>stakeholder {uuid}: organisation is empty</source>
      <translation>aktör {uuid}: organisation saknas</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/model.py" line="173" />
      <source>stakeholder {uuid}: {field} contains a NUL character, which cannot be stored</source>
      <translation>aktör {uuid}: fältet '{field}' innehåller ett NUL-tecken, som inte kan sparas</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/model.py" line="178" />
      <source>stakeholder {uuid}: {field} contains characters that are not valid Unicode</source>
      <translation>aktör {uuid}: fältet '{field}' innehåller tecken som inte är giltig Unicode</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/model.py" line="166" />
      <source>stakeholder {uuid}: {field} must be text, got {type}</source>
      <translation>aktör {uuid}: fältet '{field}' måste vara text, fick {type}</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="176" />
      <source>step {step}: unit {unit} left cluster {src} (V = {v:.4f}) and went to the reserve list: {reason} (best cluster {best})</source>
      <translation>steg {step}: enheten {unit} lämnade klustret {src} (V = {v:.4f}) och hamnade på reservlistan: {reason} (bästa kluster {best})</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="67" />
      <source>suburban or peri-urban</source>
      <translation>förorts- eller stadsnära område</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="75" />
      <source>suburban or peri-urban area</source>
      <translation>förorts- eller stadsnära område</translation>
    </message>
    <message>
      <location filename="ui/notes_dock.ui" line="180" />
      <source>text or author</source>
      <translation>text eller författare</translation>
    </message>
    <message>
      <location filename="processing/guards.py" line="165" />
      <source>the file is read-only</source>
      <translation>filen är skrivskyddad</translation>
    </message>
    <message>
      <location filename="processing/guards.py" line="152" />
      <source>the file name contains a character that Windows refuses (&lt; &gt; : " | ? *)</source>
      <translation>filnamnet innehåller ett tecken som Windows inte tillåter (&lt; &gt; : " | ? *)</translation>
    </message>
    <message>
      <location filename="processing/guards.py" line="156" />
      <source>the file name ends with a space or a dot, which Windows refuses</source>
      <translation>filnamnet slutar med ett mellanslag eller en punkt, vilket Windows inte tillåter</translation>
    </message>
    <message>
      <location filename="processing/guards.py" line="150" />
      <source>the file name is longer than 255 bytes</source>
      <translation>filnamnet är längre än 255 byte</translation>
    </message>
    <message>
      <location filename="processing/guards.py" line="184" />
      <source>the folder is read-only</source>
      <translation>mappen är skrivskyddad</translation>
    </message>
    <message>
      <location filename="processing/guards.py" line="191" />
      <source>the folder {folder} cannot be written</source>
      <translation>det går inte att skriva i mappen {folder}</translation>
    </message>
    <message>
      <location filename="processing/guards.py" line="168" />
      <source>the folder {folder} does not exist</source>
      <translation>mappen {folder} finns inte</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/model.py" line="235" />
      <source>the key of feature {key!r} contains a NUL character, which cannot be stored</source>
      <translation>nyckeln för objektet {key!r} innehåller ett NUL-tecken, som inte kan sparas</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/model.py" line="239" />
      <source>the key of feature {key!r} contains characters that are not valid Unicode</source>
      <translation>nyckeln för objektet {key!r} innehåller tecken som inte är giltig Unicode</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/model.py" line="231" />
      <source>the key of feature {key!r} must be text, got {type}</source>
      <translation>nyckeln för objektet {key!r} måste vara text, fick {type}</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/model.py" line="249" />
      <source>the label of feature {key!r} contains a NUL character, which cannot be stored</source>
      <translation>etiketten för objektet {key!r} innehåller ett NUL-tecken, som inte kan sparas</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/model.py" line="253" />
      <source>the label of feature {key!r} contains characters that are not valid Unicode</source>
      <translation>etiketten för objektet {key!r} innehåller tecken som inte är giltig Unicode</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/model.py" line="245" />
      <source>the label of feature {key!r} must be text, got {type}</source>
      <translation>etiketten för objektet {key!r} måste vara text, fick {type}</translation>
    </message>
    <message>
      <location filename="ui/dependency_dialog.py" line="238" />
      <source>the shared PostgreSQL/PostGIS notes store</source>
      <translation>det delade anteckningslagret i PostgreSQL/PostGIS</translation>
    </message>
    <message>
      <location filename="processing/guards.py" line="175" />
      <source>the system cannot create it ({reason})</source>
      <translation>systemet kan inte skapa den ({reason})</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="71" />
      <source>town and semi-dense area</source>
      <translation>mindre stad och halvtätt område</translation>
    </message>
    <message>
      <location filename="processing/laregionsfromindicators.py" line="141" />
      <source>unit field</source>
      <translation>enhetsfältet</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="63" />
      <source>urban centre</source>
      <translation>urbant centrum</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="62" />
      <source>urban cluster</source>
      <translation>urbant kluster</translation>
    </message>
    <message>
      <location filename="processing/charts.py" line="70" />
      <source>valid (V &gt;= 1)</source>
      <translation>giltig (V &gt;= 1)</translation>
    </message>
    <message>
      <location filename="processing/charts.py" line="72" />
      <source>validity curve V = 1</source>
      <translation>giltighetskurva V = 1</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="72" />
      <source>variant</source>
      <translation>variant</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="64" />
      <source>very low-density rural</source>
      <translation>mycket glesbefolkad landsbygd</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="76" />
      <source>village</source>
      <translation>by</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="60" />
      <source>water</source>
      <translation>vatten</translation>
    </message>
    <message>
      <location filename="processing/structure_styles.py" line="189" />
      <location filename="processing/style_labels.py" line="106" />
      <source>within {minutes} minutes</source>
      <translation>inom {minutes} minuter</translation>
    </message>
    <message>
      <location filename="ui/stakeholder_register.ui" line="317" />
      <source>workshop, remiss answer, meeting…</source>
      <translation>workshop, remissvar, möte…</translation>
    </message>
    <message>
      <location filename="processing/charts.py" line="60" />
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="processing/settlementhierarchy_params.py" line="90" />
      <source>z-scores</source>
      <translation>z-värden</translation>
    </message>
    <message>
      <location filename="regionatlas/structureimage/corridors.py" line="154" />
      <source>{count} node(s) have no value in the class field '{field}': {ids} and {more} more. Every node needs a class or rank (run the settlement hierarchy first, or choose another field).</source>
      <translation>{count} nod(er) saknar värde i klassfältet '{field}': {ids} och {more} till. Varje nod behöver en klass eller rang (kör ortshierarkin först, eller välj ett annat fält).</translation>
    </message>
    <message>
      <location filename="regionatlas/structureimage/corridors.py" line="163" />
      <source>{count} node(s) have no value in the class field '{field}': {ids}. Every node needs a class or rank (run the settlement hierarchy first, or choose another field).</source>
      <translation>{count} nod(er) saknar värde i klassfältet '{field}': {ids}. Varje nod behöver en klass eller rang (kör ortshierarkin först, eller välj ett annat fält).</translation>
    </message>
    <message>
      <location filename="regionatlas/structureimage/corridors.py" line="135" />
      <source>{count} node(s) have no value in the rank field '{field}': {ids} and {more} more. Every node needs a class or rank (run the settlement hierarchy first, or choose another field).</source>
      <translation>{count} nod(er) saknar värde i rangfältet '{field}': {ids} och {more} till. Varje nod behöver en klass eller rang (kör ortshierarkin först, eller välj ett annat fält).</translation>
    </message>
    <message>
      <location filename="regionatlas/structureimage/corridors.py" line="145" />
      <source>{count} node(s) have no value in the rank field '{field}': {ids}. Every node needs a class or rank (run the settlement hierarchy first, or choose another field).</source>
      <translation>{count} nod(er) saknar värde i rangfältet '{field}': {ids}. Varje nod behöver en klass eller rang (kör ortshierarkin först, eller välj ett annat fält).</translation>
    </message>
    <message>
      <location filename="regionatlas/geometry/borders.py" line="52" />
      <source>{count} unit(s) have no country code, so the borders cannot be drawn: {ids}.</source>
      <translation>{count} enhet(er) saknar landskod, så gränserna kan inte ritas: {ids}.</translation>
    </message>
    <message>
      <location filename="regionatlas/geometry/borders.py" line="46" />
      <source>{count} unit(s) have no county code, so the borders cannot be drawn: {ids}.</source>
      <translation>{count} enhet(er) saknar länskod, så gränserna kan inte ritas: {ids}.</translation>
    </message>
    <message>
      <location filename="processing/flowlines.py" line="246" />
      <source>{c} of them join zones with different '{field}'.</source>
      <translation>{c} av dem förbinder zoner med olika '{field}'.</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/model.py" line="117" />
      <source>{field} must be a whole number {low}-{high}, got {value!r}</source>
      <translation>{field} måste vara ett heltal {low}-{high}, fick {value!r}</translation>
    </message>
    <message>
      <location filename="regionatlas/notes/model.py" line="101" />
      <source>{field} {value!r} is not one of the allowed values: {allowed}</source>
      <translation>{field} {value!r} är inte ett av de tillåtna värdena: {allowed}</translation>
    </message>
    <message>
      <location filename="processing/flow_styles.py" line="24" />
      <location filename="processing/structure_styles.py" line="110" />
      <source>{flows} persons</source>
      <translation>{flows} personer</translation>
    </message>
    <message>
      <location filename="processing/guards.py" line="189" />
      <source>{folder} is a file, so the folder cannot be written</source>
      <translation>{folder} är en fil, så det går inte att skriva mappen</translation>
    </message>
    <message>
      <location filename="processing/guards.py" line="170" />
      <source>{folder} is not a folder</source>
      <translation>{folder} är inte en mapp</translation>
    </message>
    <message>
      <location filename="processing/flowlines.py" line="257" />
      <source>{k} largest per origin</source>
      <translation>{k} största per ursprung</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="555" />
      <source>{n_classes} classes need at least {n_classes} different index values; there are {n_unique}.</source>
      <translation>{n_classes} klasser kräver minst {n_classes} olika indexvärden; det finns {n_unique}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="626" />
      <source>{n_classes} classes need {n_classes} class names, not {n_names}.</source>
      <translation>{n_classes} klasser kräver {n_classes} klassnamn, inte {n_names}.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/polycentricity.py" line="160" />
      <source>{n_regions} region(s) have fewer than {n} centres: {regions}. Lower n, or choose to flag these regions and use the centres they have.</source>
      <translation>{n_regions} region(er) har färre än {n} kärnor: {regions}. Sänk n, eller välj att flagga dessa regioner och använda de kärnor de har.</translation>
    </message>
    <message>
      <location filename="processing/pipeline.py" line="132" />
      <source>{names} given without a road network (NETWORK): the accessibility steps need one. Give NETWORK or leave these out.</source>
      <translation>{names} angivet utan vägnät (NETWORK): tillgänglighetsstegen behöver ett. Ange NETWORK eller ta bort dessa.</translation>
    </message>
    <message>
      <location filename="processing/point_input.py" line="84" />
      <source>{name} is in {source}; its points were reprojected to the network's {target}.</source>
      <translation>{name} är i {source}; dess punkter projicerades om till nätets {target}.</translation>
    </message>
    <message>
      <location filename="processing/point_input.py" line="121" />
      <source>{name}: feature '{id}' has no category in '{field}'.</source>
      <translation>{name}: objektet '{id}' saknar kategori i '{field}'.</translation>
    </message>
    <message>
      <location filename="processing/point_input.py" line="95" />
      <source>{name}: feature {fid} has no value in '{field}'.</source>
      <translation>{name}: objekt {fid} saknar värde i '{field}'.</translation>
    </message>
    <message>
      <location filename="processing/point_input.py" line="130" />
      <source>{name}: {n} feature(s) have no geometry: {ids}.</source>
      <translation>{name}: {n} objekt saknar geometri: {ids}.</translation>
    </message>
    <message>
      <location filename="processing/point_input.py" line="147" />
      <source>{name}: {n} of {total} point(s) are farther than MAX_SNAP from the network (or have no geometry) and get no travel times: {ids}.</source>
      <translation>{name}: {n} av {total} punkter ligger längre än MAX_SNAP från nätet (eller saknar geometri) och får inga restider: {ids}.</translation>
    </message>
    <message>
      <location filename="regionatlas/accessibility/measures.py" line="52" />
      <source>{name}: {value!r} is not a positive number of minutes (write e.g. 30,45,60).</source>
      <translation>{name}: {value!r} är inte ett positivt antal minuter (skriv t.ex. 30,45,60).</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="84" />
      <source>{notes} on {places} from {stakeholders}.</source>
      <translation>{notes} om {places} från {stakeholders}.</translation>
    </message>
    <message>
      <location filename="processing/structure_corridors.py" line="128" />
      <source>{n} OD id(s) have no node and their flows ({persons} persons) are not drawn: {ids}.</source>
      <translation>{n} OD-id saknar nod och deras flöden ({persons} personer) ritas inte: {ids}.</translation>
    </message>
    <message>
      <location filename="processing/commuting_loader.py" line="236" />
      <source>{n} cells had no value in the answer (suppressed or not applicable); they are left out.</source>
      <translation>{n} celler saknade värde i svaret (skyddade eller ej tillämpliga); de utelämnas.</translation>
    </message>
    <message>
      <location filename="processing/degurba_input.py" line="97" />
      <source>{n} cells of the grid's extent have no polygon: no population there.</source>
      <translation>{n} celler inom rutnätets utbredning saknar polygon: ingen befolkning där.</translation>
    </message>
    <message>
      <location filename="processing/polycentricity.py" line="182" />
      <source>{n} centre(s) lie in no region and were left out: {ids}.</source>
      <translation>{n} kärna/kärnor ligger inte i någon region och utelämnades: {ids}.</translation>
    </message>
    <message>
      <location filename="processing/structure_corridors.py" line="272" />
      <source>{n} corridors could not be routed (a node far from the network, or not connected) and are drawn as lines.</source>
      <translation>{n} stråk kunde inte läggas på nätverket (en nod långt från nätverket, eller utan förbindelse) och ritas som raka linjer.</translation>
    </message>
    <message>
      <location filename="processing/structure_corridors.py" line="223" />
      <source>{n} corridors still pass close to an unrelated node of ranks 1-{r}.</source>
      <translation>{n} stråk passerar fortfarande nära en orelaterad nod med rang 1-{r}.</translation>
    </message>
    <message>
      <location filename="processing/relinknotes.py" line="159" />
      <source>{n} feature keys could not be matched ({notes} notes keep their old copy).</source>
      <translation>{n} objektnycklar kunde inte matchas ({notes} anteckningar behåller sin gamla kopia).</translation>
    </message>
    <message>
      <location filename="processing/relinknotes.py" line="156" />
      <source>{n} feature keys matched, {links} links updated.</source>
      <translation>{n} objektnycklar matchades, {links} länkar uppdaterades.</translation>
    </message>
    <message>
      <location filename="processing/webatlas_layers.py" line="273" />
      <source>{n} features of '{layer}' have no geometry and are left out of the web map.</source>
      <translation>{n} objekt i '{layer}' saknar geometri och utelämnas ur webbkartan.</translation>
    </message>
    <message>
      <location filename="processing/webatlas_layers.py" line="279" />
      <source>{n} features of '{layer}' match no rule of its style (QGIS does not draw them) and are left out of the web map.</source>
      <translation>{n} objekt i '{layer}' matchar ingen regel i lagrets stil (QGIS ritar dem inte) och utelämnas ur webbkartan.</translation>
    </message>
    <message>
      <location filename="processing/loadscbboundaries.py" line="150" />
      <source>{n} features of {layer} (SCB, licence CC0).</source>
      <translation>{n} objekt i {layer} (SCB, licens CC0).</translation>
    </message>
    <message>
      <location filename="processing/flowlines.py" line="242" />
      <source>{n} flow lines written.</source>
      <translation>{n} flödeslinjer skrevs.</translation>
    </message>
    <message>
      <location filename="processing/structure_corridors.py" line="139" />
      <source>{n} flows between nodes more than {km} km apart ({persons} persons) were left out before choosing corridors.</source>
      <translation>{n} flöden mellan noder som ligger mer än {km} km från varandra ({persons} personer) lämnades utanför innan stråken valdes.</translation>
    </message>
    <message>
      <location filename="processing/flowlines.py" line="227" />
      <source>{n} flows have an end without geometry and were not drawn.</source>
      <translation>{n} flöden har en ände utan geometri och ritades inte.</translation>
    </message>
    <message>
      <location filename="processing/flowlines.py" line="186" />
      <source>{n} flows within a unit are not drawn.</source>
      <translation>{n} flöden inom en enhet ritas inte.</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/dominant_flows.py" line="138" />
      <source>{n} id(s) in the OD table are missing from the nodes layer: {ids}. Every origin and destination needs a node.</source>
      <translation>{n} id i OD-tabellen saknas i nodlagret: {ids}. Varje ursprung och destination behöver en nod.</translation>
    </message>
    <message>
      <location filename="processing/dominantflows.py" line="150" />
      <source>{n} id(s) of the OD table are not in the nodes' field '{field}': {ids} ({persons} in their flows).</source>
      <translation>{n} id i OD-tabellen finns inte i nodernas fält '{field}': {ids} ({persons} i deras flöden).</translation>
    </message>
    <message>
      <location filename="processing/od_input.py" line="182" />
      <source>{n} id(s) of the OD table are not in the zones' field '{field}': {ids} ({persons} persons in their flows).</source>
      <translation>{n} id i OD-tabellen finns inte i zonernas fält '{field}': {ids} ({persons} personer i deras flöden).</translation>
    </message>
    <message>
      <location filename="processing/zone_input.py" line="128" />
      <source>{n} invalid zone geometries were repaired (makeValid): {ids}.</source>
      <translation>{n} ogiltiga zongeometrier reparerades (makeValid): {ids}.</translation>
    </message>
    <message>
      <location filename="regionatlas/accessibility/speeds.py" line="155" />
      <source>{n} line(s) have a speed in '{field}' that is not a number of km/h above 0 and at most {max}: {lines}.</source>
      <translation>{n} linje(r) har en hastighet i '{field}' som inte är ett antal km/h över 0 och högst {max}: {lines}.</translation>
    </message>
    <message>
      <location filename="regionatlas/accessibility/speeds.py" line="183" />
      <source>{n} line(s) have no speed (no value in SPEED_FIELD, no class in SPEED_TABLE and DEFAULT_SPEED is 0): {lines}. Classes without a speed: {classes}.</source>
      <translation>{n} linje(r) saknar hastighet (inget värde i SPEED_FIELD, ingen klass i SPEED_TABLE och DEFAULT_SPEED är 0): {lines}. Klasser utan hastighet: {classes}.</translation>
    </message>
    <message>
      <location filename="processing/dominantflows.py" line="252" />
      <source>{n} links have an end without geometry (no line drawn).</source>
      <translation>{n} länkar har en ände utan geometri (ingen linje ritad).</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="53" />
      <source>{n} more units are in the zero list (see the units output, role).</source>
      <translation>Ytterligare {n} enheter finns i nollistan (se utdata för enheter, role).</translation>
    </message>
    <message>
      <location filename="processing/commuting_loader.py" line="246" />
      <source>{n} municipality codes exist in some of the years only (kept as they are), e.g. {examples}.</source>
      <translation>{n} kommunkoder finns bara vissa av åren (behålls som de är), t.ex. {examples}.</translation>
    </message>
    <message>
      <location filename="processing/degurba.py" line="98" />
      <source>{n} nodata population cells (outside the data: beyond the grid's edge or without land) were treated as no population.</source>
      <translation>{n} nodata-celler i befolkningen (utanför data: bortom rutnätets kant eller utan land) behandlades som celler utan befolkning.</translation>
    </message>
    <message>
      <location filename="processing/degurba.py" line="103" />
      <location filename="processing/degurbaunits.py" line="104" />
      <source>{n} nodata population cells were treated as no population.</source>
      <translation>{n} befolkningsceller med nodata behandlades som celler utan befolkning.</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="85" />
      <source>{n} note</source>
      <translation>{n} anteckning</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="107" />
      <source>{n} notes</source>
      <translation>{n} anteckningar</translation>
    </message>
    <message>
      <location filename="processing/commuting_loader.py" line="254" />
      <source>{n} older municipality codes carried to the 2020 division.</source>
      <translation>{n} äldre kommunkoder fördes till 2020 års indelning.</translation>
    </message>
    <message>
      <location filename="processing/accessibility.py" line="275" />
      <source>{n} origin(s) lie in no zone and are left out of the zone figures.</source>
      <translation>{n} startpunkt(er) ligger inte i något område och ingår inte i områdenas siffror.</translation>
    </message>
    <message>
      <location filename="processing/traveltimes.py" line="143" />
      <source>{n} origin-destination pairs written (median {median:.1f} minutes).</source>
      <translation>{n} par av start- och målpunkter skrivna (median {median:.1f} minuter).</translation>
    </message>
    <message>
      <location filename="processing/accessibility.py" line="256" />
      <source>{n} origins written, {m} of them on the network; categories: {cats}.</source>
      <translation>{n} startpunkter skrivna, {m} av dem på nätet; kategorier: {cats}.</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="86" />
      <source>{n} place</source>
      <translation>{n} plats</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="87" />
      <source>{n} places</source>
      <translation>{n} platser</translation>
    </message>
    <message>
      <location filename="processing/polycentricity.py" line="235" />
      <source>{n} region(s) contain no centre and get no index: {ids}.</source>
      <translation>{n} region(er) innehåller ingen kärna och får inget index: {ids}.</translation>
    </message>
    <message>
      <location filename="processing/commutingregions.py" line="217" />
      <source>{n} region(s) cross the border in '{field}': {ids}.</source>
      <translation>{n} region(er) korsar gränsen i '{field}': {ids}.</translation>
    </message>
    <message>
      <location filename="processing/exportnotes.py" line="197" />
      <source>{n} rows exported.</source>
      <translation>{n} rader exporterades.</translation>
    </message>
    <message>
      <location filename="processing/serviceareas.py" line="138" />
      <source>{n} service areas written ({d} destinations x {t} thresholds).</source>
      <translation>{n} serviceområden skrivna ({d} målpunkter x {t} tidsgränser).</translation>
    </message>
    <message>
      <location filename="regionatlas/settlement/hierarchy.py" line="497" />
      <source>{n} settlement(s) match no class of the rule table: {ids}. Add a class that catches them (e.g. population &gt;= 0) or choose a fallback class.</source>
      <translation>{n} ort(er) matchar ingen klass i regeltabellen: {ids}. Lägg till en klass som fångar upp dem (t.ex. population &gt;= 0) eller välj en reservklass.</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="88" />
      <source>{n} stakeholder</source>
      <translation>{n} aktör</translation>
    </message>
    <message>
      <location filename="processing/notesreport.py" line="89" />
      <source>{n} stakeholders</source>
      <translation>{n} aktörer</translation>
    </message>
    <message>
      <location filename="processing/degurbaunits.py" line="159" />
      <source>{n} unit(s) cover no cell centre of the grid (or only water without land) and get no class: {ids}.</source>
      <translation>{n} enhet(er) täcker ingen cellmittpunkt i rutnätet (eller bara vatten utan land) och får ingen klass: {ids}.</translation>
    </message>
    <message>
      <location filename="processing/region_outputs.py" line="172" />
      <source>{n} unit(s) have no zone and are left off the map: {ids}.</source>
      <translation>{n} enhet(er) saknar zon och utelämnas från kartan: {ids}.</translation>
    </message>
    <message>
      <location filename="processing/laregionsfromindicators.py" line="170" />
      <source>{n} unit(s) of the table are not in the zones' field '{field}': {ids}.</source>
      <translation>{n} enhet(er) i tabellen finns inte i zonernas fält '{field}': {ids}.</translation>
    </message>
    <message>
      <location filename="processing/commutingindicators.py" line="122" />
      <source>{n} units; {centres} with p1 &lt;= {p1} and p2 &lt;= {p2} (SCB centre rule).</source>
      <translation>{n} enheter; {centres} med p1 &lt;= {p1} och p2 &lt;= {p2} (SCB:s centrumregel).</translation>
    </message>
    <message>
      <location filename="processing/commutingregions.py" line="135" />
      <source>{n} zone(s) have no commuting in the OD table and are left out: {ids}.</source>
      <translation>{n} zon(er) saknar pendling i OD-tabellen och utelämnas: {ids}.</translation>
    </message>
    <message>
      <location filename="processing/commutingindicators.py" line="104" />
      <source>{n} zone(s) have no commuting in the OD table; they get zeros: {ids}.</source>
      <translation>{n} zon(er) saknar pendling i OD-tabellen; de får nollor: {ids}.</translation>
    </message>
    <message>
      <location filename="processing/zone_input.py" line="136" />
      <source>{n} zones have no geometry and get no lines: {ids}.</source>
      <translation>{n} zoner saknar geometri och får inga linjer: {ids}.</translation>
    </message>
    <message>
      <location filename="ui/register_charts.py" line="136" />
      <source>{org}: interest {i}, influence {f}</source>
      <translation>{org}: intresse {i}, inflytande {f}</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/la_code.py" line="68" />
      <source>{parameter} = {value!r} is not a year for the LA codes: give four digits between {first} and {last}, e.g. 2022.</source>
      <translation>{parameter} = {value!r} är inget år för LA-koderna: ange fyra siffror mellan {first} och {last}, till exempel 2022.</translation>
    </message>
    <message>
      <location filename="processing/guards.py" line="216" />
      <source>{parameter}: cannot write {path}: {problem}.</source>
      <translation>{parameter}: kan inte skriva {path}: {problem}.</translation>
    </message>
    <message>
      <location filename="processing/guards.py" line="116" />
      <source>{parameter}: the field '{field}' is not in {layer}. Available fields: {available}.</source>
      <translation>{parameter}: fältet '{field}' finns inte i {layer}. Tillgängliga fält: {available}.</translation>
    </message>
    <message>
      <location filename="processing/values.py" line="60" />
      <source>{parameter}: the layer has no field '{field}'. Its fields are: {names}.</source>
      <translation>{parameter}: lagret har inget fält '{field}'. Dess fält är: {names}.</translation>
    </message>
    <message>
      <location filename="processing/guards.py" line="270" />
      <source>{parameter}: the run ended but {path} was not written.</source>
      <translation>{parameter}: körningen avslutades men {path} skrevs inte.</translation>
    </message>
    <message>
      <location filename="processing/text_sources.py" line="82" />
      <source>{path} is not UTF-8 (byte {offset} on line {line} is not): read as Windows-1252.</source>
      <translation>{path} är inte UTF-8 (byte {offset} på rad {line} är det inte): läses som Windows-1252.</translation>
    </message>
    <message>
      <location filename="processing/style_labels.py" line="103" />
      <source>{range} % work elsewhere (p1)</source>
      <translation>{range} % arbetar i en annan enhet (p1)</translation>
    </message>
    <message>
      <location filename="processing/laregionsfromindicators.py" line="213" />
      <source>{regions} LA regions from {units} units ({centres} centre units; centre rule p1 &lt;= {a:g} and p2 &lt;= {b:g}).</source>
      <translation>{regions} LA-regioner från {units} enheter ({centres} centrumenheter; centrumregel p1 &lt;= {a:g} och p2 &lt;= {b:g}).</translation>
    </message>
    <message>
      <location filename="processing/commutingregions.py" line="204" />
      <source>{regions} regions ({one} of one unit), {without} unit(s) without a region; modularity Q = {q}; {share} % of commuters cross a region border.</source>
      <translation>{regions} regioner ({one} med en enhet), {without} enhet(er) utan region; modularitet Q = {q}; {share} % av pendlarna korsar en regiongräns.</translation>
    </message>
    <message>
      <location filename="processing/flowlines.py" line="262" />
      <source>{share} % of out-commuting</source>
      <translation>{share} % av utpendlingen</translation>
    </message>
    <message>
      <location filename="processing/settlement_report.py" line="50" />
      <source>{size} (log scale)</source>
      <translation>{size} (logaritmisk skala)</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="194" />
      <source>{step}: cluster {unit} (V = {v:.4f}) is not valid and was dissolved</source>
      <translation>{step}: klustret {unit} (V = {v:.4f}) är inte giltigt och upplöstes</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="188" />
      <source>{step}: unit {unit} assigned to cluster {to}</source>
      <translation>{step}: enheten {unit} tilldelades klustret {to}</translation>
    </message>
    <message>
      <location filename="processing/commutingregions_report.py" line="192" />
      <source>{step}: unit {unit} could not be assigned</source>
      <translation>{step}: enheten {unit} kunde inte tilldelas</translation>
    </message>
    <message>
      <location filename="processing/degurba.py" line="150" />
      <source>{uc} urban centre(s); edge smoothing added {smoothed} cells in {rounds} rounds; gap filling added {filled} cells.</source>
      <translation>{uc} urbana centrum; kantutjämningen lade till {smoothed} celler i {rounds} omgångar; utfyllnaden av luckor lade till {filled} celler.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/transport.py" line="174" />
      <source>{url} answered with HTTP error {status}: {message}</source>
      <translation>{url} svarade med HTTP-fel {status}: {message}</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/transport.py" line="181" />
      <source>{url} did not answer within {seconds} s; nothing was written.</source>
      <translation>{url} svarade inte inom {seconds} s; ingenting skrevs.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/transport.py" line="160" />
      <source>{url}: nothing at this address (HTTP 404). Check the WFS address.</source>
      <translation>{url}: ingenting på den adressen (HTTP 404). Kontrollera WFS-adressen.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/transport.py" line="164" />
      <source>{url}: the API does not know this table (HTTP 404). Check the table id.</source>
      <translation>{url}: API:et känner inte till tabellen (HTTP 404). Kontrollera tabell-id:t.</translation>
    </message>
    <message>
      <location filename="regionatlas/statistics/transport.py" line="168" />
      <source>{url}: the API refused more calls for now (HTTP 429, too many requests); try again in a minute.</source>
      <translation>{url}: API:et tar inte emot fler anrop just nu (HTTP 429, för många anrop); försök igen om en minut.</translation>
    </message>
    <message>
      <location filename="regionatlas/accessibility/points.py" line="81" />
      <source>{what} has no points.</source>
      <translation>{what} har inga punkter.</translation>
    </message>
    <message>
      <location filename="regionatlas/accessibility/points.py" line="107" />
      <source>{what}: {n} point(s) have a missing or negative weight: {ids}.</source>
      <translation>{what}: {n} punkt(er) har en saknad eller negativ vikt: {ids}.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/given_partition.py" line="70" />
      <source>{where}no unit has a region in field '{field}'.</source>
      <translation>{where}ingen enhet har en region i fältet '{field}'.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/given_partition.py" line="48" />
      <source>{where}row {row}: the unit id in field '{field}' is empty.</source>
      <translation>{where}rad {row}: enhetens id i fältet '{field}' är tomt.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/given_partition.py" line="55" />
      <source>{where}row {row}: unit '{unit}' in field '{field}' occurs twice (first on row {first}); a partition table needs one row per unit.</source>
      <translation>{where}rad {row}: enheten '{unit}' i fältet '{field}' förekommer två gånger (första gången på rad {first}); en indelningstabell ska ha en rad per enhet.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/given_partition.py" line="95" />
      <source>{where}row {row}: {field} = {value} must be a number of 0 or more.</source>
      <translation>{where}rad {row}: {field} = {value} måste vara ett tal som är 0 eller större.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/given_partition.py" line="87" />
      <source>{where}row {row}: {value!r} in field '{field}' is not a number.</source>
      <translation>{where}rad {row}: {value!r} i fältet '{field}' är inte ett tal.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/given_partition.py" line="43" />
      <source>{where}the partition table is empty.</source>
      <translation>{where}indelningstabellen är tom.</translation>
    </message>
    <message>
      <location filename="regionatlas/commuting/regions/given_partition.py" line="41" />
      <source>{where}the unit, region and size columns differ in length.</source>
      <translation>{where}kolumnerna för enhet, region och storlek har olika längd.</translation>
    </message>
    <message>
      <location filename="processing/commuting_loader.py" line="222" />
      <source>{year}: table {table}, {title}</source>
      <translation>{year}: tabell {table}, {title}</translation>
    </message>
    <message>
      <location filename="processing/regionchange.py" line="202" />
      <source>{year}: {regions} regions of {units} units.</source>
      <translation>{year}: {regions} regioner av {units} enheter.</translation>
    </message>
    <message>
      <location filename="processing/structure_styles.py" line="53" />
      <source>≤ {km} km</source>
      <translation>≤ {km} km</translation>
    </message>
  </context>
</TS>
