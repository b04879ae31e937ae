/**
 * @module
 * The pages call the same API as everyone else, in-process, through `hono/client`.
 * Staff pages call it as the signed-in person: the one request helper below sends their
 * session cookie with each call and brings a cookie the API sets or clears (login,
 * logout, the sliding expiry) back to the browser.
 */
import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { type Api, apiClient } from '$lib/services/api-answer';
import { clientAddressOf } from './client-address';
import { getPlatform } from './platform';

export const SESSION_COOKIE = 'indikera_session';

/** What of a page request the API call needs: its cookies, address and client. */
export interface StaffEvent extends Pick<RequestEvent, 'url' | 'getClientAddress'> {
  readonly cookies: Pick<Cookies, 'get' | 'set' | 'delete'>;
}

/** Copies the API's session cookie (set or cleared) onto the page's response. */
function relayCookie(cookies: StaffEvent['cookies'], headers: Headers, secure: boolean): void {
  for (const header of headers.getSetCookie()) {
    const [pair = '', ...attributes] = header.split(';');
    const [name, value = ''] = pair.split('=');
    if (name?.trim() !== SESSION_COOKIE) continue;
    const maxAge = attributes
      .map((a) => a.trim())
      .find((a) => a.toLowerCase().startsWith('max-age='));
    const seconds = maxAge ? Number(maxAge.split('=')[1]) : undefined;
    if (value === '' || seconds === 0) {
      cookies.delete(SESSION_COOKIE, { path: '/', secure });
    } else {
      cookies.set(SESSION_COOKIE, value, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure,
        maxAge: seconds,
      });
    }
  }
}

/** The API as the signed-in person of this page request (or as nobody, signed out). */
export function staffApi(event: StaffEvent): Api {
  const clientAddress = clientAddressOf(event);
  return apiClient(event.url.origin, async (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('Origin', event.url.origin);
    const session = event.cookies.get(SESSION_COOKIE);
    if (session) headers.set('Cookie', `${SESSION_COOKIE}=${session}`);
    const res = await getPlatform().api.request(
      input instanceof Request ? input : String(input),
      { ...init, headers },
      { clientAddress },
    );
    relayCookie(event.cookies, res.headers, event.url.protocol === 'https:');
    return res;
  });
}

/** The API as a respondent: no cookie, from the person's address (for the rate limit). */
export function publicApi(origin: string, clientAddress?: string): Api {
  return apiClient(origin, async (input, init) =>
    getPlatform().api.request(input instanceof Request ? input : String(input), init, {
      clientAddress,
    }),
  );
}
