// UrbanGrid phone pages' service worker (scope /m): the pages open without signal, reports wait in the page's
// IndexedDB outbox as before (this worker never touches them).
// - Static assets (css, js, webjars, img): precached on install, then served from the cache and refreshed behind.
// - /m pages: network first; a copy is kept only when the server marks the page with its inspector
//   (X-UrbanGrid-User), in a cache of that inspector's own; another inspector's answer drops the cache of the one
//   before, a page that ends on the login form (session over) drops them all, and logging out clears them
//   (mobile.js, console.js on the login page).
// - The catalogue pickers (/m/classes, /m/conditions: the same for every inspector) network first, kept too.
// - Nothing else is cached: no JSON with personal data (area, positions, photos), no other path.
// Tests may post {type: 'offline', value: true} to make the worker's own requests fail as without signal (DevTools'
// offline mode holds back the page's requests, not the worker's), like mobile.js's window.__urbangridOffline.
'use strict';
const VERSION = 'v2';
const STATIC = `urbangrid-static-${VERSION}`;
const CATALOGUE = `urbangrid-catalogue-${VERSION}`;
const PAGES = 'urbangrid-pages-';
const BASE = new URL('../', self.location).pathname;
const PRECACHE = ['css/console.css', 'css/mobile.css', 'js/console.js', 'js/mobile.js', 'js/patrol.js',
  'webjars/leaflet/dist/leaflet.css', 'webjars/leaflet/dist/leaflet.js', 'webjars/htmx.org/dist/htmx.min.js',
  'webjars/htmx-ext-sse/sse.js', 'webjars/leaflet/dist/images/marker-icon.png',
  'webjars/leaflet/dist/images/marker-shadow.png', 'img/mobile-icon-192.png'].map((p) => BASE + p);
const STATIC_PREFIXES = ['css/', 'js/', 'webjars/', 'img/'].map((p) => BASE + p);
const PICKERS = [`${BASE}m/classes`, `${BASE}m/conditions`];
let simulatedOffline = false;
const NOT_PAGES = ['sw.js', 'manifest.webmanifest', 'photos/', 'area', 'grids/', 'locate', 'reports', 'patrol/api'].map((p) => `${BASE}m/${p}`);

self.addEventListener('install', (event) => {
  // One asset missing must not keep the worker from installing: each is added on its own.
  event.waitUntil(caches.open(STATIC)
    .then((cache) => Promise.all(PRECACHE.map((url) => cache.add(url).catch(() => null))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('urbangrid-') && !k.startsWith(PAGES)
      && k !== STATIC && k !== CATALOGUE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'logout') event.waitUntil(dropPages(null));
  if (event.data && event.data.type === 'offline') simulatedOffline = event.data.value === true;
});

function network(request) {
  return simulatedOffline ? Promise.reject(new TypeError('offline (simulated)')) : fetch(request);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const path = url.pathname;
  if (STATIC_PREFIXES.some((p) => path.startsWith(p))) {
    event.respondWith(staleWhileRevalidate(event, request));
  } else if (PICKERS.includes(path)) {
    event.respondWith(networkFirst(request, CATALOGUE));
  } else if ((path === `${BASE}m` || path.startsWith(`${BASE}m/`)) && !NOT_PAGES.some((p) => path.startsWith(p))
      && request.mode === 'navigate') {
    event.respondWith(page(request));
  }
});

async function staleWhileRevalidate(event, request) {
  const cache = await caches.open(STATIC);
  const cached = await cache.match(request, { ignoreSearch: true });
  const fresh = network(request).then((response) => {
    if (response.ok) cache.put(request, response.clone());
    return response;
  });
  if (cached) {
    event.waitUntil(fresh.catch(() => null));
    return cached;
  }
  return fresh;
}

async function networkFirst(request, name) {
  const cache = await caches.open(name);
  try {
    const response = await network(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (offline) {
    return (await cache.match(request)) || Response.error();
  }
}

/** A phone page: from the network, kept for its inspector; without signal the copy last kept for them. */
async function page(request) {
  try {
    const response = await network(request);
    const owner = response.headers.get('X-UrbanGrid-User');
    if (response.ok && owner && !response.redirected) {
      await dropPages(owner);
      const cache = await caches.open(PAGES + owner);
      await cache.put(withoutHash(request.url), response.clone());
    } else if (response.type === 'opaqueredirect' || (response.redirected && new URL(response.url).pathname === `${BASE}login`)) {
      await dropPages(null); // a phone page answers with a redirect only when the session is over: to the login form
    }
    return response;
  } catch (offline) {
    const name = (await caches.keys()).find((k) => k.startsWith(PAGES));
    if (!name) return Response.error();
    const cache = await caches.open(name);
    return (await cache.match(withoutHash(request.url))) || (await cache.match(`${BASE}m`)) || Response.error();
  }
}

/** Drops the kept pages of every inspector but this one (all of them for null). */
async function dropPages(keep) {
  const keys = await caches.keys();
  await Promise.all(keys.filter((k) => k.startsWith(PAGES) && k !== PAGES + keep).map((k) => caches.delete(k)));
}

function withoutHash(href) {
  const url = new URL(href);
  url.hash = '';
  return url.href;
}
