/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * @module
 * Keeps the questionnaire usable without a connection: the app's code and styles are
 * cached at install, and each survey page the first time it is opened (network first, so
 * a closed round is seen as soon as there is a connection). Answers are never cached: the
 * API and form posts always go to the network, and the page's outbox holds what waits.
 */
import { build, files, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `indikera-${version}`;
const ASSETS = [...build, ...files];

const OFFLINE_PAGE = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Ingen anslutning</title></head><body><main><h1>Ingen anslutning</h1><p>Enkäten kan inte visas just nu eftersom enheten saknar anslutning till internet. Försök igen när anslutningen är tillbaka.</p></main></body></html>`;

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(ASSETS))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))),
      )
      .then(() => sw.clients.claim()),
  );
});

/** Survey pages and their data, without the step: one cached copy per link and language. */
function surveyKey(url: URL): string | null {
  if (!/^\/s\/[^/]+(\/__data\.json)?$/.test(url.pathname)) return null;
  // The steps without JavaScript that show a draft's answers are never kept.
  const steg = url.searchParams.get('steg');
  if (steg === 'andra' || steg === 'granska') return null;
  const lang = url.searchParams.get('lang');
  return `${url.origin}${url.pathname}${lang ? `?lang=${lang}` : ''}`;
}

async function networkFirst(request: Request, key: string): Promise<Response> {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.status === 200) await cache.put(key, response.clone());
    return response;
  } catch {
    const cached = await cache.match(key);
    if (cached) return cached;
    return new Response(OFFLINE_PAGE, {
      status: 503,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
    });
  }
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin || url.pathname.startsWith('/api/')) return;
  if (ASSETS.includes(url.pathname)) {
    event.respondWith(caches.match(url.pathname).then((cached) => cached ?? fetch(request)));
    return;
  }
  const key = surveyKey(url);
  if (key) event.respondWith(networkFirst(request, key));
});
