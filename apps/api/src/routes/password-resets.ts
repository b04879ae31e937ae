/**
 * @module
 * Password resets: an administrator makes a one-time link (valid 24 hours) and hands it
 * over; whoever opens it sets a new password, and every session of the account ends. An
 * admin may reset only someone all of whose förbund they administer, and only the
 * installation administrator may reset an installation administrator: a reset is a way
 * into every förbund the person belongs to.
 */

import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  deleteSessionsOfUser,
  findUsableAccountLink,
  getMembership,
  getUser,
  insertAccountLink,
  inTransaction,
  listMemberships,
  recordAudit,
  updatePassword,
  useAccountLink,
  voidResetLinksOf,
} from '@indikera/db';
import type { Context } from 'hono';
import { requireUser } from '../access';
import {
  isoFromSeconds,
  linkTokenHash,
  newLinkToken,
  RESET_SECONDS,
  unixSeconds,
} from '../auth/one-time-link';
import { hashPassword } from '../auth/password';
import { NewPassword, requireGoodPassword } from '../auth/password-policy';
import type { AppEnv } from '../context';
import { ProblemError } from '../problem';
import { IdParam, pathId, problems, TokenParam } from '../schemas';
import { typedRoutes } from '../typed-routes';
import { validationHook } from '../validation';
import { manageUsersOf } from './users';

const UserParams = IdParam.extend({ userId: pathId('userId') });

const create = createRoute({
  method: 'post',
  path: '/api/forbund/{id}/users/{userId}/password-reset',
  tags: ['Användare'],
  summary: 'Skapa en engångslänk för att välja nytt lösenord (admin), giltig i 24 timmar',
  request: { params: UserParams },
  responses: {
    201: {
      description: 'Länken att lämna över',
      content: {
        'application/json': {
          schema: z.object({ link: z.string(), expiresAt: z.string() }),
        },
      },
    },
    ...problems(400, 401, 403, 404),
  },
});

const show = createRoute({
  method: 'get',
  path: '/api/password-resets/{token}',
  tags: ['Användare'],
  summary: 'Vilket konto en återställningslänk gäller',
  request: { params: TokenParam },
  responses: {
    200: {
      description: 'Länken',
      content: {
        'application/json': { schema: z.object({ email: z.string(), expiresAt: z.string() }) },
      },
    },
    ...problems(400, 404),
  },
});

const use = createRoute({
  method: 'post',
  path: '/api/password-resets/{token}',
  tags: ['Användare'],
  summary: 'Välj ett nytt lösenord med en återställningslänk; alla kontots sessioner avslutas',
  request: {
    params: TokenParam,
    body: {
      required: true,
      content: { 'application/json': { schema: z.object({ password: NewPassword }) } },
    },
  },
  responses: { 204: { description: 'Lösenordet är bytt' }, ...problems(400, 404) },
});

const gone = () => new ProblemError(404, 'Länken finns inte, har redan använts eller har gått ut.');

/** Refuses a reset that would open a förbund the caller does not administer. */
async function mayReset(c: Context<AppEnv>, forbundId: number, userId: number): Promise<void> {
  const caller = requireUser(c);
  const { db } = c.var.deps;
  const target = await getUser(db, userId);
  if (!target || !(await getMembership(db, userId, forbundId))) {
    throw new ProblemError(404, 'Användaren finns inte i förbundet.');
  }
  if (caller.isInstallationAdmin) return;
  const refuse = () =>
    new ProblemError(
      403,
      'Personen är med i ett förbund du inte administrerar, eller administrerar installationen: be installationens administratör.',
    );
  if (target.isInstallationAdmin) throw refuse();
  for (const m of await listMemberships(db, userId)) {
    if ((await getMembership(db, caller.id, m.forbundId)) !== 'admin') throw refuse();
  }
}

async function openReset(c: Context<AppEnv>, token: string) {
  const { db, clock } = c.var.deps;
  const link = await findUsableAccountLink(db, 'reset', linkTokenHash(token), unixSeconds(clock()));
  if (!link?.userId) throw gone();
  return { link, userId: link.userId };
}

export function passwordResetRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(create, async (c) => {
    const { id, userId } = c.req.valid('param');
    await manageUsersOf(c, id);
    await mayReset(c, id, userId);
    const { db, clock } = c.var.deps;
    const target = await getUser(db, userId);
    if (!target) throw new ProblemError(404, 'Användaren finns inte i förbundet.');
    const { token, hash } = newLinkToken();
    const expiresAt = unixSeconds(clock()) + RESET_SECONDS;
    await inTransaction(db, async (trx) => {
      await insertAccountLink(
        trx,
        { kind: 'reset', email: target.email, userId },
        hash,
        requireUser(c).id,
        expiresAt,
      );
      await recordAudit(trx, {
        userId: requireUser(c).id,
        forbundId: id,
        action: 'user.password.reset-link',
        subject: `user:${userId}`,
      });
    });
    return c.json({ link: `/aterstall/${token}`, expiresAt: isoFromSeconds(expiresAt) }, 201);
  });

  app.openapi(show, async (c) => {
    const { link } = await openReset(c, c.req.valid('param').token);
    return c.json({ email: link.email, expiresAt: isoFromSeconds(link.expiresAt) }, 200);
  });

  app.openapi(use, async (c) => {
    const { link, userId } = await openReset(c, c.req.valid('param').token);
    const { db, clock } = c.var.deps;
    const user = await getUser(db, userId);
    if (!user) throw gone();
    const { password } = c.req.valid('json');
    requireGoodPassword(password, [user.email, user.name]);
    const passwordHash = await hashPassword(password);
    await inTransaction(db, async (trx) => {
      const now = unixSeconds(clock());
      if (!(await useAccountLink(trx, link.id, now))) throw gone();
      await updatePassword(trx, userId, passwordHash);
      // Any other link handed over for the old password is void too.
      await voidResetLinksOf(trx, userId, now);
      // Whoever was signed in with the old password is signed out.
      await deleteSessionsOfUser(trx, userId);
      await recordAudit(trx, {
        userId,
        forbundId: null,
        action: 'user.password.reset',
        subject: `user:${userId}`,
      });
    });
    return c.body(null, 204);
  });

  return typedRoutes(app, [create, show, use]);
}
