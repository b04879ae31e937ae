/**
 * @module
 * The client's address, for rate limits only: kept in memory for minutes, never stored.
 * The web server passes it (`api.fetch(request, { clientAddress })`, which honours its
 * proxy settings); the API alone takes it from the socket. Null when neither is known.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppEnv } from './context';

export function clientAddressOf(c: Context<AppEnv>): string | null {
  const given = (c.env as AppEnv['Bindings'] | undefined)?.clientAddress;
  if (given) return given;
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
}
