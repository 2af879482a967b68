/*
 * ECS Orchestra's service worker (written by the build from build/sw-template.js; see build/offlinePlugin.mjs).
 * Install: precache every file of this build. Fetch: this origin's GETs come from the cache first, then the network
 * (whatever the network brings is not cached: the build's list is the whole app); a page request is answered with the
 * cached page whatever its query (?scenario=, ?speaker=1), so links open offline too. Matches ignore Vary: a module
 * script is requested with an Origin header the precache request did not send. Activate: older caches go.
 */
/* global __VERSION__, __FILES__ */
const VERSION = __VERSION__;
const FILES = __FILES__;
const CACHE = `ecs-orchestra-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('ecs-orchestra-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      caches.open(CACHE).then((cache) =>
        cache.match('./', { ignoreSearch: true, ignoreVary: true }).then((page) => page ?? fetch(request)),
      ),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true, ignoreVary: true }).then((hit) => hit ?? fetch(request))),
  );
});
