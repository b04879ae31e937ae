/**
 * @module
 * Signing in and out, and changing one's own password. A failed login says the same
 * whether or not the account exists, takes as long either way, and is throttled per
 * account name and per client.
 */

import { getConnInfo } from '@hono/node-server/conninfo';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  type Database,
  deleteOtherSessionsOfUser,
  deleteSession,
  findUserByEmail,
  inTransaction,
  listMemberships,
  recordAudit,
  type User,
  updatePassword,
  voidResetLinksOf,
} from '@indikera/db';
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import { requireUser } from '../access';
import { hashPassword, verifyPassword } from '../auth/password';
import { NewPassword, requireGoodPassword } from '../auth/password-policy';
import { createSession } from '../auth/session';
import type { AppEnv } from '../context';
import { clearSessionCookie, setSessionCookie } from '../middleware/session';
import { badRequest, ProblemError } from '../problem';
import { problems } from '../schemas';
import { typedRoutes } from '../typed-routes';
import { validationHook } from '../validation';

export const Me = z
  .object({
    id: z.number(),
    email: z.string(),
    name: z.string(),
    isInstallationAdmin: z.boolean(),
    isNationalAnalyst: z.boolean(),
    memberships: z.array(
      z.object({
        forbundId: z.number(),
        forbundName: z.string(),
        role: z.enum(['admin', 'koordinator', 'lasare']),
      }),
    ),
  })
  .openapi('Me');

const login = createRoute({
  method: 'post',
  path: '/api/auth/login',
  tags: ['Inloggning'],
  summary: 'Logga in; sätter sessionskakan',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({ email: z.string().max(320), password: z.string().max(1000) }),
        },
      },
    },
  },
  responses: {
    200: { description: 'Inloggad', content: { 'application/json': { schema: Me } } },
    ...problems(400, 401, 429),
  },
});

const logout = createRoute({
  method: 'post',
  path: '/api/auth/logout',
  tags: ['Inloggning'],
  summary: 'Logga ut',
  responses: { 204: { description: 'Utloggad' } },
});

const me = createRoute({
  method: 'get',
  path: '/api/auth/me',
  tags: ['Inloggning'],
  summary: 'Den inloggade användaren och dess förbund och roller',
  responses: {
    200: { description: 'Inloggad', content: { 'application/json': { schema: Me } } },
    ...problems(401),
  },
});

const changePassword = createRoute({
  method: 'post',
  path: '/api/auth/password',
  tags: ['Inloggning'],
  summary: 'Byt sitt lösenord; loggar ut personens andra sessioner',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({ currentPassword: z.string().max(1000), newPassword: NewPassword }),
        },
      },
    },
  },
  responses: { 204: { description: 'Bytt' }, ...problems(400, 401, 429) },
});

/**
 * The client's address, for throttling only: kept in memory for minutes, never stored.
 * Called in-process, the web server passes it in; served alone, the socket tells it.
 * Null when neither knows: one shared key for every caller would let anyone lock
 * everyone out.
 */
function clientAddress(c: Context<AppEnv>): string | null {
  if (c.env?.clientAddress) return c.env.clientAddress;
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
}

/** Throws 429 with Retry-After when the throttle says to wait. */
function throttleOrWait(wait: number): void {
  if (wait > 0) {
    throw new ProblemError(
      429,
      'För många misslyckade inloggningar. Vänta en stund och försök igen.',
      undefined,
      { 'Retry-After': String(wait) },
    );
  }
}

/** The user and their förbund and roles, as login and /me answer. */
export async function profile(db: Kysely<Database>, user: User): Promise<z.infer<typeof Me>> {
  const memberships = await listMemberships(db, user.id);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isInstallationAdmin: user.isInstallationAdmin,
    isNationalAnalyst: user.isNationalAnalyst,
    memberships: memberships.map(({ forbundId, forbundName, role }) => ({
      forbundId,
      forbundName,
      role,
    })),
  };
}

export function authRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(login, async (c) => {
    const { db, clock, throttle } = c.var.deps;
    const { email, password } = c.req.valid('json');
    const attempt = { account: email.trim().toLowerCase(), client: clientAddress(c) };
    const now = clock().getTime();
    throttleOrWait(throttle.retryAfter(attempt, now));
    // Counted before the slow check, so that parallel attempts cannot all slip through.
    throttle.fail(attempt, now);
    const user = await findUserByEmail(db, email.trim());
    const valid = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !valid) throw new ProblemError(401, 'Fel e-postadress eller lösenord.');
    throttle.succeed(attempt, now);
    setSessionCookie(c, await createSession(db, user.id, clock()));
    await recordAudit(db, {
      userId: user.id,
      forbundId: null,
      action: 'user.login',
      subject: `user:${user.id}`,
    });
    return c.json(await profile(db, user), 200);
  });

  app.openapi(changePassword, async (c) => {
    const { db, clock, throttle } = c.var.deps;
    const user = requireUser(c);
    const { currentPassword, newPassword } = c.req.valid('json');
    // A stolen session must not be a way to guess the password: throttled as a login.
    const attempt = { account: user.email.toLowerCase(), client: clientAddress(c) };
    const now = clock().getTime();
    throttleOrWait(throttle.retryAfter(attempt, now));
    throttle.fail(attempt, now);
    const stored = await findUserByEmail(db, user.email);
    if (!(await verifyPassword(stored?.passwordHash ?? null, currentPassword))) {
      throw badRequest([{ field: 'currentPassword', message: 'stämmer inte' }]);
    }
    throttle.succeed(attempt, now);
    requireGoodPassword(newPassword, [user.email, user.name], 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    await inTransaction(db, async (trx) => {
      await updatePassword(trx, user.id, passwordHash);
      // Whoever else had the old password is signed out; this session goes on.
      await deleteOtherSessionsOfUser(trx, user.id, c.var.sessionId ?? '');
      // A reset link handed over before no longer applies.
      await voidResetLinksOf(trx, user.id, Math.floor(now / 1000));
      await recordAudit(trx, {
        userId: user.id,
        forbundId: null,
        action: 'user.password.change',
        subject: `user:${user.id}`,
      });
    });
    return c.body(null, 204);
  });

  app.openapi(logout, async (c) => {
    if (c.var.sessionId) await deleteSession(c.var.deps.db, c.var.sessionId);
    c.set('sessionId', null);
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  app.openapi(me, async (c) => c.json(await profile(c.var.deps.db, requireUser(c)), 200));

  return typedRoutes(app, [login, changePassword, logout, me]);
}
