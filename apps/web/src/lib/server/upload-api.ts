/**
 * @module
 * Sends an uploaded file to the API as the raw request body (for instance `text/csv`),
 * as the signed-in person: their session cookie goes with the call, as in `callApi`.
 */
import type { RequestEvent } from '@sveltejs/kit';
import { getPlatform } from './platform';
import { type ApiResult, SESSION_COOKIE } from './staff-api';

export async function uploadFile<T = unknown>(
  event: Pick<RequestEvent, 'cookies' | 'url'>,
  path: string,
  file: Blob,
  contentType: string,
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = {
    Origin: event.url.origin,
    'Content-Type': contentType,
  };
  const session = event.cookies.get(SESSION_COOKIE);
  if (session) headers.Cookie = `${SESSION_COOKIE}=${session}`;
  const res = await getPlatform().api.request(`${event.url.origin}${path}`, {
    method: 'POST',
    headers,
    body: new Uint8Array(await file.arrayBuffer()),
  });
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = text === '' ? null : JSON.parse(text);
  } catch {
    parsed = text;
  }
  return { status: res.status, ok: res.ok, body: parsed as T };
}
