/**
 * @module
 * One process serves the pages and the API: requests under /api go to the Hono app
 * (bin/start.mjs hands them over before SvelteKit; any that reach it are forwarded here),
 * everything else to SvelteKit. Every page gets the security headers and its language.
 */

import type { Handle, ServerInit } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { languageOf, languages } from '$lib/i18n/languages';
import { formLimitOf, formTooLarge, readLimited, withBody } from '$lib/server/body-limit';
import { clientAddressOf } from '$lib/server/client-address';
import { getPlatform, startPlatform } from '$lib/server/platform';

export const init: ServerInit = async () => {
  await startPlatform(env);
};

export const handle: Handle = async ({ event, resolve }) => {
  if (event.url.pathname === '/api' || event.url.pathname.startsWith('/api/')) {
    return getPlatform().api.fetch(event.request, { clientAddress: clientAddressOf(event) });
  }
  const limit = event.request.method === 'POST' ? formLimitOf(event.url.pathname) : null;
  if (limit !== null) {
    // Before any route runs, so that a made-up survey address is refused as early.
    const body = await readLimited(event.request, limit);
    if (!body) return withPageHeaders(event.url, formTooLarge(limit));
    event.request = withBody(event.request, body);
  }
  const lang = languageOf(event.url);
  event.locals.lang = lang;
  const response = await resolve(event, {
    transformPageChunk: ({ html }) =>
      html.replace('%indikera.lang%', lang).replace('%indikera.dir%', languages[lang].dir),
  });
  return withPageHeaders(event.url, response);
};

function withPageHeaders(url: URL, response: Response): Response {
  // A survey address holds its token: it must never travel to another site in a Referer.
  // Not no-referrer: with it browsers send `Origin: null` on form posts, and the
  // cross-site check could no longer tell our own forms from anyone else's.
  response.headers.set('Referrer-Policy', 'same-origin');
  response.headers.set('X-Content-Type-Options', 'nosniff');
  response.headers.set('X-Frame-Options', 'DENY');
  response.headers.set(
    'Permissions-Policy',
    'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  );
  if (!url.pathname.startsWith('/_app/immutable/')) {
    // Nothing of a page may be kept for the next person on a shared tablet.
    response.headers.set('Cache-Control', 'no-store');
  }
  return response;
}
