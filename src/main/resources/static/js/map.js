// Maps drawn only from our own GeoJSON (no base tiles are reachable): the case page, the intake picker, the grid map.
(function () {
  const STYLE = {
    community: { color: '#5f6b7a', weight: 2, fill: false, dashArray: '6 4' },
    unit: { color: '#7d8b9a', weight: 1, fillColor: '#ffffff', fillOpacity: 0.6 },
    focus: { color: '#0b5cad', weight: 3, fillColor: '#7fb3ef', fillOpacity: 0.45 },
    street: { color: '#123b66', weight: 2.5, fill: false }
  };
  const COLOURS = ['#ffffff', '#fde9b0', '#f8c471', '#ee8a4a', '#c62828'];

  function level(feature) { return feature.properties && feature.properties.level; }
  function newMap(el) { return L.map(el, { zoomControl: true, attributionControl: false, preferCanvas: false }); }
  function load(url) { return fetch(url, { credentials: 'same-origin' }).then((r) => r.json()); }

  function caseMap(el) {
    const map = newMap(el);
    const grid = el.dataset.grid;
    const point = [parseFloat(el.dataset.lat), parseFloat(el.dataset.lng)];
    load(el.dataset.geojson).then((data) => {
      const layer = L.geoJSON(data, {
        style: (f) => f.properties.code === grid ? STYLE.focus : (level(f) === 'unit' ? STYLE.unit : STYLE.community),
        onEachFeature: (f, l) => l.bindTooltip(f.properties.name + ' ' + f.properties.code)
      }).addTo(map);
      const focus = layer.getLayers().find((l) => l.feature.properties.code === grid);
      map.fitBounds((focus || layer).getBounds().pad(focus ? 1.2 : 0.05));
      if (focus) focus.bringToFront();
    }).catch(() => map.setView(point, 17));
    L.circleMarker(point, { radius: 8, color: '#c62828', weight: 3, fillColor: '#ffffff', fillOpacity: 1 }).addTo(map);
    map.setView(point, 17);
  }

  function pickMap(el) {
    const map = newMap(el);
    let marker = null;
    const lat = document.getElementById('intake-latitude');
    const lng = document.getElementById('intake-longitude');
    const shown = document.getElementById('intake-position');
    function pick(latlng, label) {
      lat.value = latlng.lat.toFixed(7); lng.value = latlng.lng.toFixed(7);
      shown.textContent = (label ? label + ' · ' : '') + lat.value + ', ' + lng.value;
      if (marker) marker.setLatLng(latlng); else marker = L.circleMarker(latlng, { radius: 8, color: '#c62828', weight: 3, fillColor: '#fff', fillOpacity: 1 }).addTo(map);
    }
    load(el.dataset.geojson).then((data) => {
      const units = { type: 'FeatureCollection', features: data.features.filter((f) => level(f) === 'unit' || level(f) === 'street') };
      const layer = L.geoJSON(units, { style: (f) => level(f) === 'street' ? STYLE.street : STYLE.unit }).addTo(map);
      layer.on('click', (e) => pick(e.latlng));
      map.fitBounds(layer.getBounds());
      if (lat.value && lng.value) pick(L.latLng(parseFloat(lat.value), parseFloat(lng.value)));
    });
    map.on('click', (e) => pick(e.latlng));
    document.addEventListener('click', (e) => {
      const button = e.target.closest('button.place');
      if (!button) return;
      const latlng = L.latLng(parseFloat(button.dataset.lat), parseFloat(button.dataset.lng));
      pick(latlng, button.dataset.name);
      document.getElementById('intake-address').value = button.dataset.name;
      map.setView(latlng, 17);
    });
  }

  function colour(n) { return COLOURS[n >= 7 ? 4 : n >= 4 ? 3 : n >= 2 ? 2 : n >= 1 ? 1 : 0]; }

  function gridMap(el) {
    const map = newMap(el);
    Promise.all([load(el.dataset.geojson), load(el.dataset.counts)]).then(([data, counts]) => {
      const features = data.features.filter((f) => level(f) === 'unit' || level(f) === 'street');
      const layer = L.geoJSON({ type: 'FeatureCollection', features: features }, {
        style: (f) => level(f) === 'street' ? STYLE.street
          : { color: '#7d8b9a', weight: 1, fillColor: colour(counts[f.properties.code] || 0), fillOpacity: 0.85 },
        onEachFeature: (f, l) => {
          if (level(f) !== 'unit') return;
          l.bindTooltip(f.properties.name + ' · ' + (counts[f.properties.code] || 0));
          l.on('click', () => htmx.ajax('GET', el.dataset.cases + f.properties.code + '/cases',
            { target: '#grid-cases-body', swap: 'outerHTML' }));
        }
      }).addTo(map);
      layer.eachLayer((l) => { if (level(l.feature) === 'street') l.bringToFront(); });
      map.fitBounds(layer.getBounds());
    });
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('[data-map]').forEach((el) => {
      ({ case: caseMap, pick: pickMap, grids: gridMap })[el.dataset.map](el);
    });
  });
})();
