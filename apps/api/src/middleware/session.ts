/**
 * @module
 * Reads the session cookie on every request and puts the signed-in user in the context;
 * renews the cookie with each request, or clears it once the session has ended.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { INACTIVITY_TIMEOUT_SECONDS, SESSION_COOKIE, validateSessionToken } from '../auth/session';
import type { AppEnv } from '../context';

export function setSessionCookie(
  c: Context<AppEnv>,
  token: string,
  maxAge = INACTIVITY_TIMEOUT_SECONDS,
): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    secure: c.var.deps.config.secureCookies,
    sameSite: 'Lax',
    path: '/',
    maxAge,
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: c.var.deps.config.secureCookies });
}

/** Whether the route has already set or cleared the session cookie (login, logout). */
function cookieSetByRoute(c: Context<AppEnv>): boolean {
  return c.res.headers.getSetCookie().some((h) => h.startsWith(`${SESSION_COOKIE}=`));
}

export const session: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('user', null);
  c.set('sessionId', null);
  const token = getCookie(c, SESSION_COOKIE);
  const found = token ? await validateSessionToken(c.var.deps.db, token, c.var.deps.clock()) : null;
  if (found) {
    c.set('user', found.user);
    c.set('sessionId', found.sessionId);
  }
  await next();
  // After the route, so that one response never carries two session cookies.
  if (!token || cookieSetByRoute(c)) return;
  // Sliding expiry: the cookie lives as long as the session does.
  if (found && c.var.sessionId === found.sessionId) setSessionCookie(c, token, found.expiresIn);
  else clearSessionCookie(c);
};
