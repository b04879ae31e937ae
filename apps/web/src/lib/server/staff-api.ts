/**
 * @module
 * Staff pages call the same API as everyone else, in-process, as the signed-in person:
 * their session cookie goes with each call, and a cookie the API sets or clears (login,
 * logout, the sliding expiry) comes back to the browser.
 */
import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { clientAddressOf } from './client-address';
import { getPlatform } from './platform';

export const SESSION_COOKIE = 'indikera_session';

export interface ApiResult<T> {
  readonly status: number;
  readonly ok: boolean;
  readonly body: T;
}

/** Copies the API's session cookie (set or cleared) onto the page's response. */
function relayCookie(cookies: Cookies, headers: Headers, secure: boolean): void {
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

export async function callApi<T = unknown>(
  event: Pick<RequestEvent, 'cookies' | 'url' | 'getClientAddress'>,
  method: string,
  path: string,
  body?: unknown,
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { Origin: event.url.origin };
  const session = event.cookies.get(SESSION_COOKIE);
  if (session) headers.Cookie = `${SESSION_COOKIE}=${session}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await getPlatform().api.request(
    `${event.url.origin}${path}`,
    { method, headers, body: body === undefined ? undefined : JSON.stringify(body) },
    { clientAddress: clientAddressOf(event) },
  );
  relayCookie(event.cookies, res.headers, event.url.protocol === 'https:');
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = text === '' ? null : JSON.parse(text);
  } catch {
    parsed = text;
  }
  return { status: res.status, ok: res.ok, body: parsed as T };
}

/** The problem's field errors, by field, for showing beside each input. */
export function fieldErrors(body: unknown): Record<string, string> {
  const errors = (body as { errors?: { field: string; message: string }[] } | null)?.errors ?? [];
  return Object.fromEntries(errors.map((e) => [e.field, e.message]));
}
