/**
 * @module
 * The short path: the API as a plain Node request listener, for the web server to hand
 * `/api` requests to directly instead of through SvelteKit's handler (which would turn
 * Node's request into a web `Request` and back for a route it only forwards). The client's
 * address is taken exactly as adapter-node takes it for the pages: from the socket, or
 * behind a trusted proxy from `ADDRESS_HEADER` (with `XFF_DEPTH` for X-Forwarded-For), so
 * the login throttle and the survey rate limit see the same client on either path.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { App } from './app';

/**
 * Where the web server finds the listener: the platform is made inside SvelteKit's build,
 * the server that splits the requests (apps/web/bin/start.mjs) outside it.
 */
export const SHORT_PATH = Symbol.for('indikera.api-short-path');

type Env = Readonly<Record<string, string | undefined>>;

export type NodeListener = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/**
 * The address as adapter-node's `getClientAddress` gives it; undefined where that throws
 * (the header is set but absent, or holds fewer addresses than `XFF_DEPTH`).
 */
export function clientAddressFromNode(request: IncomingMessage, env: Env): string | undefined {
  const header = (env.ADDRESS_HEADER ?? '').toLowerCase();
  if (!header) return request.socket.remoteAddress;
  if (!(header in request.headers)) return undefined;
  const raw = request.headers[header];
  const value = (Array.isArray(raw) ? raw.join(', ') : raw) || '';
  if (header !== 'x-forwarded-for') return value;
  const depth = Number.parseInt(env.XFF_DEPTH ?? '1', 10);
  const addresses = value.split(',');
  if (!(depth >= 1) || depth > addresses.length) return undefined;
  return addresses[addresses.length - depth]?.trim();
}

/**
 * Whether a request target is the API's (`/api` or below), read as SvelteKit reads it
 * (its origin and the target joined, then the URL's own normalisation), so that no target
 * reaches the other side of the split on one path than on the other.
 */
export function isApiPath(target: string | undefined): boolean {
  if (!target) return false;
  // A plain path outside /api cannot normalise into it without a dot, %, \ or a control.
  if (!target.startsWith('/api') && !/[.%\\\t\n\r]/.test(target)) return false;
  let path: string;
  try {
    path = new URL(`http://localhost${target}`).pathname;
  } catch {
    return false;
  }
  return path === '/api' || path.startsWith('/api/');
}

export interface ShortPath {
  /** Whether a request target (`req.url`) is the API's. */
  readonly isApiPath: (target: string | undefined) => boolean;
  /** Answers an API request. */
  readonly listener: NodeListener;
}

/**
 * The API as a Node listener. With `overrideGlobalObjects` @hono/node-server puts its
 * lightweight `Request` and `Response` (subclasses that build the web objects only when
 * asked) in place of the global ones, so an answer is written without a web stream; the
 * pages' SvelteKit uses them too, as it would any standard implementation.
 */
export function apiShortPath(app: App, env: Env): ShortPath {
  const listener = getRequestListener(
    (request, bindings) =>
      app.fetch(request, {
        // Only ever attached to a node:http server (HTTP/1.1).
        clientAddress: clientAddressFromNode(bindings.incoming as IncomingMessage, env),
      }),
    { overrideGlobalObjects: true },
  );
  return { isApiPath, listener: listener as NodeListener };
}
