// Administration maps: our own grids drawn on the shared base map (js/map.js, UrbanGridMap).
(() => {
  const STYLE = {
    district: { color: '#123b66', weight: 5, fill: false },
    street: { color: '#123b66', weight: 4, fillColor: '#dfe8f3', fillOpacity: 0.12 },
    community: { color: '#2f6fb0', weight: 2.5, fill: false },
    unit: { color: '#8aa1b8', weight: 0.8, fillColor: '#ffffff', fillOpacity: 0.05 }
  };
  const ORDER = { unit: 0, community: 1, street: 2, district: 3 };

  function gridMap(element, onClick) {
    const map = UrbanGridMap.create(element, { label: UrbanGridMap.settings().text('labelAdmin') });
    fetch(element.dataset.geojson, { credentials: 'same-origin' })
      .then((response) => response.json())
      .then((collection) => draw(map, collection, onClick));
    return map;
  }

  function draw(map, collection, onClick) {
    const features = collection.features.slice().sort(
      (a, b) => ORDER[a.properties.level] - ORDER[b.properties.level]);
    const layer = map.geoJSON({ type: 'FeatureCollection', features }, {
      style: (f) => STYLE[f.properties.level] || STYLE.unit,
      onEachFeature: (f, l) => {
        const p = f.properties;
        const text = p.name + ' · ' + p.code;
        if (p.level === 'street') {
          l.bindTooltip(p.name + '<br>' + p.code, { permanent: true, direction: 'center', className: 'grid-label' });
        } else {
          l.bindTooltip(text, { sticky: true });
        }
        if (onClick) l.on('click', (e) => onClick(map.fromMap(e.latlng)));
      }
    });
    map.overlay(UrbanGridMap.settings().text('grids'), layer);
    if (layer.getLayers().length) {
      map.fitBounds(layer.getBounds(), { padding: [10, 10] });
    }
  }

  function routingTester(element) {
    let marker = null;
    const map = gridMap(element, (latlng) => {
      document.getElementById('test-lat').value = latlng.lat.toFixed(6);
      document.getElementById('test-lng').value = latlng.lng.toFixed(6);
      document.getElementById('test-grid').value = '';
      const shown = map.toMap(latlng.lat, latlng.lng);
      if (marker) marker.setLatLng(shown); else marker = L.marker(shown).addTo(map);
    });
    document.getElementById('test-grid').addEventListener('input', () => {
      document.getElementById('test-lat').value = '';
      document.getElementById('test-lng').value = '';
    });
  }

  document.addEventListener('DOMContentLoaded', () => {
    if (typeof L === 'undefined' || !window.UrbanGridMap || !UrbanGridMap.create) return;
    const grids = document.getElementById('grid-map');
    if (grids) gridMap(grids);
    const tester = document.getElementById('routing-test-map');
    if (tester) routingTester(tester);
  });
})();
