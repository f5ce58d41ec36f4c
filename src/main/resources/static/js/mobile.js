// Inspector phone pages: distances to tasks, the report form with its maps and pickers, and the outbox that keeps
// reports on the phone while there is no signal and resends them with the same Idempotency-Key.
// Tests may set window.__urbangridOffline = true to make every send fail as if the network were down.
(() => {
  'use strict';
  const cfg = (() => {
    // Settings and texts come as data attributes of #urbangrid-mobile (no inline script under the CSP).
    const el = document.getElementById('urbangrid-mobile');
    const out = { text: {} };
    if (!el) return out;
    Object.entries(el.dataset).forEach(([key, value]) => {
      if (key.startsWith('text') && key.length > 4) out.text[key.charAt(4).toLowerCase() + key.slice(5)] = value;
      else out[key] = value;
    });
    return out;
  })();
  window.URBANGRID_MOBILE = cfg;
  const RESEND_EVERY_MS = 30000;
  const text = (key, vars) => (cfg.text[key] || key).replace(/\{(\w+)\}/g, (m, k) => (vars && k in vars ? vars[k] : m));
  const $ = (selector, root) => (root || document).querySelector(selector);

  // ---------- small helpers ----------
  function newKey() {
    if (window.crypto && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
    const bytes = new Uint8Array(16);
    if (window.crypto && crypto.getRandomValues) crypto.getRandomValues(bytes);
    else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  function csrfHeaders() {
    const token = $('meta[name="_csrf"]');
    const header = $('meta[name="_csrf_header"]');
    return token && header ? { [header.content]: token.content } : {};
  }

  function metres(lat1, lng1, lat2, lng2) {
    const rad = Math.PI / 180;
    const dLat = (lat2 - lat1) * rad;
    const dLng = (lng2 - lng1) * rad;
    const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
    return 6371008.8 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }

  function distanceText(m) {
    return m < 1000 ? text('distanceM', { n: Math.round(m) }) : text('distanceKm', { n: (m / 1000).toFixed(1) });
  }

  function toBase64(buffer) {
    let binary = '';
    const bytes = new Uint8Array(buffer);
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  }

  function fromBase64(b64) {
    const binary = atob(b64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes.buffer;
  }

  // ---------- the outbox: IndexedDB, or localStorage (photo as base64) where IndexedDB is missing ----------
  const Outbox = (() => {
    const DB = 'urbangrid-mobile';
    const STORE = 'outbox';
    const LS_KEY = 'urbangrid.outbox';
    let dbPromise = null;

    function db() {
      if (!dbPromise) {
        dbPromise = new Promise((resolve) => {
          if (!window.indexedDB) return resolve(null);
          try {
            const request = indexedDB.open(DB, 1);
            request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'key' });
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => resolve(null);
          } catch (e) {
            resolve(null);
          }
        });
      }
      return dbPromise;
    }

    function tx(mode, work) {
      return db().then((d) => new Promise((resolve, reject) => {
        const t = d.transaction(STORE, mode);
        const result = work(t.objectStore(STORE));
        t.oncomplete = () => resolve(result && 'result' in result ? result.result : undefined);
        t.onerror = () => reject(t.error);
      }));
    }

    const local = {
      read: () => JSON.parse(localStorage.getItem(LS_KEY) || '[]'),
      write: (items) => localStorage.setItem(LS_KEY, JSON.stringify(items)),
    };

    return {
      async all() {
        const items = (await db()) ? await tx('readonly', (s) => s.getAll())
          : local.read().map((i) => ({ ...i, photo: fromBase64(i.photo) }));
        return (items || []).sort((a, b) => a.createdAt - b.createdAt);
      },
      async put(item) {
        if (await db()) return tx('readwrite', (s) => s.put(item));
        const items = local.read().filter((i) => i.key !== item.key);
        items.push({ ...item, photo: toBase64(item.photo) });
        local.write(items);
      },
      async remove(key) {
        if (await db()) return tx('readwrite', (s) => s.delete(key));
        local.write(local.read().filter((i) => i.key !== key));
      },
    };
  })();

  // ---------- sending ----------
  /** Sends one report; answers 'sent', 'waiting' (try again later) or 'rejected' (the server said no). */
  async function send(item) {
    const body = new FormData();
    Object.entries(item.fields).forEach(([name, value]) => {
      if (value !== null && value !== undefined && value !== '') body.append(name, value);
    });
    body.append('photo', new Blob([item.photo], { type: item.photoType || 'image/jpeg' }), item.photoName || 'photo.jpg');
    let response;
    try {
      if (window.__urbangridOffline) throw new TypeError('offline (simulated)');
      response = await fetch(cfg.endpoint, {
        method: 'POST', body, credentials: 'same-origin', redirect: 'manual',
        headers: { 'Idempotency-Key': item.key, Accept: 'application/json', ...csrfHeaders() },
      });
    } catch (networkError) {
      return { outcome: 'waiting', note: text('kept') };
    }
    const json = await response.json().catch(() => null);
    if (response.ok && json) {
      return { outcome: 'sent', note: text(json.replayed ? 'replayed' : 'sent', { number: json.number }), result: json };
    }
    const problem = json && json.code;
    if (response.type === 'opaqueredirect' || response.status === 401 || (response.status === 403 && !problem)) {
      return { outcome: 'waiting', note: text('login') };
    }
    if (response.status >= 500 || response.status === 0 || response.status === 408 || response.status === 429) {
      return { outcome: 'waiting', note: text('kept') };
    }
    return { outcome: 'rejected', note: text('rejected', { detail: (json && json.detail) || response.status }) };
  }

  let flushing = null;

  /** Resends every waiting report, oldest first; stops at the first network failure (still no signal). */
  function flush() {
    if (flushing) return flushing;
    flushing = (async () => {
      const items = await Outbox.all().catch(() => []);
      // 'sending' is the form's own first try; one left over from a closed page is resent like any other.
      const due = (i) => i.state === 'waiting' || (i.state === 'sending' && Date.now() - i.createdAt > 60000);
      for (const item of items.filter(due)) {
        const answer = await send(item);
        await settle(item, answer);
        if (answer.outcome === 'waiting') break;
      }
    })().finally(() => { flushing = null; renderOutbox(); });
    return flushing;
  }

  async function settle(item, answer) {
    if (answer.outcome === 'sent') {
      await Outbox.remove(item.key);
      showResult(answer.note, answer.result);
    } else {
      await Outbox.put({ ...item, state: answer.outcome, note: answer.note, tries: (item.tries || 0) + 1 });
    }
  }

  function showResult(message, result) {
    const box = $('#report-result') || $('.flashes');
    if (!box) return;
    box.hidden = false;
    box.textContent = message;
    if (result && cfg.caseUrl) {
      const link = document.createElement('a');
      link.href = cfg.caseUrl + result.id;
      link.textContent = ' ›';
      link.className = 'case-link';
      box.appendChild(link);
    }
  }

  async function renderOutbox() {
    const panel = $('#outbox-panel');
    if (!panel) return;
    const items = await Outbox.all().catch(() => []);
    panel.dataset.count = String(items.length);
    $('#outbox-count').textContent = String(items.length);
    const list = $('#outbox');
    list.replaceChildren(...items.map(outboxRow));
  }

  function outboxRow(item) {
    const li = document.createElement('li');
    li.className = item.state;
    li.dataset.key = item.key;
    const when = new Date(item.createdAt).toLocaleString();
    const title = document.createElement('div');
    title.innerHTML = '<strong></strong> <span class="small muted"></span>';
    title.firstChild.textContent = item.label || item.fields.conditionCode;
    title.lastChild.textContent = when + (item.fields.onSpot ? ' · ' + text('onSpot') : '');
    const description = document.createElement('div');
    description.textContent = item.fields.description;
    const note = document.createElement('div');
    note.className = 'small ' + (item.state === 'rejected' ? 'm-error' : 'muted');
    note.textContent = item.note || text('waiting');
    const actions = document.createElement('div');
    actions.className = 'row';
    if (item.state === 'rejected') actions.appendChild(button(text('retry'), 'retry', () => retry(item)));
    actions.appendChild(button(text('remove'), 'remove', () => removeItem(item)));
    li.append(title, description, note, actions);
    return li;
  }

  function button(label, action, onClick) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.dataset.action = action;
    b.addEventListener('click', onClick);
    return b;
  }

  async function retry(item) {
    await Outbox.put({ ...item, state: 'waiting', note: null });
    flush();
  }

  async function removeItem(item) {
    if (!window.confirm(text('confirmRemove'))) return;
    await Outbox.remove(item.key);
    renderOutbox();
  }

  function startOutbox() {
    if (!$('#outbox-panel')) return;
    renderOutbox().then(flush);
    window.addEventListener('online', () => flush());
    setInterval(() => flush(), RESEND_EVERY_MS);
    const resend = $('#resend');
    if (resend) resend.addEventListener('click', () => flush());
  }

  // ---------- maps (no base tiles exist: only our grid outlines are drawn) ----------
  function blankMap(element) {
    const map = L.map(element, { attributionControl: false, zoomSnap: 0.25 });
    map.setView([38.86, 121.53], 13);
    return map;
  }

  function drawGrids(map, url, onDrawn) {
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } })
      .then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
      .then((geojson) => {
        const layer = L.geoJSON(geojson, {
          style: { color: '#0b5cad', weight: 2, fillColor: '#7fb3ef', fillOpacity: 0.15 },
          onEachFeature: (feature, l) => {
            const p = feature.properties || {};
            if (p.name || p.code) l.bindTooltip(`${p.name || ''} ${p.code || ''}`.trim());
          },
        }).addTo(map);
        if (layer.getBounds().isValid()) map.fitBounds(layer.getBounds(), { padding: [8, 8] });
        if (onDrawn) onDrawn(layer);
      })
      .catch(() => {});
  }

  // ---------- where I stand: distances on the task list and the task page ----------
  function showDistances() {
    const targets = document.querySelectorAll('[data-lat][data-lng]');
    const status = $('#geo-status');
    if (!targets.length && !status) return;
    const none = () => { if (status) status.textContent = text('geoNone'); };
    if (!navigator.geolocation) return none();
    navigator.geolocation.getCurrentPosition((position) => {
      const { latitude, longitude } = position.coords;
      targets.forEach((el) => {
        const m = metres(latitude, longitude, parseFloat(el.dataset.lat), parseFloat(el.dataset.lng));
        el.dataset.distance = String(Math.round(m));
        const out = $('.m-distance', el);
        if (out) out.textContent = distanceText(m);
      });
      if (status) status.textContent = text('geoOk');
    }, none, { enableHighAccuracy: true, timeout: 10000, maximumAge: 60000 });
  }

  function startCaseMap() {
    const element = $('#case-map');
    const kase = $('#case');
    if (!element || !window.L) return;
    const map = blankMap(element);
    const at = [parseFloat(kase.dataset.lat), parseFloat(kase.dataset.lng)];
    L.circleMarker(at, { radius: 8, color: '#c62828', fillOpacity: 0.9 }).addTo(map);
    map.setView(at, 17);
    drawGrids(map, element.dataset.gridUrl);
  }

  // ---------- the report form ----------
  const report = { where: 'none', marker: null, map: null };

  function startReportForm() {
    const form = $('#report-form');
    if (!form) return;
    report.noCondition = $('#condition-chosen').textContent;
    const mapElement = $('#report-map');
    if (mapElement && window.L) {
      report.map = blankMap(mapElement);
      drawGrids(report.map, mapElement.dataset.areaUrl);
      report.map.on('click', (e) => setPosition(e.latlng.lat, e.latlng.lng));
    }
    $('#use-gps').addEventListener('click', useGps);
    $('#photo').addEventListener('change', previewPhoto);
    document.addEventListener('click', chooseFromPicker);
    form.addEventListener('submit', (event) => { event.preventDefault(); submitReport(form); });
  }

  function useGps() {
    const where = $('#where');
    if (!navigator.geolocation) { where.textContent = text('gpsUnsupported'); return; }
    where.textContent = text('locating');
    navigator.geolocation.getCurrentPosition(
      (p) => setPosition(p.coords.latitude, p.coords.longitude),
      (e) => { where.textContent = text('gpsFailed', { reason: e.message || e.code }); },
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 0 });
  }

  /** Puts the report at a position and asks the server where that is; exposed for tests as window.urbangridSetPosition. */
  function setPosition(lat, lng) {
    $('#latitude').value = lat.toFixed(7);
    $('#longitude').value = lng.toFixed(7);
    if (report.map) {
      if (report.marker) report.marker.setLatLng([lat, lng]);
      else report.marker = L.marker([lat, lng]).addTo(report.map);
    }
    const where = $('#where');
    report.where = 'unknown';
    where.dataset.state = 'unknown';
    const url = `${cfg.locateUrl}?lat=${encodeURIComponent(lat)}&lng=${encodeURIComponent(lng)}`;
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
      .then((answer) => {
        report.where = answer.inArea ? 'in' : 'out';
        where.dataset.state = report.where;
        where.textContent = answer.message;
        if (answer.unitGridCode) where.dataset.grid = answer.unitGridCode;
      })
      .catch(() => { where.textContent = text('whereUnknown'); });
  }
  window.urbangridSetPosition = setPosition;

  function previewPhoto() {
    const file = $('#photo').files[0];
    const preview = $('#photo-preview');
    if (!file) { preview.hidden = true; return; }
    preview.src = URL.createObjectURL(file);
    preview.hidden = false;
  }

  function chooseFromPicker(event) {
    const classButton = event.target.closest('[data-class-code]');
    if (classButton) mark(classButton, '#class-results');
    const condition = event.target.closest('[data-condition-code]');
    if (!condition) return;
    mark(condition, '#condition-results');
    $('#condition-code').value = condition.dataset.conditionCode;
    $('#condition-chosen').textContent = `${condition.dataset.conditionCode} ${condition.dataset.conditionLabel}`;
    $('#condition-chosen').dataset.label = condition.dataset.conditionLabel;
  }

  function mark(chosen, container) {
    document.querySelectorAll(`${container} .chosen`).forEach((b) => b.classList.remove('chosen'));
    chosen.classList.add('chosen');
  }

  function problemWithForm() {
    if (!$('#photo').files.length) return text('needPhoto');
    if (!$('#latitude').value) return text('needPosition');
    if (report.where === 'out') return text('outsideArea');
    if (!$('#condition-code').value) return text('needCondition');
    if (!$('#description').value.trim()) return text('needDescription');
    return null;
  }

  async function submitReport(form) {
    const error = $('#form-error');
    const problem = problemWithForm();
    error.hidden = !problem;
    error.textContent = problem || '';
    if (problem) return;
    const sendButton = $('#send');
    sendButton.disabled = true;
    try {
      const item = await itemFromForm();
      let kept = true;
      await Outbox.put(item).catch(() => { kept = false; });
      showResult(text('sending'));
      const answer = await send(item);
      if (answer.outcome === 'rejected') {
        await Outbox.remove(item.key).catch(() => {});
        error.hidden = false;
        error.textContent = answer.note;
        $('#report-result').hidden = true;
      } else {
        if (answer.outcome === 'sent') await Outbox.remove(item.key).catch(() => {});
        else await settle(item, answer).catch(() => { kept = false; });
        showResult(kept || answer.outcome === 'sent' ? answer.note : text('storageFailed'), answer.result);
        if (kept || answer.outcome === 'sent') resetForm(form);
      }
    } finally {
      sendButton.disabled = false;
      renderOutbox();
    }
  }

  async function itemFromForm() {
    const file = await smaller($('#photo').files[0]);
    return {
      key: newKey(),
      createdAt: Date.now(),
      state: 'sending',
      label: $('#condition-chosen').textContent,
      fields: {
        latitude: $('#latitude').value,
        longitude: $('#longitude').value,
        conditionCode: $('#condition-code').value,
        description: $('#description').value.trim(),
        onSpot: $('#on-spot').checked ? 'true' : '',
      },
      photo: await file.arrayBuffer(),
      photoType: file.type,
      photoName: file.name || 'photo.jpg',
    };
  }

  /** Camera photos of several MB are scaled to 1600 px JPEG so they fit a weak signal and the phone's storage. */
  async function smaller(file) {
    if (file.size < 1.5 * 1024 * 1024 || !window.createImageBitmap) return file;
    try {
      const bitmap = await createImageBitmap(file);
      const scale = Math.min(1, 1600 / Math.max(bitmap.width, bitmap.height));
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(bitmap.width * scale);
      canvas.height = Math.round(bitmap.height * scale);
      canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
      return blob ? new File([blob], 'photo.jpg', { type: 'image/jpeg' }) : file;
    } catch (e) {
      return file;
    }
  }

  function resetForm(form) {
    form.reset();
    $('#photo-preview').hidden = true;
    $('#condition-code').value = '';
    $('#condition-chosen').textContent = report.noCondition;
    document.querySelectorAll('#report-form .chosen').forEach((b) => b.classList.remove('chosen'));
  }

  document.addEventListener('DOMContentLoaded', () => {
    startOutbox();
    showDistances();
    startCaseMap();
    startReportForm();
  });
})();
