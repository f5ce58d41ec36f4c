// One map factory for every map of the console, the phone pages and administration (UrbanGridMap.create):
// a base layer (an external XYZ/WMTS tile map when one is configured, else — and whenever the tiles do not load —
// our own vector base layer from /api/map/base), sensible zoom limits and bounds, labelled controls, a layer switch,
// and the overlays the pages add (grids, case points by light, clustered, a heat layer, my position).
// Positions are stored in WGS84; on a GCJ-02 base map every overlay is shown in GCJ-02 and read back on a pick.
(function () {
  'use strict';

  // ---------- coordinates: a port of org.urbangrid.grid.Coordinates (WGS84 <-> GCJ-02 <-> BD-09) ----------
  const A = 6378245.0;
  const EE = 0.00669342162296594323;
  const X_PI = Math.PI * 3000.0 / 180.0;

  function outOfChina(lat, lng) {
    return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
  }

  function transformLat(x, y) {
    let r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
    r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    r += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
    r += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
    return r;
  }

  function transformLng(x, y) {
    let r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
    r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    r += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
    r += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
    return r;
  }

  function wgs84ToGcj02(lat, lng) {
    if (outOfChina(lat, lng)) return [lat, lng];
    let dLat = transformLat(lng - 105.0, lat - 35.0);
    let dLng = transformLng(lng - 105.0, lat - 35.0);
    const radLat = lat / 180.0 * Math.PI;
    let magic = Math.sin(radLat);
    magic = 1 - EE * magic * magic;
    const sqrtMagic = Math.sqrt(magic);
    dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
    dLng = (dLng * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
    return [lat + dLat, lng + dLng];
  }

  const PRECISION = 1e-7;

  /** The inverse by fixed-point iteration, step for step as the Java side (better than 1e-7°, about 1 cm). */
  function gcj02ToWgs84(lat, lng) {
    if (outOfChina(lat, lng)) return [lat, lng];
    let wLat = lat;
    let wLng = lng;
    for (let i = 0; i < 30; i++) {
      const g = wgs84ToGcj02(wLat, wLng);
      const dLat = lat - g[0];
      const dLng = lng - g[1];
      wLat += dLat;
      wLng += dLng;
      if (Math.abs(dLat) < PRECISION && Math.abs(dLng) < PRECISION) break;
    }
    return [wLat, wLng];
  }

  function gcj02ToBd09(lat, lng) {
    const z = Math.sqrt(lng * lng + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
    const theta = Math.atan2(lat, lng) + 0.000003 * Math.cos(lng * X_PI);
    return [z * Math.sin(theta) + 0.006, z * Math.cos(theta) + 0.0065];
  }

  function bd09ToGcj02Closed(lat, lng) {
    const x = lng - 0.0065;
    const y = lat - 0.006;
    const z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
    const theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
    return [z * Math.sin(theta), z * Math.cos(theta)];
  }

  /** Baidu's published inverse, refined by iteration so that BD-09 round-trips to 1e-7° (as the Java side). */
  function bd09ToGcj02(lat, lng) {
    let g = bd09ToGcj02Closed(lat, lng);
    for (let i = 0; i < 10; i++) {
      const f = gcj02ToBd09(g[0], g[1]);
      const dLat = lat - f[0];
      const dLng = lng - f[1];
      if (Math.abs(dLat) < PRECISION && Math.abs(dLng) < PRECISION) break;
      g = [g[0] + dLat, g[1] + dLng];
    }
    return g;
  }

  const Coordinates = {
    outOfChina,
    wgs84ToGcj02,
    gcj02ToWgs84,
    gcj02ToBd09,
    bd09ToGcj02,
    wgs84ToBd09: (lat, lng) => { const g = wgs84ToGcj02(lat, lng); return gcj02ToBd09(g[0], g[1]); },
    bd09ToWgs84: (lat, lng) => { const g = bd09ToGcj02(lat, lng); return gcj02ToWgs84(g[0], g[1]); }
  };

  window.UrbanGridMap = { Coordinates };
  if (typeof L === 'undefined') return;

  // ---------- settings and texts (templates/cases/map-parts.html) ----------
  function config() {
    const el = document.getElementById('map-config');
    const d = el ? el.dataset : {};
    const box = (d.district || '').split(',').map(Number);
    return {
      lang: d.lang || document.documentElement.lang || 'zh-CN',
      baseUrl: d.baseUrl || '/console/map/base',
      casesUrl: d.casesUrl || '/console/map/cases',
      componentsUrl: d.componentsUrl || '/console/map/components',
      casePage: d.casePage || '/console/cases/',
      district: box.length === 4 && box.every(Number.isFinite) ? box : null,
      tiles: d.tilesUrl ? {
        url: d.tilesUrl,
        labelsUrl: d.tilesLabelsUrl || null,
        crs: d.tilesCrs === 'GCJ02' ? 'GCJ02' : 'WGS84',
        subdomains: (d.tilesSubdomains || '').split(',').filter(Boolean),
        attribution: d.tilesAttribution || '',
        maxZoom: parseInt(d.tilesMaxZoom, 10) || 18
      } : null,
      text: (name, arg) => {
        const key = 'text' + name.charAt(0).toUpperCase() + name.slice(1);
        const value = d[key] || name;
        return arg === undefined ? value : value.replace('{0}', arg);
      }
    };
  }

  let settings = null;
  function cfg() { return settings || (settings = config()); }

  function load(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(url + ': ' + r.status))));
  }

  function debounce(fn, ms) {
    let timer = null;
    return function () { clearTimeout(timer); timer = setTimeout(fn, ms); };
  }

  // ---------- our own vector base layer ----------
  const BASE = {
    water: { stroke: true, color: '#86b4dc', weight: 1, fillColor: '#aacbea', fillOpacity: 1 },
    green: { stroke: true, color: '#b5d6a2', weight: 1, fillColor: '#cfe7c0', fillOpacity: 1 },
    block: { stroke: true, color: '#cbc4b9', weight: 1, fillColor: '#e1dbd2', fillOpacity: 1 }
  };
  // road width in pixels at zoom 15, by rank (1 trunk, 2 main, 3 branch); casing is wider and darker
  const ROAD = {
    1: { width: 9, fill: '#f6cf6b', casing: '#c49a36' },
    2: { width: 6.5, fill: '#ffffff', casing: '#aab0ba' },
    3: { width: 4, fill: '#ffffff', casing: '#c3c7ce' }
  };

  function roadWidth(rank, zoom) {
    const r = ROAD[rank] || ROAD[3];
    return Math.max(1, r.width * Math.pow(1.45, zoom - 15));
  }

  /**
   * The base layer the platform serves itself: water, green, blocks and roads on a canvas below the overlays,
   * names (roads along the road, places with a halo) on a label pane above the grids, chosen per zoom so they do not
   * overlap. Reloads on moveend for the padded view snapped to a coarse grid (so panning back hits the cache).
   */
  const VectorBase = L.Layer.extend({
    initialize: function (ctx) {
      this._ctx = ctx;
      this._cache = new Map();
      this._features = [];
      this._shown = null;
    },

    onAdd: function (map) {
      this._renderer = L.canvas({ pane: 'ugBase', padding: 0.5 });
      this._shapes = L.layerGroup().addTo(map);
      this._labels = L.layerGroup().addTo(map);
      this._reload = debounce(() => this._fetch(), 200);
      map.on('moveend', this._reload, this);
      map.on('zoomend', this._relabelSoon, this);
      this._fetch();
    },

    onRemove: function (map) {
      map.off('moveend', this._reload, this);
      map.off('zoomend', this._relabelSoon, this);
      this._shapes.remove();
      this._labels.remove();
      this._shown = null;
    },

    _relabelSoon: function () { /* labels follow the data, redrawn after the moveend that follows every zoom */ },

    _request: function () {
      const map = this._map;
      const zoom = Math.round(map.getZoom());
      const cell = 360 / Math.pow(2, zoom) * 4; // about four 256-px tiles
      const b = map.getBounds().pad(0.3);
      const sw = this._ctx.fromMap(b.getSouthWest());
      const ne = this._ctx.fromMap(b.getNorthEast());
      const snap = (v, up) => (up ? Math.ceil(v / cell) : Math.floor(v / cell)) * cell;
      const box = [snap(sw.lng, false), snap(sw.lat, false), snap(ne.lng, true), snap(ne.lat, true)]
        .map((v) => Math.max(-180, Math.min(180, v)).toFixed(5));
      return { zoom, key: zoom + '|' + box.join(','), url: cfg().baseUrl + '?bbox=' + box.join(',') + '&zoom=' + zoom };
    },

    _fetch: function () {
      if (!this._map) return;
      const request = this._request();
      if (this._shown === request.key) { this._drawLabels(); return; }
      let data = this._cache.get(request.key);
      const ready = data ? Promise.resolve(data) : load(request.url).then((json) => {
        this._cache.set(request.key, json);
        if (this._cache.size > 24) this._cache.delete(this._cache.keys().next().value);
        return json;
      });
      ready.then((json) => {
        if (!this._map || this._request().key !== request.key) return; // the view moved on meanwhile
        this._shown = request.key;
        this._draw(json, request.zoom);
        this._map.getContainer().dataset.baseLoaded = request.key;
      }).catch((e) => { if (window.console) console.warn('base layer', e); });
    },

    _draw: function (json, zoom) {
      const ctx = this._ctx;
      const features = (json && json.features) || [];
      this._features = features;
      this._shapes.clearLayers();
      const byKind = { water: [], green: [], block: [], road: [], place: [] };
      features.forEach((f) => {
        const p = f.properties || {};
        if (p.minZoom != null && zoom < p.minZoom) return;
        if (byKind[p.kind]) byKind[p.kind].push(f);
      });
      const renderer = this._renderer;
      ['water', 'green', 'block'].forEach((kind) => {
        if (!byKind[kind].length) return;
        ctx.geoJSON({ type: 'FeatureCollection', features: byKind[kind] }, {
          renderer, interactive: false, style: BASE[kind], pane: 'ugBase'
        }).addTo(this._shapes);
      });
      // roads: minor first, casings under fills, so junctions join cleanly
      const roads = byKind.road.slice().sort((a, b) => (b.properties.rank || 3) - (a.properties.rank || 3));
      const style = (casing) => (f) => {
        const rank = f.properties.rank || 3;
        const w = roadWidth(rank, zoom);
        return { color: casing ? ROAD[rank].casing : ROAD[rank].fill, weight: casing ? w + 2 : w,
          lineCap: 'round', lineJoin: 'round', opacity: 1 };
      };
      [true, false].forEach((casing) => {
        ctx.geoJSON({ type: 'FeatureCollection', features: roads }, {
          renderer, interactive: false, style: style(casing), pane: 'ugBase'
        }).addTo(this._shapes);
      });
      this._roads = roads;
      this._places = byKind.place;
      this._drawLabels();
    },

    // ---- labels: candidates by priority, placed greedily where they do not overlap what is placed already ----
    _drawLabels: function () {
      const map = this._map;
      if (!map || !this._roads) return;
      this._labels.clearLayers();
      const zoom = map.getZoom();
      const english = cfg().lang.indexOf('en') === 0;
      const nameOf = (p) => (english && p.nameEn ? p.nameEn : p.name);
      const size = map.getSize();
      const placed = [];
      const fits = (box) => box.x0 >= 0 && box.y0 >= 0 && box.x1 <= size.x && box.y1 <= size.y
        && !placed.some((o) => box.x0 < o.x1 && box.x1 > o.x0 && box.y0 < o.y1 && box.y1 > o.y0);
      const textWidth = (text, px) => Array.from(text).reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? px : px * 0.58), 0);
      const candidates = [];
      (this._places || []).forEach((f) => {
        const p = f.properties || {};
        const name = nameOf(p);
        if (!name || !f.geometry || f.geometry.type !== 'Point') return;
        const rank = p.rank || 3;
        if (zoom < (rank === 1 ? 11 : rank === 2 ? 14 : 16)) return;
        candidates.push({ priority: rank === 1 ? 0 : rank === 2 ? 3 : 5, kind: 'place', rank, name, feature: f });
      });
      const seen = new Map();
      (this._roads || []).forEach((f) => {
        const p = f.properties || {};
        const name = nameOf(p);
        if (!name) return;
        const rank = p.rank || 3;
        if (zoom < (rank === 1 ? 13 : rank === 2 ? 14 : 16)) return;
        candidates.push({ priority: rank === 1 ? 1 : rank === 2 ? 2 : 4, kind: 'road', rank, name, feature: f });
        seen.set(name, []);
      });
      candidates.sort((a, b) => a.priority - b.priority);
      candidates.forEach((c) => {
        if (c.kind === 'place') {
          const c0 = c.feature.geometry.coordinates;
          const at = this._ctx.toMap(c0[1], c0[0]);
          const pt = map.latLngToContainerPoint(at);
          const px = c.rank === 1 ? 15 : c.rank === 2 ? 13 : 12;
          const w = textWidth(c.name, px) + 6;
          const box = { x0: pt.x - w / 2, y0: pt.y - px, x1: pt.x + w / 2, y1: pt.y + px };
          if (!fits(box)) return;
          placed.push(box);
          this._label(at, c.name, 'ug-label ug-place ug-place-' + c.rank, 0);
          return;
        }
        const px = c.rank === 1 ? 13 : 12;
        const w = textWidth(c.name, px);
        const cjk = /^[\u2e80-\u9fff\uf900-\ufaff]+$/.test(c.name);
        this._roadSpots(c.feature, w + 24).forEach((spot) => {
          const others = seen.get(c.name);
          if (others.some((o) => Math.hypot(o.x - spot.point.x, o.y - spot.point.y) < 260)) return;
          // a Chinese name on a steep road stands upright, one character under the other, as on Chinese maps
          const upright = cjk && Math.abs(spot.angle) > Math.PI * 5 / 12;
          if (upright) spot.angle = 0;
          const cos = Math.abs(Math.cos(spot.angle));
          const sin = Math.abs(Math.sin(spot.angle));
          const hw = (upright ? px : w * cos + px * sin) / 2 + 2;
          const hh = (upright ? w : w * sin + px * cos) / 2 + 2;
          const box = { x0: spot.point.x - hw, y0: spot.point.y - hh, x1: spot.point.x + hw, y1: spot.point.y + hh };
          if (!fits(box)) return;
          placed.push(box);
          others.push(spot.point);
          this._label(map.containerPointToLatLng(spot.point), c.name,
            'ug-label ug-road ug-road-' + c.rank + (upright ? ' ug-upright' : ''), spot.angle * 180 / Math.PI);
        });
      });
    },

    /** Where a road name fits: points along the line (in container pixels) with the angle of the road there. */
    _roadSpots: function (feature, need) {
      const map = this._map;
      const g = feature.geometry;
      if (!g) return [];
      const lines = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
      const spots = [];
      lines.forEach((line) => {
        const pts = line.map((c) => map.latLngToContainerPoint(this._ctx.toMap(c[1], c[0])));
        let total = 0;
        const lengths = [];
        for (let i = 1; i < pts.length; i++) { const l = pts[i].distanceTo(pts[i - 1]); lengths.push(l); total += l; }
        if (total < need) return;
        // one spot per 420 px of road, centred, each on a segment long enough to carry the name straight
        const count = Math.max(1, Math.floor(total / 420));
        for (let k = 0; k < count; k++) {
          const target = total * (k + 0.5) / count;
          let run = 0;
          for (let i = 0; i < lengths.length; i++) {
            if (run + lengths[i] >= target) {
              const a = pts[i];
              const b = pts[i + 1];
              if (lengths[i] >= need * 0.6) {
                const t = (target - run) / lengths[i];
                let angle = Math.atan2(b.y - a.y, b.x - a.x);
                if (angle > Math.PI / 2) angle -= Math.PI;
                if (angle < -Math.PI / 2) angle += Math.PI;
                spots.push({ point: L.point(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t), angle });
              }
              break;
            }
            run += lengths[i];
          }
        }
      });
      return spots;
    },

    _label: function (latlng, text, className, degrees) {
      const outer = document.createElement('div');
      const inner = document.createElement('span');
      inner.textContent = text;
      if (degrees) inner.style.transform = 'translate(-50%, -50%) rotate(' + degrees.toFixed(1) + 'deg)';
      outer.appendChild(inner);
      L.marker(latlng, {
        icon: L.divIcon({ html: outer, className, iconSize: null }),
        interactive: false, keyboard: false, pane: 'ugLabels'
      }).addTo(this._labels);
    }
  });

  // ---------- our own small heat layer on a canvas (no webjar exists for leaflet.heat) ----------
  const HeatLayer = L.Layer.extend({
    initialize: function (points, options) {
      this._points = points || [];
      this._radius = (options && options.radius) || 28;
    },
    setPoints: function (points) { this._points = points || []; if (this._map) this._redraw(); return this; },
    onAdd: function (map) {
      this._canvas = L.DomUtil.create('canvas', 'ug-heat leaflet-zoom-hide');
      this._canvas.setAttribute('aria-hidden', 'true');
      map.getPane('ugHeat').appendChild(this._canvas);
      map.on('moveend resize', this._redraw, this);
      this._redraw();
    },
    onRemove: function (map) {
      map.off('moveend resize', this._redraw, this);
      L.DomUtil.remove(this._canvas);
    },
    _palette: function () {
      if (this._colours) return this._colours;
      const c = document.createElement('canvas');
      c.width = 1; c.height = 256;
      const g = c.getContext('2d');
      const grad = g.createLinearGradient(0, 0, 0, 256);
      grad.addColorStop(0.25, '#2c7bb6'); grad.addColorStop(0.5, '#00a6ca'); grad.addColorStop(0.65, '#90eb9d');
      grad.addColorStop(0.8, '#f9d057'); grad.addColorStop(0.92, '#f29e2e'); grad.addColorStop(1, '#d7191c');
      g.fillStyle = grad; g.fillRect(0, 0, 1, 256);
      this._colours = g.getImageData(0, 0, 1, 256).data;
      return this._colours;
    },
    _redraw: function () {
      const map = this._map;
      if (!map) return;
      const size = map.getSize();
      const canvas = this._canvas;
      canvas.width = size.x; canvas.height = size.y;
      L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
      const g = canvas.getContext('2d');
      g.clearRect(0, 0, size.x, size.y);
      const r = this._radius * Math.max(0.6, Math.min(1.6, Math.pow(1.25, map.getZoom() - 15)));
      const bounds = map.getBounds().pad(0.1);
      g.globalAlpha = 0.2;
      this._points.forEach((p) => {
        if (!bounds.contains(p)) return;
        const pt = map.latLngToContainerPoint(p);
        const grad = g.createRadialGradient(pt.x, pt.y, 0, pt.x, pt.y, r);
        grad.addColorStop(0, 'rgba(0,0,0,1)'); grad.addColorStop(1, 'rgba(0,0,0,0)');
        g.fillStyle = grad;
        g.fillRect(pt.x - r, pt.y - r, 2 * r, 2 * r);
      });
      if (!size.x || !size.y) return;
      const image = g.getImageData(0, 0, size.x, size.y);
      const data = image.data;
      const colours = this._palette();
      for (let i = 3; i < data.length; i += 4) {
        const a = data[i];
        if (!a) continue;
        const j = Math.min(255, a * 2) * 4;
        data[i - 3] = colours[j]; data[i - 2] = colours[j + 1]; data[i - 1] = colours[j + 2];
        data[i] = Math.min(210, a * 3);
      }
      g.putImageData(image, 0, 0);
    }
  });

  // ---------- case points by light, clustered when dense ----------
  const LIGHTS = { GREEN: 'green', YELLOW: 'yellow', RED: 'red' };

  function caseIcon(light) {
    return L.divIcon({ className: 'ug-case ug-case-' + (LIGHTS[light] || 'none'), iconSize: [16, 16] });
  }

  function clusterIcon(cluster) {
    const lights = cluster.getAllChildMarkers().map((m) => m.options.light);
    const worst = lights.indexOf('RED') >= 0 ? 'red' : lights.indexOf('YELLOW') >= 0 ? 'yellow' : 'green';
    const n = cluster.getChildCount();
    const size = n < 10 ? 32 : n < 100 ? 38 : 46;
    const inner = document.createElement('div');
    const count = document.createElement('span');
    count.textContent = String(n);
    inner.appendChild(count);
    return L.divIcon({ html: inner, className: 'ug-cluster ug-cluster-' + worst, iconSize: [size, size] });
  }

  function lightText(light) {
    const t = cfg().text;
    return light === 'RED' ? t('lightRed') : light === 'YELLOW' ? t('lightYellow')
      : light === 'GREEN' ? t('lightGreen') : t('lightNone');
  }

  // ---------- the factory ----------
  /**
   * A map on an element. options: label (aria-label when the element has none), zoom/center (initial view, WGS84),
   * base (false: no base layer).
   * Returns the map with helpers: toMap(lat, lng) → display LatLng, fromMap(latlng) → WGS84 {lat, lng},
   * geoJSON(data, options) → an L.geoJSON drawn in the display datum, overlay(name, layer, shown) → adds to the
   * layer switch, casePoints(options) → the case points and heat layers, locate() → my position.
   */
  function create(el, options) {
    const opts = options || {};
    const c = cfg();
    const gcj = !!(c.tiles && c.tiles.crs === 'GCJ02');
    const toMap = (lat, lng) => { const p = gcj ? wgs84ToGcj02(lat, lng) : [lat, lng]; return L.latLng(p[0], p[1]); };
    const fromMap = (latlng) => {
      const p = gcj ? gcj02ToWgs84(latlng.lat, latlng.lng) : [latlng.lat, latlng.lng];
      return L.latLng(p[0], p[1]);
    };
    if (!el.getAttribute('role') || el.getAttribute('role') === 'img') el.setAttribute('role', 'region');
    if (!el.getAttribute('aria-label') && opts.label) el.setAttribute('aria-label', opts.label);
    el.classList.add('ug-map');

    let maxBounds = null;
    if (c.district) {
      const d = c.district;
      const sw = toMap(d[1], d[0]);
      const ne = toMap(d[3], d[2]);
      maxBounds = L.latLngBounds(sw, ne).pad(0.35);
    }
    const map = L.map(el, {
      zoomControl: false, attributionControl: false, zoomSnap: 0.25, minZoom: 11,
      maxZoom: c.tiles ? Math.min(19, c.tiles.maxZoom + 1) : 19,
      maxBounds: maxBounds || undefined, maxBoundsViscosity: 0.8
    });
    map.createPane('ugBase').style.zIndex = 250;
    map.createPane('ugHeat').style.zIndex = 420;
    const labels = map.createPane('ugLabels');
    labels.style.zIndex = 450;
    labels.style.pointerEvents = 'none';
    L.control.zoom({ zoomInTitle: c.text('zoomIn'), zoomOutTitle: c.text('zoomOut') }).addTo(map);

    const layers = L.control.layers({}, {}, { collapsed: true, position: 'topright' });
    const bases = {};
    const overlays = {};
    let vector = null;
    if (opts.base !== false) {
      vector = new VectorBase({ toMap, fromMap, geoJSON });
      if (c.tiles) {
        const tiles = tileLayers(c.tiles);
        bases[c.text('tiles')] = tiles;
        bases[c.text('base')] = vector;
        tiles.addTo(map);
        watchTiles(map, tiles, vector, el, c);
        L.control.attribution({ prefix: false }).addTo(map);
      } else {
        bases[c.text('base')] = vector;
        vector.addTo(map);
      }
    }
    Object.keys(bases).forEach((name) => layers.addBaseLayer(bases[name], name));
    layers.addTo(map);
    const toggle = layers.getContainer().querySelector('.leaflet-control-layers-toggle');
    if (toggle) {
      toggle.setAttribute('aria-label', c.text('layers'));
      toggle.setAttribute('title', c.text('layers'));
      toggle.setAttribute('role', 'button');
    }
    // Leaflet's own controls: keep them in the page's language and out of the way of the keyboard trap
    el.querySelectorAll('.leaflet-control-zoom a').forEach((a) => a.setAttribute('role', 'button'));

    function geoJSON(data, options) {
      return L.geoJSON(data, Object.assign({}, options, {
        coordsToLatLng: (coords) => toMap(coords[1], coords[0])
      }));
    }

    function overlay(name, layer, shown) {
      overlays[name] = layer;
      layers.addOverlay(layer, name);
      if (shown !== false) layer.addTo(map);
      return layer;
    }

    if (opts.center) map.setView(toMap(opts.center[0], opts.center[1]), opts.zoom || 16);
    else if (maxBounds) map.fitBounds(maxBounds.pad(-0.26));
    else map.setView([38.86, 121.53], 13);

    maps.push(map);
    return Object.assign(map, {
      ugMap: true, gcj, toMap, fromMap, geoJSON, overlay,
      casePoints: (o) => casePoints(map, o || {}),
      componentPoints: () => componentPoints(map),
      locate: (o) => locate(map, o || {}),
      vectorBase: vector
    });
  }

  function tileLayers(t) {
    const options = { subdomains: t.subdomains.length ? t.subdomains : 'abc', maxZoom: 19, maxNativeZoom: t.maxZoom,
      attribution: t.attribution, crossOrigin: false, pane: 'tilePane' };
    const base = L.tileLayer(t.url, options);
    if (!t.labelsUrl) return base;
    const group = L.layerGroup([base, L.tileLayer(t.labelsUrl, Object.assign({}, options, { attribution: '' }))]);
    group.ugTiles = base;
    return group;
  }

  /** Falls back to our own layer when no tile has loaded within five seconds, or the first tiles all fail. */
  function watchTiles(map, tiles, vector, el, c) {
    const base = tiles.ugTiles || tiles;
    let loaded = 0;
    let failed = 0;
    let done = false;
    const fallBack = () => {
      if (done || loaded) return;
      done = true;
      map.removeLayer(tiles);
      vector.addTo(map);
      const note = L.control({ position: 'bottomleft' });
      note.onAdd = () => {
        const div = L.DomUtil.create('div', 'ug-map-note');
        div.setAttribute('role', 'status');
        div.textContent = c.text('fallback');
        return div;
      };
      note.addTo(map);
      el.dataset.baseLayer = 'fallback';
    };
    base.on('tileload', () => { loaded++; el.dataset.baseLayer = 'tiles'; });
    base.on('tileerror', () => { failed++; if (failed >= 4 && !loaded) fallBack(); });
    setTimeout(fallBack, 5000);
  }

  /**
   * The open cases the viewer may see, as points coloured by light (clustered when dense) and as a heat layer, read
   * for the view from /console/map/cases on every moveend (debounced, cached per snapped box).
   */
  function casePoints(map, o) {
    const c = cfg();
    const cluster = L.markerClusterGroup ? L.markerClusterGroup({
      iconCreateFunction: clusterIcon, showCoverageOnHover: false, maxClusterRadius: 45,
      disableClusteringAtZoom: 18, chunkedLoading: true
    }) : L.layerGroup();
    const heat = new HeatLayer([]);
    map.overlay(c.text('cases'), cluster, o.points !== false);
    map.overlay(c.text('heat'), heat, !!o.heat);
    const cache = new Map();
    let shown = null;
    const note = L.control({ position: 'bottomleft' });
    let noteDiv = null;
    note.onAdd = () => { noteDiv = L.DomUtil.create('div', 'ug-map-note'); noteDiv.setAttribute('role', 'status'); return noteDiv; };
    const reload = debounce(() => {
      const zoom = Math.round(map.getZoom());
      const cell = 360 / Math.pow(2, zoom) * 4;
      const b = map.getBounds().pad(0.2);
      const sw = map.fromMap(b.getSouthWest());
      const ne = map.fromMap(b.getNorthEast());
      const box = [Math.floor(sw.lng / cell) * cell, Math.floor(sw.lat / cell) * cell,
        Math.ceil(ne.lng / cell) * cell, Math.ceil(ne.lat / cell) * cell].map((v) => v.toFixed(5)).join(',');
      if (box === shown) return;
      const ready = cache.has(box) ? Promise.resolve(cache.get(box)) : load(c.casesUrl + '?bbox=' + box).then((json) => {
        cache.set(box, json);
        if (cache.size > 16) cache.delete(cache.keys().next().value);
        return json;
      });
      ready.then((json) => {
        shown = box;
        draw(json);
      }).catch((e) => { if (window.console) console.warn('case points', e); });
    }, 250);

    function draw(json) {
      cluster.clearLayers();
      const markers = [];
      const heatPoints = [];
      (json.points || []).forEach((p) => {
        const at = map.toMap(p.lat, p.lng);
        heatPoints.push(at);
        const title = p.number + ' · ' + (p.className || '') + ' · ' + (p.statusName || p.status) + ' · ' + lightText(p.light);
        const marker = L.marker(at, { icon: caseIcon(p.light), title, alt: title, light: p.light, keyboard: true });
        const popup = document.createElement('div');
        const link = document.createElement('a');
        link.href = c.casePage + p.id;
        link.textContent = p.number;
        const what = document.createElement('div');
        what.textContent = (p.className || '') + ' · ' + (p.statusName || p.status) + ' · ' + lightText(p.light);
        popup.appendChild(link); popup.appendChild(what);
        marker.bindPopup(popup);
        markers.push(marker);
      });
      if (cluster.addLayers) cluster.addLayers(markers); else markers.forEach((m) => cluster.addLayer(m));
      heat.setPoints(heatPoints);
      map.getContainer().dataset.casePoints = String(markers.length);
      if (json.truncated) {
        if (!noteDiv) note.addTo(map);
        noteDiv.textContent = c.text('truncated', json.points.length);
      } else if (noteDiv) {
        note.remove(); noteDiv = null;
      }
    }

    map.on('moveend', reload);
    reload();
    return { cluster, heat, reload };
  }

  /**
   * The component register (部件) as small squares, offered in the layer switch once the register has points in the
   * view; read for the view while the layer is on (from zoom 15, at most 5,000).
   */
  function componentPoints(map) {
    const c = cfg();
    const layer = L.layerGroup();
    const renderer = L.canvas({ padding: 0.3 });
    let offered = false;
    let shown = null;
    const boxOf = () => {
      const b = map.getBounds().pad(0.2);
      const sw = map.fromMap(b.getSouthWest());
      const ne = map.fromMap(b.getNorthEast());
      return [sw.lng, sw.lat, ne.lng, ne.lat].map((v) => v.toFixed(4)).join(',');
    };
    const read = (box) => load(c.componentsUrl + '?bbox=' + box);
    const reload = debounce(() => {
      if (!map.hasLayer(layer) || map.getZoom() < 15) { layer.clearLayers(); shown = null; return; }
      const box = boxOf();
      if (box === shown) return;
      read(box).then((json) => {
        shown = box;
        layer.clearLayers();
        (json.points || []).forEach((p) => {
          L.circleMarker(map.toMap(p.lat, p.lng), { renderer, radius: 4, color: '#37474f', weight: 1.5,
            fillColor: '#eceff1', fillOpacity: 1 }).bindTooltip(p.className + ' · ' + p.name + ' · ' + p.code).addTo(layer);
        });
      }).catch(() => {});
    }, 300);
    read(boxOf()).then((json) => {
      if (offered || !(json.points || []).length) return;
      offered = true;
      map.overlay(c.text('components'), layer, false);
      map.on('moveend overlayadd', reload);
    }).catch(() => {});
    return layer;
  }

  /** My position (the phone): a blue dot with its accuracy circle, followed while the page is open. */
  function locate(map, o) {
    if (!navigator.geolocation) return null;
    const c = cfg();
    const group = L.layerGroup();
    map.overlay(c.text('me'), group, true);
    let dot = null;
    let ring = null;
    let centred = false;
    const id = navigator.geolocation.watchPosition((position) => {
      const at = map.toMap(position.coords.latitude, position.coords.longitude);
      const accuracy = Math.round(position.coords.accuracy || 0);
      if (!dot) {
        ring = L.circle(at, { radius: accuracy, color: '#1a73e8', weight: 1, fillColor: '#1a73e8', fillOpacity: 0.12,
          interactive: false }).addTo(group);
        dot = L.circleMarker(at, { radius: 7, color: '#ffffff', weight: 2.5, fillColor: '#1a73e8', fillOpacity: 1 })
          .addTo(group).bindTooltip(c.text('me') + ' · ' + c.text('accuracy', accuracy));
      } else {
        dot.setLatLng(at); ring.setLatLng(at).setRadius(accuracy);
        dot.setTooltipContent(c.text('me') + ' · ' + c.text('accuracy', accuracy));
      }
      map.getContainer().dataset.myPosition = position.coords.latitude.toFixed(6) + ',' + position.coords.longitude.toFixed(6);
      if (o.follow && !centred) { centred = true; map.setView(at, Math.max(map.getZoom(), 16)); }
      if (o.onPosition) o.onPosition(position);
    }, () => {}, { enableHighAccuracy: true, timeout: 15000, maximumAge: 30000 });
    map.on('unload', () => navigator.geolocation.clearWatch(id));
    return group;
  }

  const maps = [];
  window.UrbanGridMap = { create, Coordinates, HeatLayer, settings: cfg, maps };

  // ---------- the console's own maps: the case page, the intake picker, the grid map ----------
  const STYLE = {
    community: { color: '#4f5b69', weight: 2, fill: false, dashArray: '6 4' },
    unit: { color: '#6f7f91', weight: 1, fillColor: '#ffffff', fillOpacity: 0.08 },
    focus: { color: '#0b5cad', weight: 3, fillColor: '#4f93de', fillOpacity: 0.18 },
    street: { color: '#123b66', weight: 2.5, fill: false }
  };
  const COLOURS = ['#ffffff', '#fde9b0', '#f8c471', '#ee8a4a', '#c62828'];

  function level(feature) { return feature.properties && feature.properties.level; }

  function caseMap(el) {
    const c = cfg();
    const grid = el.dataset.grid;
    const point = [parseFloat(el.dataset.lat), parseFloat(el.dataset.lng)];
    const map = create(el, { label: c.text('labelCase'), center: point, zoom: 17 });
    load(el.dataset.geojson).then((data) => {
      const layer = map.geoJSON(data, {
        style: (f) => f.properties.code === grid ? STYLE.focus : (level(f) === 'unit' ? STYLE.unit : STYLE.community),
        onEachFeature: (f, l) => l.bindTooltip(f.properties.name + ' ' + f.properties.code)
      });
      map.overlay(c.text('grids'), layer);
      const focus = layer.getLayers().find((l) => l.feature.properties.code === grid);
      if (focus) focus.bringToFront();
    }).catch(() => {});
    L.circleMarker(map.toMap(point[0], point[1]), { radius: 8, color: '#c62828', weight: 3, fillColor: '#ffffff',
      fillOpacity: 1 }).addTo(map);
  }

  function pickMap(el) {
    const c = cfg();
    const map = create(el, { label: c.text('labelPick') });
    let marker = null;
    const lat = document.getElementById('intake-latitude');
    const lng = document.getElementById('intake-longitude');
    const shown = document.getElementById('intake-position');
    function pick(wgs, label) {
      lat.value = wgs.lat.toFixed(7); lng.value = wgs.lng.toFixed(7);
      shown.textContent = (label ? label + ' · ' : '') + lat.value + ', ' + lng.value;
      const at = map.toMap(wgs.lat, wgs.lng);
      if (marker) marker.setLatLng(at);
      else marker = L.circleMarker(at, { radius: 8, color: '#c62828', weight: 3, fillColor: '#fff', fillOpacity: 1 }).addTo(map);
    }
    load(el.dataset.geojson).then((data) => {
      const units = { type: 'FeatureCollection', features: data.features.filter((f) => level(f) === 'unit' || level(f) === 'street') };
      const layer = map.overlay(c.text('grids'), map.geoJSON(units, { style: (f) => level(f) === 'street' ? STYLE.street : STYLE.unit }));
      layer.on('click', (e) => pick(map.fromMap(e.latlng)));
      if (lat.value && lng.value) {
        pick(L.latLng(parseFloat(lat.value), parseFloat(lng.value)));
        map.setView(map.toMap(parseFloat(lat.value), parseFloat(lng.value)), 16);
      }
    });
    map.on('click', (e) => pick(map.fromMap(e.latlng)));
    document.addEventListener('click', (e) => {
      const button = e.target.closest('button.place');
      if (!button) return;
      const wgs = L.latLng(parseFloat(button.dataset.lat), parseFloat(button.dataset.lng));
      pick(wgs, button.dataset.name);
      document.getElementById('intake-address').value = button.dataset.name;
      map.setView(map.toMap(wgs.lat, wgs.lng), 17);
    });
  }

  function colour(n) { return COLOURS[n >= 7 ? 4 : n >= 4 ? 3 : n >= 2 ? 2 : n >= 1 ? 1 : 0]; }

  function gridMap(el) {
    const c = cfg();
    const map = create(el, { label: c.text('labelGrids'), zoom: 13 });
    Promise.all([load(el.dataset.geojson), load(el.dataset.counts)]).then(([data, counts]) => {
      const features = data.features.filter((f) => level(f) === 'unit' || level(f) === 'street');
      const unitStyle = (f) => {
        const z = map.getZoom();
        return { color: '#6f7f91', weight: z >= 15 ? 0.8 : 0.5, opacity: z >= 16 ? 0.8 : z >= 14 ? 0.45 : 0.2,
          fillColor: colour(counts[f.properties.code] || 0), fillOpacity: counts[f.properties.code] ? 0.5 : 0 };
      };
      const layer = map.geoJSON({ type: 'FeatureCollection', features: features }, {
        style: (f) => level(f) === 'street' ? STYLE.street : unitStyle(f),
        onEachFeature: (f, l) => {
          if (level(f) !== 'unit') return;
          l.bindTooltip(f.properties.name + ' · ' + (counts[f.properties.code] || 0));
          l.on('click', () => htmx.ajax('GET', el.dataset.cases + f.properties.code + '/cases',
            { target: '#grid-cases-body', swap: 'outerHTML' }));
        }
      });
      map.overlay(c.text('grids'), layer);
      map.on('zoomend', () => layer.eachLayer((l) => { if (level(l.feature) === 'unit') l.setStyle(unitStyle(l.feature)); }));
      layer.eachLayer((l) => { if (level(l.feature) === 'street') l.bringToFront(); });
      map.fitBounds(layer.getBounds());
      map.ugCases = map.casePoints({ points: true, heat: false });
      map.ugComponents = map.componentPoints();
    });
  }

  document.addEventListener('DOMContentLoaded', () => {
    if (typeof L === 'undefined') return;
    document.querySelectorAll('[data-map]').forEach((el) => {
      const start = ({ case: caseMap, pick: pickMap, grids: gridMap })[el.dataset.map];
      if (start) start(el);
    });
  });
})();
