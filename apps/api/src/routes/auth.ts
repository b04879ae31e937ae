/**
 * @module
 * Signing in and out. A failed login says the same whether or not the account exists,
 * takes as long either way, and is throttled per account name and per client.
 */

import { getConnInfo } from '@hono/node-server/conninfo';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { deleteSession, findUserByEmail, listMemberships, recordAudit } from '@indikera/db';
import type { Context } from 'hono';
import { requireUser } from '../access';
import { verifyPassword } from '../auth/password';
import { createSession } from '../auth/session';
import type { AppEnv } from '../context';
import { clearSessionCookie, setSessionCookie } from '../middleware/session';
import { ProblemError } from '../problem';
import { problems } from '../schemas';
import { validationHook } from '../validation';

const Me = z
  .object({
    id: z.number(),
    email: z.string(),
    name: z.string(),
    isInstallationAdmin: z.boolean(),
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

/** The client's address, for throttling only: kept in memory for minutes, never stored. */
function clientKey(c: Context<AppEnv>): string {
  try {
    return `ip:${getConnInfo(c).remote.address ?? 'unknown'}`;
  } catch {
    return 'ip:unknown';
  }
}

export function authRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(login, async (c) => {
    const { db, clock, throttle } = c.var.deps;
    const { email, password } = c.req.valid('json');
    const keys = [`email:${email.trim().toLowerCase()}`, clientKey(c)];
    const now = clock().getTime();
    const wait = throttle.retryAfter(keys, now);
    if (wait > 0) {
      throw new ProblemError(
        429,
        'För många misslyckade inloggningar. Vänta en stund och försök igen.',
        undefined,
        {
          'Retry-After': String(wait),
        },
      );
    }
    const user = await findUserByEmail(db, email.trim());
    const valid = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !valid) {
      throttle.fail(keys, now);
      throw new ProblemError(401, 'Fel e-postadress eller lösenord.');
    }
    throttle.succeed(keys);
    setSessionCookie(c, await createSession(db, user.id, clock()));
    await recordAudit(db, {
      userId: user.id,
      forbundId: null,
      action: 'user.login',
      subject: `user:${user.id}`,
    });
    const memberships = await listMemberships(db, user.id);
    return c.json(
      {
        id: user.id,
        email: user.email,
        name: user.name,
        isInstallationAdmin: user.isInstallationAdmin,
        memberships: memberships.map(({ forbundId, forbundName, role }) => ({
          forbundId,
          forbundName,
          role,
        })),
      },
      200,
    );
  });

  app.openapi(logout, async (c) => {
    if (c.var.sessionId) await deleteSession(c.var.deps.db, c.var.sessionId);
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  app.openapi(me, async (c) => {
    const user = requireUser(c);
    const memberships = await listMemberships(c.var.deps.db, user.id);
    return c.json(
      {
        id: user.id,
        email: user.email,
        name: user.name,
        isInstallationAdmin: user.isInstallationAdmin,
        memberships: memberships.map(({ forbundId, forbundName, role }) => ({
          forbundId,
          forbundName,
          role,
        })),
      },
      200,
    );
  });

  return app;
}
