/* RegionAtlas web atlas: draws the layers that data/*.js pushed into RegionAtlasData.
 * Written by regionatlas:exportwebatlas; needs only Leaflet (vendor/leaflet, BSD-2-Clause).
 * Legends, colours and labels come from the layers' QGIS renderers (each feature carries
 * the index of its legend entry), popups from the layers' fields and aliases. */
(function () {
  "use strict";
  var D = window.RegionAtlasData;
  var T = D.text;
  /* Labels of a layer show when at most this many of its features are in view. */
  var LABELS_MAX_IN_VIEW = 60;
  var PANES = { polygon: 410, line: 420, point: 430 };

  var map = L.map("map", { zoomSnap: 0.25, attributionControl: true });
  map.attributionControl.setPrefix(
    '<a href="https://leafletjs.com" title="Leaflet (BSD-2-Clause)">Leaflet</a>');
  Object.keys(PANES).forEach(function (kind) {
    map.createPane("ra-" + kind).style.zIndex = PANES[kind];
  });

  function esc(value) {
    return String(value).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  var numberFormat = new Intl.NumberFormat(D.lang === "sv" ? "sv-SE" : "en-GB",
    { maximumFractionDigits: 3 });
  function show(value) {
    if (value === null || value === undefined || value === "") return T.no_value;
    if (typeof value === "number") return numberFormat.format(value);
    if (typeof value === "boolean") return value ? "✓" : "✗";
    return esc(value);
  }

  function pathStyle(meta, feature) {
    var e = meta.legend[feature.ra.legend];
    var style = {
      pane: "ra-" + meta.geometry,
      className: "ra-feature ra-" + meta.key,
      color: e.stroke || "#000000",
      weight: e.stroke ? e.weight : 0,
      opacity: e.stroke ? e.opacity : 0,
      dashArray: e.dash || null,
      fill: meta.geometry !== "line" && !!e.fill,
      fillColor: e.fill || "#000000",
      fillOpacity: e.fill ? e.fillOpacity : 0
    };
    if (meta.geometry === "point") style.radius = e.radius;
    /* A width or size the QGIS style sets per feature (data-defined). */
    if (feature.ra.size !== null && feature.ra.size !== undefined) {
      if (meta.geometry === "point") style.radius = feature.ra.size;
      else style.weight = feature.ra.size;
    }
    return style;
  }

  function popupHtml(meta, feature) {
    var title = feature.ra.title || meta.name;
    var rows = meta.popupFields.map(function (f) {
      return "<tr><th>" + esc(f[1]) + "</th><td>" + show(feature.properties[f[0]]) + "</td></tr>";
    });
    return '<div class="ra-popup" data-layer="' + meta.key + '"><h4>' + esc(title) + "</h4>" +
      '<div class="ra-popup-layer">' + esc(meta.name) + "</div><table>" + rows.join("") +
      "</table></div>";
  }

  var atlas = { map: map, layers: {}, order: [] };
  window.RegionAtlas = atlas;
  var overlays = {};
  var bounds = L.latLngBounds([]);

  var sorted = D.layers.slice().sort(function (a, b) {
    return PANES[a.regionatlas.geometry] - PANES[b.regionatlas.geometry];
  });
  sorted.forEach(function (collection) {
    var meta = collection.regionatlas;
    var features = [];
    var group = L.geoJSON(collection, {
      style: function (f) { return pathStyle(meta, f); },
      pointToLayer: function (f, latlng) { return L.circleMarker(latlng, pathStyle(meta, f)); },
      onEachFeature: function (f, layer) {
        layer.bindPopup(popupHtml(meta, f), { maxWidth: 360 });
        if (f.ra.label !== null && f.ra.label !== undefined && f.ra.label !== "") {
          layer.bindTooltip(esc(f.ra.label), { permanent: true, direction: "center",
            className: "ra-label ra-label-" + meta.key, pane: "tooltipPane" });
        }
        features.push(layer);
      }
    });
    atlas.layers[meta.key] = { meta: meta, group: group, features: features };
    atlas.order.push(meta.key);
    overlays['<span class="ra-layer-name">' + esc(meta.name) + "</span>"] = group;
    if (meta.visible) group.addTo(map);
    if (collection.features.length) bounds.extend(group.getBounds());
  });

  /* The number of features of a layer drawn on the page (SVG paths in the document). */
  atlas.drawnFeatures = function (key) {
    return document.querySelectorAll("path.ra-" + key).length;
  };

  function updateLabels() {
    var view = map.getBounds();
    atlas.order.forEach(function (key) {
      var entry = atlas.layers[key];
      if (!map.hasLayer(entry.group)) return;
      var inView = 0;
      entry.features.forEach(function (layer) {
        var b = layer.getBounds ? layer.getBounds() : L.latLngBounds([layer.getLatLng()]);
        if (view.intersects(b)) inView += 1;
      });
      var visible = inView <= LABELS_MAX_IN_VIEW;
      entry.features.forEach(function (layer) {
        var tip = layer.getTooltip();
        if (!tip) return;
        if (visible && !layer.isTooltipOpen()) layer.openTooltip();
        if (!visible && layer.isTooltipOpen()) layer.closeTooltip();
      });
    });
  }

  /* Legend: one block per visible layer, taken from its QGIS renderer. */
  function swatch(kind, e) {
    var stroke = e.stroke ? ' stroke="' + e.stroke + '" stroke-opacity="' + e.opacity +
      '" stroke-width="' + Math.min(Math.max(e.weight, 0.5), 6) + '"' : ' stroke="none"';
    var dash = e.dash ? ' stroke-dasharray="' + e.dash + '"' : "";
    var fill = e.fill ? ' fill="' + e.fill + '" fill-opacity="' + e.fillOpacity + '"' :
      ' fill="none"';
    var shape;
    if (kind === "line") shape = '<line x1="1" y1="7" x2="21" y2="7"' + stroke + dash + "/>";
    else if (kind === "point") shape = '<circle cx="11" cy="7" r="' +
      Math.min(Math.max(e.radius, 2), 6) + '"' + fill + stroke + "/>";
    else shape = '<rect x="2" y="1" width="18" height="12"' + fill + stroke + dash + "/>";
    return '<svg width="22" height="14" aria-hidden="true">' + shape + "</svg>";
  }
  var legend = L.control({ position: "bottomright" });
  legend.onAdd = function () {
    this._div = L.DomUtil.create("div", "ra-panel ra-legend");
    L.DomEvent.disableClickPropagation(this._div);
    L.DomEvent.disableScrollPropagation(this._div);
    this.update();
    return this._div;
  };
  legend.update = function () {
    var html = "<h2>" + esc(T.legend) + "</h2>";
    atlas.order.forEach(function (key) {
      var entry = atlas.layers[key];
      if (!map.hasLayer(entry.group)) return;
      var meta = entry.meta;
      html += '<div class="ra-legend-layer" data-layer="' + key + '"><h3>' + esc(meta.name) +
        "</h3><ul>" + meta.legend.map(function (e) {
          return "<li>" + swatch(meta.geometry, e) + "<span>" + esc(e.label) + "</span></li>";
        }).join("") + "</ul></div>";
    });
    this._div.innerHTML = html;
  };

  /* Title and, folded, how each layer was made (the RegionAtlas provenance). */
  var title = L.control({ position: "topleft" });
  title.onAdd = function () {
    var div = L.DomUtil.create("div", "ra-panel ra-title");
    L.DomEvent.disableClickPropagation(div);
    L.DomEvent.disableScrollPropagation(div);
    var html = "<h1>" + esc(D.title) + "</h1>";
    if (D.notes) html += '<p class="ra-warning">' + esc(T.notes_warning) + "</p>";
    html += '<details class="ra-about"><summary>' + esc(T.about) + "</summary><h2>" +
      esc(T.provenance) + "</h2>";
    atlas.order.forEach(function (key) {
      var meta = atlas.layers[key].meta;
      var p = meta.provenance || {};
      html += '<div class="ra-provenance" data-layer="' + key + '"><h3>' + esc(meta.name) +
        " (" + atlas.layers[key].features.length + " " + esc(T.features) + ")</h3><dl>";
      if (p.algorithm) {
        html += "<dt>" + esc(T.algorithm) + "</dt><dd>" + esc(p.algorithm) + "</dd>";
        if (p.version) html += "<dt>" + esc(T.version) + "</dt><dd>" + esc(p.version) + "</dd>";
        if (p.parameters) {
          html += "<dt>" + esc(T.parameters) + "</dt>";
          Object.keys(p.parameters).sort().forEach(function (name) {
            var v = p.parameters[name];
            if (typeof v !== "string") v = JSON.stringify(v);
            html += "<dd><b>" + esc(name) + "</b>: " + esc(v) + "</dd>";
          });
        }
      } else if (p.text) {
        html += "<dt>" + esc(T.source) + "</dt><dd>" + esc(p.text) + "</dd>";
      } else {
        html += "<dd>" + esc(T.no_provenance) + "</dd>";
      }
      html += "</dl></div>";
    });
    html += "<p>" + esc(T.made_with) + " " + esc(D.generated) + "</p></details>";
    div.innerHTML = html;
    return div;
  };
  title.addTo(map);

  L.control.layers(null, overlays, { collapsed: false, position: "topright" }).addTo(map);
  L.control.scale({ imperial: false, position: "bottomleft" }).addTo(map);
  legend.addTo(map);
  map.on("overlayadd overlayremove", function () { legend.update(); updateLabels(); });
  map.on("moveend", updateLabels);
  if (bounds.isValid()) map.fitBounds(bounds, { padding: [20, 20] });
  else map.setView([0, 0], 2);
  updateLabels();
  atlas.readyAt = performance.now();  /* ms since navigation start: load time */
  atlas.ready = true;
})();
