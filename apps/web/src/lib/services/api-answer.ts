/**
 * @module
 * The API as the web app sees it: `hc<AppType>` (hono/client), typed from the API's own
 * route schemas, and its answers read once into `{ status, ok, body }` with the body's
 * type following the status (the route's answer when ok, a problem otherwise).
 */
import type { AppType } from '@indikera/api';
import { type ClientResponse, hc } from 'hono/client';
import type { StatusCode } from 'hono/utils/http-status';

/** How the client reaches the API: in-process on the server, `fetch` in the browser. */
export type ApiFetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

export function apiClient(origin: string, fetch: ApiFetch) {
  return hc<AppType>(origin, { fetch });
}

export type Api = ReturnType<typeof apiClient>;

/** One answer of the API; narrowing on `ok` (or `status`) gives the body's type. */
export type Answer<R> =
  R extends ClientResponse<infer Body, infer Status, infer _Format>
    ? [StatusCode] extends [Status]
      ? never // Not one of the route's declared answers (a file it can also send).
      : {
          readonly status: Status;
          readonly ok: R['ok'];
          readonly body: Body;
          readonly headers: Headers;
        }
    : never;

/** Reads an answer's JSON body (null when there is none, as for 204). */
export async function answer<R extends ClientResponse<unknown, number, string>>(
  request: Promise<R>,
): Promise<Answer<R>> {
  const res = await request;
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text === '' ? null : JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, ok: res.ok, body, headers: res.headers } as Answer<R>;
}

/** The problem's field errors, by field, for showing beside each input. */
export function fieldErrors(body: unknown): Record<string, string> {
  const errors = (body as { errors?: { field: string; message: string }[] } | null)?.errors ?? [];
  return Object.fromEntries(errors.map((e) => [e.field, e.message]));
}

/** Whether an answer of a route that also sends files is the JSON rather than a file. */
export function isJsonBody<T extends object>(body: T | string | Response): body is T {
  return typeof body === 'object' && !(body instanceof Response);
}
