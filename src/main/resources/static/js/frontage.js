// 门前三包 pages: the register's map of frontages (each linking to its unit), drawing a new frontage by clicking its
// points (a street line with a depth, or a polygon; written as a GeoJSON FeatureCollection into the form's hidden
// field), and a unit's own frontage. Maps come from the shared factory (js/map.js); no extra library.
(function () {
  'use strict';

  function style(feature) {
    const flagged = feature && feature.properties && feature.properties.flagged;
    return { color: flagged ? '#c62828' : '#0b5cad', weight: 2, fillOpacity: 0.35 };
  }

  function registerMap() {
    const el = document.getElementById('frontage-map');
    if (!el) return;
    const map = window.UrbanGridMap.create(el, {});
    fetch(el.dataset.geojson, { headers: { Accept: 'application/geo+json' } })
      .then((r) => r.json())
      .then((data) => {
        const layer = map.geoJSON(data, {
          style,
          onEachFeature: (f, l) => {
            const a = document.createElement('a');
            a.href = f.properties.href;
            a.textContent = f.properties.name + ' · ' + f.properties.kind;
            l.bindPopup(a);
          }
        }).addTo(map);
        if (data.features.length) map.fitBounds(layer.getBounds().pad(0.1));
        el.dataset.loaded = String(data.features.length);
      });
  }

  function unitMap() {
    const el = document.getElementById('unit-map');
    if (!el) return;
    const map = window.UrbanGridMap.create(el, {});
    const layer = map.geoJSON(JSON.parse(el.dataset.shape), { style }).addTo(map);
    map.fitBounds(layer.getBounds().pad(1.5));
    el.dataset.loaded = '1';
  }

  function drawMap() {
    const el = document.getElementById('draw-map');
    if (!el) return;
    const map = window.UrbanGridMap.create(el, {});
    const points = [];
    const drawn = L.layerGroup().addTo(map);
    const field = document.getElementById('unit-geometry');
    const depth = document.getElementById('unit-depth');
    const polygon = () => document.getElementById('shape-polygon').checked;

    function redraw() {
      drawn.clearLayers();
      const latlngs = points.map((p) => map.toMap(p.lat, p.lng));
      if (latlngs.length > 1) {
        (polygon() && latlngs.length > 2 ? L.polygon(latlngs) : L.polyline(latlngs)).addTo(drawn);
      }
      latlngs.forEach((ll) => L.circleMarker(ll, { radius: 4 }).addTo(drawn));
      field.value = geometry();
      depth.disabled = polygon();
    }

    function geometry() {
      const coords = points.map((p) => [Math.round(p.lng * 1e7) / 1e7, Math.round(p.lat * 1e7) / 1e7]);
      let g = null;
      if (polygon() && coords.length > 2) g = { type: 'Polygon', coordinates: [coords.concat([coords[0]])] };
      else if (!polygon() && coords.length > 1) g = { type: 'LineString', coordinates: coords };
      if (!g) return '';
      return JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: g }] });
    }

    map.on('click', (e) => { points.push(map.fromMap(e.latlng)); redraw(); });
    document.getElementById('draw-undo').addEventListener('click', () => { points.pop(); redraw(); });
    document.getElementById('draw-clear').addEventListener('click', () => { points.length = 0; redraw(); });
    document.querySelectorAll('input[name=shapeKind]').forEach((r) => r.addEventListener('change', redraw));
    redraw();
  }

  document.addEventListener('DOMContentLoaded', () => {
    if (!window.UrbanGridMap || !window.UrbanGridMap.create) return;
    registerMap();
    unitMap();
    drawMap();
  });
})();
