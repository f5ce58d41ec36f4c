// 巡查 on the phone (chiefs): start, the GPS track sent in batches, findings (直报 or fixed on the spot), end.
// Every post goes through the phone pages' outbox (mobile.js, window.UrbanGridOutbox): kept in IndexedDB while there
// is no signal and resent in order under its own Idempotency-Key, so nothing is lost or stored twice.
(() => {
  'use strict';
  const BATCH_MS = 30000;
  const STATE_KEY = 'urbangrid.patrol';
  const page = document.getElementById('patrol-page');
  if (!page) return;
  const d = page.dataset;
  const $ = (id) => document.getElementById(id);
  let watch = null;
  let buffer = [];
  let last = null;
  let timer = null;

  const load = () => { try { return JSON.parse(localStorage.getItem(STATE_KEY) || 'null'); } catch (e) { return null; } };
  const save = (s) => (s ? localStorage.setItem(STATE_KEY, JSON.stringify(s)) : localStorage.removeItem(STATE_KEY));
  const outbox = () => window.UrbanGridOutbox;

  function show(state) {
    const on = !!state && String(state.segmentId) === d.segmentId;
    $('patrol-panel').dataset.state = on ? 'patrolling' : 'idle';
    $('patrol-state').textContent = on ? d.textPatrolling : d.textIdle;
    $('patrol-start').hidden = on;
    $('patrol-end').hidden = !on;
    $('finding-box').hidden = !on;
    $('patrol-points').textContent = on ? d.textPoints.replace('{n}', String(state.points || 0)) : '';
  }

  function track(state) {
    if (!navigator.geolocation) return;
    watch = navigator.geolocation.watchPosition((p) => {
      last = { at: new Date(p.timestamp || Date.now()).toISOString(), lat: p.coords.latitude, lng: p.coords.longitude,
        acc: p.coords.accuracy };
      buffer.push(last);
      state.points = (state.points || 0) + 1;
      save(state);
      show(state);
    }, () => {}, { enableHighAccuracy: true, maximumAge: 5000, timeout: 20000 });
    timer = setInterval(() => sendPoints(state), BATCH_MS);
  }

  async function sendPoints(state) {
    if (!buffer.length) return;
    const points = buffer;
    buffer = [];
    await outbox().add({ key: outbox().newKey(), endpoint: `${d.api}/${encodeURIComponent(state.key)}/points`,
      label: d.textPoints.replace('{n}', String(points.length)), fields: { points: JSON.stringify(points) } });
  }

  async function start() {
    const state = { key: outbox().newKey(), segmentId: d.segmentId, startedAt: new Date().toISOString(), points: 0 };
    save(state);
    await outbox().add({ key: state.key, endpoint: d.api, label: d.textStart,
      fields: { segmentId: d.segmentId, startedAt: state.startedAt } });
    show(state);
    track(state);
  }

  async function end() {
    const state = load();
    if (!state) return;
    if (watch !== null) navigator.geolocation.clearWatch(watch);
    clearInterval(timer);
    await sendPoints(state);
    await outbox().add({ key: outbox().newKey(), endpoint: `${d.api}/${encodeURIComponent(state.key)}/end`,
      label: d.textEnd, fields: { endedAt: new Date().toISOString() } });
    save(null);
    show(null);
  }

  async function finding(event) {
    event.preventDefault();
    const state = load();
    if (!state) return;
    if (!last) { $('finding-result').textContent = d.textNoGps; return; }
    await sendPoints(state);
    const files = Array.from($('finding-photo').files || []);
    const photos = await Promise.all(files.map(async (f) => ({ data: await f.arrayBuffer(), type: f.type, name: f.name })));
    const select = $('finding-condition');
    await outbox().add({ key: outbox().newKey(), endpoint: `${d.api}/${encodeURIComponent(state.key)}/findings`,
      label: select.options[select.selectedIndex] ? select.options[select.selectedIndex].text : select.value,
      fields: { latitude: String(last.lat), longitude: String(last.lng), conditionCode: select.value,
        description: $('finding-description').value.trim(), onSpot: $('finding-on-spot').checked ? 'true' : '' },
      photos });
    event.target.reset();
    $('finding-result').textContent = d.textKept;
  }

  document.addEventListener('DOMContentLoaded', () => {
    const line = $('patrol-map');
    if (line && window.UrbanGridMap) {
      const map = UrbanGridMap.create(line, {});
      const layer = map.geoJSON(JSON.parse(line.dataset.line), { style: { color: '#c62828', weight: 6 } }).addTo(map);
      map.fitBounds(layer.getBounds().pad(0.2));
    }
    const state = load();
    show(state);
    if (state && String(state.segmentId) === d.segmentId) track(state);
    $('patrol-start').addEventListener('click', start);
    $('patrol-end').addEventListener('click', end);
    $('finding-form').addEventListener('submit', finding);
  });
})();
