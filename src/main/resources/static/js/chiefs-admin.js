// 系统管理 → 路长/河长: the segments on the platform's own base map; a segment's page draws its line.
document.addEventListener('DOMContentLoaded', () => {
  const all = document.getElementById('segments-map');
  if (all && window.UrbanGridMap) {
    const map = UrbanGridMap.create(all, {});
    fetch(all.dataset.url, { credentials: 'same-origin' }).then((r) => r.json()).then((data) => {
      const layer = map.geoJSON(data, {
        style: (f) => ({ color: f.properties.kind === 'RIVER' ? '#1565c0' : '#c62828', weight: 5, opacity: 0.85 }),
        onEachFeature: (f, l) => {
          l.bindTooltip(`${f.properties.code} ${f.properties.name}`);
          l.on('click', () => { window.location.href = all.dataset.page + f.properties.id; });
        },
      }).addTo(map);
      if (layer.getLayers().length) map.fitBounds(layer.getBounds().pad(0.1));
    });
  }
  const one = document.getElementById('segment-map');
  if (one && window.UrbanGridMap) {
    const map = UrbanGridMap.create(one, {});
    const layer = map.geoJSON(JSON.parse(one.dataset.line), { style: { color: '#c62828', weight: 6 } }).addTo(map);
    map.fitBounds(layer.getBounds().pad(0.2));
  }
});
