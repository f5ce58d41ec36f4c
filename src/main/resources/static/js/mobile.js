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
          : local.read().map((i) => ({ ...i, photos: i.photos.map((p) => ({ ...p, data: fromBase64(p.data) })) }));
        return (items || []).map(withPhotos).sort((a, b) => a.createdAt - b.createdAt);
      },
      async put(item) {
        if (await db()) return tx('readwrite', (s) => s.put(item));
        const items = local.read().filter((i) => i.key !== item.key);
        items.push({ ...item, photos: item.photos.map((p) => ({ ...p, data: toBase64(p.data) })) });
        local.write(items);
      },
      async remove(key) {
        if (await db()) return tx('readwrite', (s) => s.delete(key));
        local.write(local.read().filter((i) => i.key !== key));
      },
    };
  })();

  /** A report kept before it could carry several photos has one, as item.photo: read it as a list of one. */
  function withPhotos(item) {
    if (item.photos || !item.photo) return item;
    const { photo, photoType, photoName, ...rest } = item;
    return { ...rest, photos: [{ data: photo, type: photoType, name: photoName }] };
  }

  /** A report waits for the inspector who made it: another one logged in on this phone neither sees nor sends it. */
  function mine(item) {
    return !item.owner || !cfg.user || item.owner === cfg.user;
  }

  // ---------- sending ----------
  /** Sends one report; answers 'sent', 'waiting' (try again later) or 'rejected' (the server said no). */
  async function send(item) {
    const body = new FormData();
    Object.entries(item.fields).forEach(([name, value]) => {
      if (value !== null && value !== undefined && value !== '') body.append(name, value);
    });
    withPhotos(item).photos.forEach((p, i) => body.append('photo',
      new Blob([p.data], { type: p.type || 'image/jpeg' }), p.name || `photo-${i + 1}.jpg`));
    let response;
    try {
      if (window.__urbangridOffline) throw new TypeError('offline (simulated)');
      response = await fetch(item.endpoint || cfg.endpoint, {
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
    return { outcome: 'rejected', note: text('rejected', { detail: (json && json.detail) || response.status }),
      errors: fieldErrors(json) };
  }

  let flushing = null;

  /** Resends every waiting report, oldest first; stops at the first network failure (still no signal). */
  function flush() {
    if (flushing) return flushing;
    flushing = (async () => {
      const items = await Outbox.all().catch(() => []);
      // 'sending' is the form's own first try; one left over from a closed page is resent like any other.
      const due = (i) => mine(i) && (i.state === 'waiting' || (i.state === 'sending' && Date.now() - i.createdAt > 60000));
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
      // only a report answers with a case: a patrol's start, track or end is sent without a word
      if (answer.result && answer.result.number) showResult(answer.note, answer.result);
    } else {
      await Outbox.put({ ...item, state: answer.outcome, note: answer.note, errors: answer.errors || [],
        tries: (item.tries || 0) + 1 });
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
    const waiting = $('#my-waiting');
    if (!panel && !waiting) return;
    const items = (await Outbox.all().catch(() => [])).filter(mine);
    if (panel) {
      panel.dataset.count = String(items.length);
      $('#outbox-count').textContent = String(items.length);
      $('#outbox').replaceChildren(...items.map(outboxRow));
    }
    if (waiting) {
      waiting.dataset.count = String(items.length);
      waiting.hidden = items.length === 0;
      $('#my-waiting-list').replaceChildren(...items.map(waitingReport));
      const none = $('#no-reports');
      if (none) none.hidden = items.length > 0;
    }
  }

  /** A report still on the phone as a row of 我的上报, marked 待发送 (or 被拒收 with the server's reason). */
  function waitingReport(item) {
    const li = document.createElement('li');
    li.className = 'card m-mine m-waiting ' + item.state;
    li.dataset.key = item.key;
    const head = document.createElement('div');
    head.className = 'row m-task-head';
    const badge = document.createElement('span');
    badge.className = 'badge m-status ' + (item.state === 'rejected' ? 'refused' : 'waiting');
    badge.textContent = text(item.state === 'rejected' ? 'rejectedBadge' : 'waitingBadge');
    const name = document.createElement('strong');
    name.className = 'm-class';
    name.textContent = item.label || item.fields.conditionCode;
    head.append(badge, name);
    const description = document.createElement('div');
    description.className = 'm-description small';
    description.textContent = item.fields.description;
    const note = document.createElement('div');
    note.className = 'small ' + (item.state === 'rejected' ? 'm-error' : 'muted');
    note.textContent = `${new Date(item.createdAt).toLocaleString(document.documentElement.lang || undefined)} · ${item.note || text('waiting')}`;
    li.append(head, description, note);
    if (item.state === 'rejected') {
      const edit = document.createElement('a');
      edit.href = `${cfg.reportUrl}#edit-${item.key}`;
      edit.textContent = text('edit');
      edit.dataset.action = 'edit';
      li.appendChild(edit);
    }
    return li;
  }

  function outboxRow(item) {
    const li = document.createElement('li');
    li.className = item.state;
    li.dataset.key = item.key;
    const when = new Date(item.createdAt).toLocaleString(document.documentElement.lang || undefined);
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
    if (item.state === 'rejected') actions.appendChild(button(text('edit'), 'edit', () => editItem(item)));
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

  async function removeItem(item) {
    if (!window.confirm(text('confirmRemove'))) return;
    await Outbox.remove(item.key);
    renderOutbox();
  }

  function startOutbox() {
    if (!$('#outbox-panel') && !$('#my-waiting')) return;
    renderOutbox().then(flush);
    window.addEventListener('online', () => flush());
    setInterval(() => flush(), RESEND_EVERY_MS);
    const resend = $('#resend');
    if (resend) resend.addEventListener('click', () => flush());
  }

  // ---------- maps: the shared factory (js/map.js) with the base map, my position and our grids ----------
  function blankMap(element, label) {
    const map = UrbanGridMap.create(element, { label: UrbanGridMap.settings().text(label), center: [38.86, 121.53], zoom: 13 });
    map.locate();
    return map;
  }

  function drawGrids(map, url, onDrawn) {
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } })
      .then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
      .then((geojson) => {
        const layer = map.geoJSON(geojson, {
          style: { color: '#0b5cad', weight: 2, fillColor: '#7fb3ef', fillOpacity: 0.08 },
          onEachFeature: (feature, l) => {
            const p = feature.properties || {};
            if (p.name || p.code) l.bindTooltip(`${p.name || ''} ${p.code || ''}`.trim());
          },
        });
        map.overlay(UrbanGridMap.settings().text('grids'), layer);
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
    if (!element || !window.L || !window.UrbanGridMap) return;
    const map = blankMap(element, 'labelCase');
    const at = map.toMap(parseFloat(kase.dataset.lat), parseFloat(kase.dataset.lng));
    L.circleMarker(at, { radius: 8, color: '#c62828', fillOpacity: 0.9 }).addTo(map);
    drawGrids(map, element.dataset.gridUrl, () => map.setView(at, 17));
    map.setView(at, 17);
  }

  // ---------- the report form ----------
  const report = { where: 'none', marker: null, map: null, photos: [], editing: null };

  function startReportForm() {
    const form = $('#report-form');
    if (!form) return;
    report.noCondition = $('#condition-chosen').textContent;
    const mapElement = $('#report-map');
    if (mapElement && window.L && window.UrbanGridMap) {
      report.map = blankMap(mapElement, 'labelPick');
      drawGrids(report.map, mapElement.dataset.areaUrl);
      report.map.on('click', (e) => { const at = report.map.fromMap(e.latlng); setPosition(at.lat, at.lng); });
    }
    report.noPosition = $('#where').textContent;
    $('#use-gps').addEventListener('click', useGps);
    $('#photo').addEventListener('change', addPhotos);
    document.addEventListener('click', chooseFromPicker);
    $('#description').addEventListener('input', () => clearFieldError('description'));
    form.addEventListener('submit', (event) => { event.preventDefault(); submitReport(form); });
    const edit = /^#edit-(.+)$/.exec(window.location.hash);
    if (edit) Outbox.all().then((items) => { const item = items.find((i) => i.key === edit[1]); if (item) editItem(item); });
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
      const shown = report.map.toMap(lat, lng);
      if (report.marker) report.marker.setLatLng(shown);
      else report.marker = L.marker(shown).addTo(report.map);
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
        showAnswers(answer.inside ? { lat: lat, lng: lng } : null);
      })
      .catch(() => { where.textContent = text('whereUnknown'); });
  }
  window.urbangridSetPosition = setPosition;

  /** 谁来负责 at the located spot (an htmx fragment from /m/answers); cleared when there is no spot. Live only. */
  function showAnswers(at) {
    const box = $('#spot-answers');
    if (!box) return;
    box.replaceChildren();
    if (!at || !window.htmx) return;
    const url = `${box.dataset.url}?lat=${encodeURIComponent(at.lat)}&lng=${encodeURIComponent(at.lng)}`;
    const loading = window.htmx.ajax('GET', url, { target: box, swap: 'innerHTML' });
    if (loading && loading.catch) loading.catch(() => box.replaceChildren());
  }

  // ---------- photos: each camera shot (or chosen file) is added to the report, shown as a thumbnail ----------
  function addPhotos() {
    const input = $('#photo');
    const max = parseInt(input.dataset.max || '6', 10);
    const files = Array.from(input.files || []);
    input.value = ''; // the same picture may be taken again; the list below is what is sent
    const room = max - report.photos.length;
    files.slice(0, Math.max(0, room)).forEach((file) => report.photos.push({ file, url: URL.createObjectURL(file) }));
    renderPhotos();
    if (files.length > room) showFieldError('photo', text('tooManyPhotos', { max }));
    else if (report.photos.length) clearFieldError('photo');
  }

  function removePhoto(index) {
    const [gone] = report.photos.splice(index, 1);
    if (gone) URL.revokeObjectURL(gone.url);
    renderPhotos();
    const next = $('#photo-thumbs button') || $('#photo');
    next.focus();
  }

  function renderPhotos() {
    const list = $('#photo-thumbs');
    list.replaceChildren(...report.photos.map((photo, i) => {
      const li = document.createElement('li');
      li.className = 'm-thumb';
      const img = document.createElement('img');
      img.src = photo.url;
      img.alt = text('photoAlt', { n: i + 1 });
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'm-thumb-remove';
      remove.dataset.action = 'remove-photo';
      remove.setAttribute('aria-label', text('removePhoto', { n: i + 1 }));
      remove.textContent = '×';
      remove.addEventListener('click', () => removePhoto(i));
      li.append(img, remove);
      return li;
    }));
    list.hidden = report.photos.length === 0;
    $('#photo').required = report.photos.length === 0;
  }

  // ---------- errors beside their fields ----------
  /** The form's fields by the names a refusal gives them (form fields, request parameters, catalogue words). */
  const FIELD_OF = {
    photo: 'photo', photos: 'photo', photoIds: 'photo',
    latitude: 'position', longitude: 'position', position: 'position', unitGridCode: 'position',
    conditionCode: 'condition', condition: 'condition', classCode: 'condition',
    description: 'description',
  };
  /** The control each field's error describes (aria-describedby / aria-invalid). */
  const CONTROL_OF = { photo: '#photo', position: '#report-map', condition: '#condition-search', description: '#description' };

  /** A problem's messages by form field: Bean Validation's errors[], or one field named by the problem. */
  function fieldErrors(problem) {
    if (!problem) return [];
    if (Array.isArray(problem.errors)) {
      return problem.errors.filter((e) => e && e.field)
        .map((e) => ({ field: FIELD_OF[e.field] || null, message: e.message || problem.detail }));
    }
    return [{ field: FIELD_OF[problem.field] || null, message: problem.detail }];
  }

  function showFieldError(field, message) {
    const box = $(`#${field}-error`);
    if (!box) return false;
    box.textContent = message;
    box.hidden = false;
    const control = $(CONTROL_OF[field]);
    if (control) control.setAttribute('aria-invalid', 'true');
    $(`#${field}-field`)?.classList.add('invalid');
    return true;
  }

  function clearFieldError(field) {
    const box = $(`#${field}-error`);
    if (box) { box.hidden = true; box.textContent = ''; }
    const control = $(CONTROL_OF[field]);
    if (control) control.removeAttribute('aria-invalid');
    $(`#${field}-field`)?.classList.remove('invalid');
  }

  function clearErrors() {
    Object.keys(CONTROL_OF).forEach(clearFieldError);
    const error = $('#form-error');
    error.hidden = true;
    error.textContent = '';
  }

  /** Shows each error beside its field (the rest above the send button) and moves focus to the first field. */
  function showErrors(errors) {
    clearErrors();
    const general = [];
    errors.forEach((e) => { if (!e.field || !showFieldError(e.field, e.message)) general.push(e.message); });
    if (general.length) {
      const error = $('#form-error');
      error.textContent = general.join(' ');
      error.hidden = false;
    }
    const first = errors.find((e) => e.field);
    const target = first ? (first.field === 'position' ? $('#use-gps') : $(CONTROL_OF[first.field])) : $('#form-error');
    if (target) {
      target.scrollIntoView({ block: 'center' });
      if (target.focus) target.focus({ preventScroll: true });
    }
  }

  function chooseFromPicker(event) {
    const classButton = event.target.closest('[data-class-code]');
    if (classButton) mark(classButton, '#class-results');
    const condition = event.target.closest('[data-condition-code]');
    if (!condition) return;
    mark(condition, '#condition-results');
    clearFieldError('condition');
    $('#condition-code').value = condition.dataset.conditionCode;
    $('#condition-chosen').textContent = `${condition.dataset.conditionCode} ${condition.dataset.conditionLabel}`;
    $('#condition-chosen').dataset.label = condition.dataset.conditionLabel;
  }

  function mark(chosen, container) {
    document.querySelectorAll(`${container} .chosen`).forEach((b) => b.classList.remove('chosen'));
    chosen.classList.add('chosen');
  }

  /** What the page can tell before sending, field by field. */
  function problemsWithForm() {
    const problems = [];
    if (!report.photos.length) problems.push({ field: 'photo', message: text('needPhoto') });
    if (!$('#latitude').value) problems.push({ field: 'position', message: text('needPosition') });
    else if (report.where === 'out') problems.push({ field: 'position', message: text('outsideArea') });
    if (!$('#condition-code').value) problems.push({ field: 'condition', message: text('needCondition') });
    if (!$('#description').value.trim()) problems.push({ field: 'description', message: text('needDescription') });
    return problems;
  }

  async function submitReport(form) {
    const problems = problemsWithForm();
    if (problems.length) { showErrors(problems); return; }
    clearErrors();
    const sendButton = $('#send');
    sendButton.disabled = true;
    try {
      const item = await itemFromForm();
      let kept = true;
      await Outbox.put(item).catch(() => { kept = false; });
      if (report.editing) await Outbox.remove(report.editing).catch(() => {});
      report.editing = null;
      showResult(text('sending'));
      const answer = await send(item);
      if (answer.outcome === 'rejected') {
        // Refused while the page is open: the report goes back to being edited here, nothing kept on the phone.
        await Outbox.remove(item.key).catch(() => {});
        $('#report-result').hidden = true;
        showErrors(answer.errors.length ? answer.errors : [{ field: null, message: answer.note }]);
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
    const photos = await Promise.all(report.photos.map(async (p, i) => {
      const file = await smaller(p.file);
      return { data: await file.arrayBuffer(), type: file.type, name: file.name || `photo-${i + 1}.jpg` };
    }));
    return {
      key: newKey(),
      owner: cfg.user,
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
      photos,
    };
  }

  /**
   * A report the server refused after it waited on the phone, back in the form with each error beside its field;
   * sending it again makes a new report (new key) and drops the refused one.
   */
  function editItem(item) {
    const form = $('#report-form');
    if (!form) { window.location.href = `${cfg.reportUrl}#edit-${item.key}`; return; }
    resetForm(form);
    report.editing = item.key;
    withPhotos(item).photos.forEach((p, i) => {
      const file = new File([p.data], p.name || `photo-${i + 1}.jpg`, { type: p.type || 'image/jpeg' });
      report.photos.push({ file, url: URL.createObjectURL(file) });
    });
    renderPhotos();
    const f = item.fields;
    if (f.latitude && f.longitude) setPosition(parseFloat(f.latitude), parseFloat(f.longitude));
    $('#condition-code').value = f.conditionCode || '';
    $('#condition-chosen').textContent = f.conditionCode ? item.label || f.conditionCode : report.noCondition;
    $('#description').value = f.description || '';
    $('#on-spot').checked = f.onSpot === 'true';
    showResult(text('editing'));
    showErrors(item.errors && item.errors.length ? item.errors : [{ field: null, message: item.note }]);
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

  /** After sending: nothing of the last report stays — photos, position, class lists, condition, description. */
  function resetForm(form) {
    form.reset();
    report.photos.forEach((p) => URL.revokeObjectURL(p.url));
    report.photos = [];
    renderPhotos();
    $('#latitude').value = '';
    $('#longitude').value = '';
    report.where = 'none';
    const where = $('#where');
    where.dataset.state = 'none';
    delete where.dataset.grid;
    where.textContent = report.noPosition;
    showAnswers(null);
    if (report.marker) { report.marker.remove(); report.marker = null; }
    $('#condition-code').value = '';
    $('#condition-chosen').textContent = report.noCondition;
    delete $('#condition-chosen').dataset.label;
    $('#class-results').replaceChildren();
    $('#condition-results').replaceChildren();
    clearErrors();
  }

  // ---------- the installable app: the service worker keeps the pages for offline use; logging out drops them ----------
  function startOffline() {
    if ('serviceWorker' in navigator && cfg.workerUrl) {
      navigator.serviceWorker.register(cfg.workerUrl, { scope: cfg.workerScope }).catch(() => {});
    }
    document.querySelectorAll('form[action$="/logout"]').forEach((form) => form.addEventListener('submit', () => {
      if (navigator.serviceWorker && navigator.serviceWorker.controller) {
        navigator.serviceWorker.controller.postMessage({ type: 'logout' });
      }
      if (window.caches) {
        caches.keys().then((keys) => keys.filter((k) => k.startsWith('urbangrid-pages-')).forEach((k) => caches.delete(k)));
      }
    }));
  }

  // Other phone pages (the chiefs' patrol, js/patrol.js) keep their posts in the same outbox: an item may name its
  // own endpoint, and is resent in order with its own Idempotency-Key like a report.
  window.UrbanGridOutbox = {
    newKey,
    async add(item) {
      await Outbox.put({ state: 'waiting', createdAt: Date.now(), owner: cfg.user, photos: [], ...item });
      renderOutbox();
      return flush();
    },
    flush,
  };

  document.addEventListener('DOMContentLoaded', () => {
    startOffline();
    startOutbox();
    showDistances();
    startCaseMap();
    startReportForm();
  });
})();
