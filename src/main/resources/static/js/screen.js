// Command-centre big screen: reads /console/screen/data, draws it in place (ECharts, Leaflet, lists) and reads again
// on every "screen-changed" from the server (a case moved), every few minutes and just after midnight.
(function () {
  'use strict';
  const REFRESH_MS = 3 * 60 * 1000;
  const RECONNECT_MS = 5000;
  const ROTATE_MS = 20000;
  const COLOURS = ['#10233f', '#1f5f8b', '#2f9fd0', '#ffb347', '#ff4d4f'];
  const TEXT = '#d7e6ff';
  const MUTED = '#7f98bf';
  const LINE = 'rgba(127, 152, 191, 0.2)';
  let body, charts = {}, map, units = [], data = null, mode = 'open', pinned = false;
  let loading = false, again = false, midnightTimer = null, source = null, offset = 0;

  function t(name) { return body.dataset['t' + name] || ''; }
  function el(id) { return document.getElementById(id); }
  function fmt(n) { return n == null ? '–' : Number(n).toLocaleString(); }
  function level(f) { return f.properties && f.properties.level; }
  function colour(n) { return COLOURS[n >= 7 ? 4 : n >= 4 ? 3 : n >= 2 ? 2 : n >= 1 ? 1 : 0]; }
  function font() { return parseFloat(getComputedStyle(body).fontSize) || 14; }

  function axis(extra) {
    return Object.assign({ axisLine: { lineStyle: { color: MUTED } }, axisLabel: { color: TEXT, fontSize: font() * 0.9 },
      splitLine: { lineStyle: { color: LINE } } }, extra || {});
  }

  function legend() { return { textStyle: { color: TEXT, fontSize: font() * 0.9 }, top: 0, right: 0, itemHeight: font() * 0.7 }; }

  function setup() {
    ['status', 'source', 'classes', 'daily', 'monthly'].forEach((name) => {
      charts[name] = echarts.init(el('chart-' + name), null, { renderer: 'canvas' });
    });
    window.addEventListener('resize', () => { Object.values(charts).forEach((c) => c.resize()); if (map) map.invalidateSize(); });
    document.querySelectorAll('#map-modes button').forEach((b) => b.addEventListener('click', () => {
      pinned = true; showMode(b.dataset.mode);
    }));
    setInterval(() => { if (!pinned) showMode(mode === 'open' ? 'overdue' : 'open'); }, ROTATE_MS);
    setInterval(tick, 1000);
    tick();
    setupMap();
  }

  function tick() {
    const now = new Date(Date.now() + offset); // the server's clock: the day shown is the server's day
    el('clock').textContent = now.toLocaleTimeString(body.dataset.lang === 'en' ? 'en-GB' : 'zh-CN', { hour12: false, timeZone: body.dataset.zone || undefined });
  }

  function setupMap() {
    map = L.map('screen-map', { zoomControl: false, attributionControl: false, zoomSnap: 0.1 });
    fetch(body.dataset.geojson, { credentials: 'same-origin' }).then((r) => r.json()).then((geo) => {
      const features = geo.features.filter((f) => level(f) === 'unit' || level(f) === 'street');
      const layer = L.geoJSON({ type: 'FeatureCollection', features: features }, {
        style: (f) => level(f) === 'street' ? { color: '#38b6ff', weight: 2, fill: false } : unitStyle(f),
        onEachFeature: (f, l) => { if (level(f) === 'unit') { units.push(l); l.bindTooltip(() => tooltip(f)); } }
      }).addTo(map);
      layer.eachLayer((l) => { if (level(l.feature) === 'street') l.bringToFront(); });
      map.fitBounds(layer.getBounds(), { padding: [4, 4] });
      el('screen-map').dataset.ready = 'true';
    });
  }

  function counts() { return data ? (mode === 'open' ? data.gridOpen : data.gridOverdue) || {} : {}; }
  function unitStyle(f) {
    return { color: '#2b4a78', weight: 0.6, fillColor: colour(counts()[f.properties.code] || 0), fillOpacity: 0.9 };
  }
  function tooltip(f) { return f.properties.name + ' · ' + (counts()[f.properties.code] || 0); }

  function showMode(next) {
    mode = next;
    document.querySelectorAll('#map-modes button').forEach((b) => b.classList.toggle('on', b.dataset.mode === mode));
    units.forEach((l) => l.setStyle(unitStyle(l.feature)));
  }

  function refresh() {
    if (loading) { again = true; return; }
    loading = true;
    fetch(body.dataset.url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((r) => {
        if (r.redirected || !r.ok || !(r.headers.get('Content-Type') || '').includes('json')) throw new Error('expired');
        return r.json();
      })
      .then((next) => { data = next; offset = Date.parse(next.at) - Date.now(); draw(); tick(); status('live'); })
      .catch((e) => { status(e.message === 'expired' ? 'expired' : 'off'); })
      .finally(() => { loading = false; if (again) { again = false; refresh(); } });
    if (window.htmx && el('league-body')) {
      htmx.ajax('GET', body.dataset.league, { target: '#league-body', swap: 'outerHTML' });
    }
  }

  function status(state) {
    const live = el('live');
    live.classList.toggle('off', state === 'off');
    live.classList.toggle('expired', state === 'expired');
    live.textContent = live.dataset[state === 'live' ? 'live' : state === 'off' ? 'offline' : 'expired'];
  }

  function draw() {
    const d = data;
    el('day').textContent = d.day;
    el('kpi-reported').textContent = fmt(d.today.reported);
    el('kpi-closed').textContent = fmt(d.today.closed);
    el('kpi-share').textContent = d.today.closedShare == null ? '–' : Math.round(d.today.closedShare * 100) + '%';
    el('kpi-open').textContent = fmt(d.today.open);
    el('kpi-red').textContent = fmt(d.today.red);
    el('kpi-yellow').textContent = fmt(d.today.yellow);
    el('kpi-green').textContent = fmt(d.today.green);
    drawStatus(d.byStatus);
    drawSource(d.bySource);
    drawClasses(d.topClasses);
    drawTrend(charts.daily, d.daily, 'line');
    drawTrend(charts.monthly, d.monthly, 'bar');
    units.forEach((l) => l.setStyle(unitStyle(l.feature)));
    drawHot(d.hotSpots);
    drawTicker(d.urgent);
    if (midnightTimer) clearTimeout(midnightTimer);
    midnightTimer = setTimeout(refresh, Math.max(1000, d.msToMidnight + 1500));
    body.dataset.day = d.day;
  }

  function drawStatus(s) {
    const keep = s.codes.map((c, i) => i).filter((i) => s.today[i] > 0 || s.open[i] > 0);
    const pick = (list) => keep.map((i) => list[i]);
    charts.status.setOption({
      grid: { left: '3%', right: '4%', top: font() * 2, bottom: 0, containLabel: true }, legend: legend(),
      tooltip: { trigger: 'axis' },
      xAxis: axis({ type: 'value', minInterval: 1 }),
      yAxis: axis({ type: 'category', data: pick(s.labels), inverse: true }),
      series: [
        { name: t('Today'), type: 'bar', data: pick(s.today), itemStyle: { color: '#38b6ff' }, barGap: '10%' },
        { name: t('Open'), type: 'bar', data: pick(s.open), itemStyle: { color: '#ffc53d' } }
      ]
    }, { replaceMerge: ['series'] });
  }

  function drawSource(s) {
    const palette = ['#38b6ff', '#36cf7c', '#ffc53d', '#ff9c6e', '#b37feb', '#5cdbd3', '#ff85c0'];
    const items = s.labels.map((label, i) => ({ name: label, value: s.counts[i], itemStyle: { color: palette[i % palette.length] } }));
    const total = s.counts.reduce((a, b) => a + b, 0);
    charts.source.setOption({
      tooltip: { trigger: 'item' },
      title: { text: fmt(total), left: '35%', top: 'middle', textAlign: 'center',
        textStyle: { color: '#fff', fontSize: font() * 2.2, fontWeight: 'bold' } },
      legend: { orient: 'vertical', right: 0, top: 'middle', textStyle: { color: TEXT, fontSize: font() * 0.9 }, itemHeight: font() * 0.7 },
      series: [{ type: 'pie', radius: ['42%', '72%'], center: ['35%', '52%'], data: items,
        label: { show: false }, labelLine: { show: false },
        emptyCircleStyle: { color: '#10233f' }, minShowLabelAngle: 8 }]
    });
  }

  function drawClasses(list) {
    const rows = list.slice().reverse();
    charts.classes.setOption({
      grid: { left: '3%', right: '8%', top: 4, bottom: 0, containLabel: true }, tooltip: { trigger: 'axis' },
      xAxis: axis({ type: 'value', minInterval: 1 }),
      yAxis: axis({ type: 'category', data: rows.map((c) => c.name) }),
      series: [{ type: 'bar', data: rows.map((c) => c.count), barMaxWidth: font() * 1.2,
        label: { show: true, position: 'right', color: TEXT, fontSize: font() * 0.9 },
        itemStyle: { color: new echarts.graphic.LinearGradient(0, 0, 1, 0, [{ offset: 0, color: '#1f5f8b' }, { offset: 1, color: '#38b6ff' }]) } }]
    });
  }

  function drawTrend(chart, trend, kind) {
    chart.setOption({
      grid: { left: '2%', right: '3%', top: font() * 2, bottom: 0, containLabel: true }, legend: legend(),
      tooltip: { trigger: 'axis' },
      xAxis: axis({ type: 'category', data: trend.labels, boundaryGap: kind === 'bar' }),
      yAxis: axis({ type: 'value', minInterval: 1 }),
      series: [
        { name: t('Reported'), type: kind, data: trend.reported, smooth: false, showSymbol: false, itemStyle: { color: '#38b6ff' },
          areaStyle: kind === 'line' ? { color: 'rgba(56, 182, 255, 0.18)' } : undefined },
        { name: t('Closed'), type: kind, data: trend.closed, smooth: false, showSymbol: false, itemStyle: { color: '#36cf7c' } }
      ]
    });
  }

  function item(tag, cls, text) { const e = document.createElement(tag); if (cls) e.className = cls; e.textContent = text; return e; }

  function drawHot(list) {
    const ol = el('hot-list');
    ol.replaceChildren();
    if (!list.length) { ol.appendChild(item('li', 's-empty', t('None'))); return; }
    list.forEach((h, i) => {
      const li = document.createElement('li');
      li.dataset.grid = h.gridCode;
      li.appendChild(item('span', 'n', String(i + 1)));
      const where = item('span', 'where', h.gridName + ' ');
      where.appendChild(item('span', 'what', h.className));
      li.appendChild(where);
      li.appendChild(item('span', 'count', t('Times').replace('{0}', h.count)));
      ol.appendChild(li);
    });
  }

  function drawTicker(list) {
    const track = el('ticker');
    track.replaceChildren();
    track.classList.toggle('still', !list.length);
    if (!list.length) { track.textContent = t('TickerEmpty'); return; }
    list.forEach((u) => {
      const span = item('span', 'ticker-item', '');
      span.dataset.caseNumber = u.number;
      span.appendChild(item('span', 'k ' + u.kind, u.kind === 'URGED' ? t('KindUrged') : t('KindOverdue')));
      span.appendChild(item('span', 'no', u.number));
      span.appendChild(document.createTextNode(u.what + ' · ' + u.where + ' · ' + u.status));
      span.appendChild(item('span', 't', u.text));
      track.appendChild(span);
    });
    track.style.animationDuration = Math.max(30, list.length * 8) + 's';
  }

  function connect() {
    if (source) source.close();
    source = new EventSource(body.dataset.events, { withCredentials: true });
    source.addEventListener('open', () => { status('live'); refresh(); });
    source.addEventListener('screen-changed', refresh);
    source.addEventListener('error', () => {
      if (source.readyState === EventSource.CLOSED) { status('off'); setTimeout(connect, RECONNECT_MS); }
    });
  }

  document.addEventListener('DOMContentLoaded', () => {
    body = el('screen');
    setup();
    refresh();
    setInterval(refresh, REFRESH_MS);
    connect();
  });
})();
