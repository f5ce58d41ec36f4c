// The citizen's report form (templates/public/report.html): position by GPS, a tap on the map (our own base map,
// js/map.js) or an address from the gazetteer; the photos checked (count, type, size) and shown before sending; and,
// once a position and a problem are chosen, the open cases of that kind nearby (已有人报告过这个问题吗?) fetched as
// an htmx fragment. Sending is pow.js's (<form data-pow>). No inline script: the texts come as data attributes.
(function () {
  'use strict';

  const TYPES = ['image/jpeg', 'image/png', 'image/webp'];
  const MAX_BYTES = 10 * 1024 * 1024;

  function byId(id) { return document.getElementById(id); }

  document.addEventListener('DOMContentLoaded', () => {
    const form = byId('report-form');
    if (!form) return;
    const d = form.dataset;
    const lat = byId('latitude');
    const lng = byId('longitude');
    const address = byId('address');
    const shown = byId('position-shown');
    const el = byId('report-map');
    let map = null;
    let marker = null;

    function error(field, text) {
      const line = byId(field + '-error');
      if (line) line.textContent = text || '';
    }

    function nearby() {
      const problem = form.querySelector('input[name="problem"]:checked');
      if (!problem || !lat.value || !lng.value || typeof htmx === 'undefined') return;
      const url = d.nearbyUrl + '?problem=' + encodeURIComponent(problem.value) + '&latitude='
        + encodeURIComponent(lat.value) + '&longitude=' + encodeURIComponent(lng.value);
      htmx.ajax('GET', url, { target: '#nearby', swap: 'innerHTML' });
    }

    function pick(la, ln, name, centre) {
      lat.value = la.toFixed(7);
      lng.value = ln.toFixed(7);
      if (name !== undefined) address.value = name || '';
      shown.textContent = (d.textChosen || '{0}').replace('{0}', (address.value ? address.value + ' · ' : '')
        + lat.value + ', ' + lng.value);
      form.dataset.position = 'chosen';
      if (map) {
        const at = map.toMap(la, ln);
        if (marker) marker.setLatLng(at);
        else marker = L.circleMarker(at, { radius: 9, color: '#b3261e', weight: 3, fillColor: '#fff', fillOpacity: 1 }).addTo(map);
        if (centre) map.setView(at, Math.max(map.getZoom(), 17));
      }
      error('position', '');
      nearby();
    }

    if (el && typeof L !== 'undefined' && window.UrbanGridMap && window.UrbanGridMap.create) {
      map = window.UrbanGridMap.create(el, { label: el.getAttribute('aria-label') });
      map.on('click', (e) => { const w = map.fromMap(e.latlng); pick(w.lat, w.lng, null, false); });
      if (lat.value && lng.value) pick(parseFloat(lat.value), parseFloat(lng.value), address.value, true);
    }

    byId('use-gps').addEventListener('click', () => {
      if (!navigator.geolocation) { error('position', d.textGpsFailed); return; }
      navigator.geolocation.getCurrentPosition(
        (p) => pick(p.coords.latitude, p.coords.longitude, null, true),
        () => error('position', d.textGpsFailed),
        { enableHighAccuracy: true, timeout: 15000, maximumAge: 30000 });
    });

    document.addEventListener('click', (e) => {
      const button = e.target.closest ? e.target.closest('#places button.place') : null;
      if (!button) return;
      pick(parseFloat(button.dataset.lat), parseFloat(button.dataset.lng), button.dataset.name, true);
      byId('places').textContent = '';
    });

    form.addEventListener('change', (e) => {
      if (e.target.name === 'problem') { error('problem', ''); nearby(); }
    });

    const photos = byId('photos');
    const thumbs = byId('photo-thumbs');
    photos.addEventListener('change', () => {
      thumbs.textContent = '';
      const files = Array.prototype.slice.call(photos.files || []);
      const max = parseInt(d.maxPhotos, 10) || 6;
      let problem = '';
      if (files.length > max) problem = d.textTooMany;
      else if (files.some((f) => TYPES.indexOf(f.type) < 0)) problem = d.textWrongType;
      else if (files.some((f) => f.size > MAX_BYTES)) problem = d.textTooLarge;
      error('photos', problem);
      photos.setAttribute('aria-invalid', problem ? 'true' : 'false');
      if (problem) { photos.value = ''; return; }
      files.forEach((file, i) => {
        const li = document.createElement('li');
        const img = document.createElement('img');
        img.src = URL.createObjectURL(file);
        img.alt = (d.textPhoto || '{0}').replace('{0}', String(i + 1));
        li.appendChild(img);
        thumbs.appendChild(li);
      });
    });
  });
})();
