/**
 * @module
 * The client's address, for the API's login throttle: the API is called in-process, so
 * the web server passes it in. adapter-node gives the socket's address, or behind a
 * reverse proxy the one its settings name: `ADDRESS_HEADER=X-Forwarded-For` with
 * `XFF_DEPTH` = the number of trusted proxies in front (see the README).
 */
import type { RequestEvent } from '@sveltejs/kit';

export function clientAddressOf(event: Pick<RequestEvent, 'getClientAddress'>): string | undefined {
  try {
    return event.getClientAddress();
  } catch {
    // ADDRESS_HEADER is set but the request did not come through the proxy.
    return undefined;
  }
}
