/**
 * @module
 * A förbund's users and their roles (admin only; the installation administrator may too).
 * A förbund always keeps at least one admin. People join by invitation (invitations.ts).
 */

import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  type Database,
  getForbund,
  inTransaction,
  listUsersOfForbund,
  type Role,
  recordAudit,
  removeMembership,
  setMembership,
} from '@indikera/db';
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import { requireRole, requireUser } from '../access';
import type { AppEnv } from '../context';
import { ProblemError } from '../problem';
import { problems } from '../schemas';
import { typedRoutes } from '../typed-routes';
import { validationHook } from '../validation';

const RoleSchema = z.enum(['admin', 'koordinator', 'lasare']);
const Params = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'id', in: 'path' } }),
});
const UserParams = Params.extend({
  userId: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'userId', in: 'path' } }),
});
const MemberSchema = z
  .object({ id: z.number(), email: z.string(), name: z.string(), role: RoleSchema })
  .openapi('Member');

const list = createRoute({
  method: 'get',
  path: '/api/forbund/{id}/users',
  tags: ['Användare'],
  summary: 'Förbundets användare och roller (admin)',
  request: { params: Params },
  responses: {
    200: {
      description: 'Användarna',
      content: { 'application/json': { schema: z.array(MemberSchema) } },
    },
    ...problems(400, 401, 403, 404),
  },
});

const change = createRoute({
  method: 'put',
  path: '/api/forbund/{id}/users/{userId}',
  tags: ['Användare'],
  summary: 'Byt en användares roll (admin)',
  request: {
    params: UserParams,
    body: {
      required: true,
      content: { 'application/json': { schema: z.object({ role: RoleSchema }) } },
    },
  },
  responses: {
    200: { description: 'Ändrad', content: { 'application/json': { schema: MemberSchema } } },
    ...problems(400, 401, 403, 404, 409),
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/forbund/{id}/users/{userId}',
  tags: ['Användare'],
  summary: 'Ta bort en användare ur förbundet (admin)',
  request: { params: UserParams },
  responses: { 204: { description: 'Borttagen' }, ...problems(400, 401, 403, 404, 409) },
});

/** Lets through the förbund's admin and the installation administrator; 404 for no förbund. */
export async function manageUsersOf(c: Context<AppEnv>, id: number): Promise<void> {
  await requireRole(c, id, 'admin', { installationAdmin: true, notFound: 'Förbundet finns inte.' });
  // The installation administrator passes the role check for any id.
  if (!(await getForbund(c.var.deps.db, id))) throw new ProblemError(404, 'Förbundet finns inte.');
}

/**
 * Refuses to leave a förbund without an admin. Called inside the transaction that makes
 * the change, so two admins demoting each other at once cannot both succeed.
 */
async function keepAnAdmin(
  db: Kysely<Database>,
  forbundId: number,
  userId: number,
  newRole: Role | null,
) {
  const all = await listUsersOfForbund(db, forbundId);
  const target = all.find((m) => m.id === userId);
  const admins = all.filter((m) => m.role === 'admin');
  if (target?.role === 'admin' && newRole !== 'admin' && admins.length === 1) {
    throw new ProblemError(409, 'Förbundet måste ha minst en administratör.');
  }
  return target;
}

const notAMember = () => new ProblemError(404, 'Användaren finns inte i förbundet.');

export function userRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(list, async (c) => {
    const { id } = c.req.valid('param');
    await manageUsersOf(c, id);
    return c.json(
      (await listUsersOfForbund(c.var.deps.db, id)).map(({ id, email, name, role }) => ({
        id,
        email,
        name,
        role,
      })),
      200,
    );
  });

  app.openapi(change, async (c) => {
    const { id, userId } = c.req.valid('param');
    await manageUsersOf(c, id);
    const { role } = c.req.valid('json');
    const member = await inTransaction(c.var.deps.db, async (trx) => {
      const target = await keepAnAdmin(trx, id, userId, role);
      if (!target) throw notAMember();
      await setMembership(trx, userId, id, role);
      await recordAudit(trx, {
        userId: requireUser(c).id,
        forbundId: id,
        action: 'membership.set',
        subject: `user:${userId}`,
        detail: { role },
      });
      return { id: target.id, email: target.email, name: target.name, role };
    });
    return c.json(member, 200);
  });

  app.openapi(remove, async (c) => {
    const { id, userId } = c.req.valid('param');
    await manageUsersOf(c, id);
    await inTransaction(c.var.deps.db, async (trx) => {
      if (!(await keepAnAdmin(trx, id, userId, null))) throw notAMember();
      await removeMembership(trx, userId, id);
      await recordAudit(trx, {
        userId: requireUser(c).id,
        forbundId: id,
        action: 'membership.remove',
        subject: `user:${userId}`,
      });
    });
    return c.body(null, 204);
  });

  return typedRoutes(app, [list, change, remove]);
}
