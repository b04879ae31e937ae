/**
 * @module
 * Reads the session cookie on every request and puts the signed-in user in the context.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { INACTIVITY_TIMEOUT_SECONDS, SESSION_COOKIE, validateSessionToken } from '../auth/session';
import type { AppEnv } from '../context';

export function setSessionCookie(c: Context<AppEnv>, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    secure: c.var.deps.config.secureCookies,
    sameSite: 'Lax',
    path: '/',
    maxAge: INACTIVITY_TIMEOUT_SECONDS,
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: c.var.deps.config.secureCookies });
}

export const session: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('user', null);
  c.set('sessionId', null);
  const token = getCookie(c, SESSION_COOKIE);
  if (token) {
    const found = await validateSessionToken(c.var.deps.db, token, c.var.deps.clock());
    if (found) {
      c.set('user', found.user);
      c.set('sessionId', found.sessionId);
      // Sliding expiry: the cookie lives as long as the session does.
      setSessionCookie(c, token);
    } else {
      clearSessionCookie(c);
    }
  }
  await next();
};
