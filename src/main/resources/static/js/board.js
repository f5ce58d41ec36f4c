// 曝光台's map (templates/board/board.html): our own base map through js/map.js, and the open and recently closed
// cases from /public/board/map/cases (GeoJSON, public fields only) as dots — amber open, red overdue, green closed —
// each with a popup linking to the case's public page. No inline script: settings come from #map-config.
(function () {
  'use strict';

  const COLOURS = { open: '#d97706', late: '#b3261e', closed: '#13702f' };

  function start(el) {
    if (!window.UrbanGridMap || !window.UrbanGridMap.create) return;
    const c = window.UrbanGridMap.settings();
    const map = window.UrbanGridMap.create(el, { label: el.getAttribute('aria-label') });
    const layer = L.layerGroup();
    map.overlay(c.text('cases'), layer, true);
    fetch(el.dataset.points, { headers: { Accept: 'application/geo+json' } })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((data) => {
        let n = 0;
        (data.features || []).forEach((f) => {
          const p = f.properties || {};
          const kind = !p.open ? 'closed' : p.overdue ? 'late' : 'open';
          const at = map.toMap(f.geometry.coordinates[1], f.geometry.coordinates[0]);
          const dot = L.circleMarker(at, { radius: 7, color: '#ffffff', weight: 2, fillColor: COLOURS[kind], fillOpacity: 0.95 });
          const popup = document.createElement('div');
          popup.className = 'b-popup';
          const link = document.createElement('a');
          link.href = c.casePage + encodeURIComponent(p.number);
          link.textContent = p.number;
          const what = document.createElement('div');
          what.textContent = [p.className, p.statusName, kind === 'late' ? c.text('late') : null].filter(Boolean).join(' · ');
          const where = document.createElement('div');
          where.textContent = p.address || '';
          popup.appendChild(link); popup.appendChild(what); popup.appendChild(where);
          dot.bindPopup(popup);
          dot.bindTooltip(p.number + ' · ' + (p.statusName || ''));
          dot.addTo(layer);
          n++;
        });
        el.dataset.casePoints = String(n);
      })
      .catch((e) => { if (window.console) console.warn('board points', e); el.dataset.casePoints = 'error'; });
  }

  document.addEventListener('DOMContentLoaded', () => {
    if (typeof L === 'undefined') return;
    const el = document.getElementById('board-map');
    if (el) start(el);
  });
})();
