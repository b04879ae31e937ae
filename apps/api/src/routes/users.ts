/**
 * @module
 * A förbund's users and their roles (admin only; the installation administrator may too,
 * to give a new förbund its first admin). A förbund always keeps at least one admin.
 */

import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  createUser,
  findUserByEmail,
  getForbund,
  listUsersOfForbund,
  type Role,
  recordAudit,
  removeMembership,
  setMembership,
} from '@indikera/db';
import type { Context } from 'hono';
import { requireRole, requireUser } from '../access';
import { hashPassword } from '../auth/password';
import type { AppEnv } from '../context';
import { badRequest, ProblemError } from '../problem';
import { problems } from '../schemas';
import { validationHook } from '../validation';
import { NewUserFields } from './setup';

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
    ...problems(401, 403, 404),
  },
});

const add = createRoute({
  method: 'post',
  path: '/api/forbund/{id}/users',
  tags: ['Användare'],
  summary:
    'Ge en användare en roll i förbundet; en ny e-postadress skapar användaren (namn och lösenord krävs då)',
  request: {
    params: Params,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({
            email: NewUserFields.email,
            role: RoleSchema,
            name: NewUserFields.name.optional(),
            password: NewUserFields.password.optional(),
          }),
        },
      },
    },
  },
  responses: {
    201: { description: 'Medlem', content: { 'application/json': { schema: MemberSchema } } },
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
  responses: { 204: { description: 'Borttagen' }, ...problems(401, 403, 404, 409) },
});

async function members(c: Context<AppEnv>, forbundId: number) {
  return listUsersOfForbund(c.var.deps.db, forbundId);
}

/** Refuses to leave a förbund without an admin. */
async function keepAnAdmin(
  c: Context<AppEnv>,
  forbundId: number,
  userId: number,
  newRole: Role | null,
) {
  const all = await members(c, forbundId);
  const target = all.find((m) => m.id === userId);
  if (!target) throw new ProblemError(404, 'Användaren finns inte i förbundet.');
  const admins = all.filter((m) => m.role === 'admin');
  if (target.role === 'admin' && newRole !== 'admin' && admins.length === 1) {
    throw new ProblemError(409, 'Förbundet måste ha minst en administratör.');
  }
  return target;
}

export function userRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const asAdmin = { installationAdmin: true } as const;

  app.openapi(list, async (c) => {
    const { id } = c.req.valid('param');
    await requireRole(c, id, 'admin', asAdmin);
    return c.json(
      (await members(c, id)).map(({ id, email, name, role }) => ({ id, email, name, role })),
      200,
    );
  });

  app.openapi(add, async (c) => {
    const { id } = c.req.valid('param');
    await requireRole(c, id, 'admin', asAdmin);
    if (!(await getForbund(c.var.deps.db, id)))
      throw new ProblemError(404, 'Förbundet finns inte.');
    const body = c.req.valid('json');
    const { db } = c.var.deps;
    let user = await findUserByEmail(db, body.email);
    if (!user) {
      const missing = [
        ...(body.name ? [] : [{ field: 'name', message: 'krävs för en ny användare' }]),
        ...(body.password ? [] : [{ field: 'password', message: 'krävs för en ny användare' }]),
      ];
      if (missing.length > 0 || !body.name || !body.password) throw badRequest(missing);
      const created = await createUser(db, {
        email: body.email,
        name: body.name,
        passwordHash: await hashPassword(body.password),
      });
      user = { ...created, passwordHash: '' };
    }
    await setMembership(db, user.id, id, body.role);
    await recordAudit(db, {
      userId: requireUser(c).id,
      forbundId: id,
      action: 'membership.set',
      subject: `user:${user.id}`,
      detail: { role: body.role },
    });
    return c.json({ id: user.id, email: user.email, name: user.name, role: body.role }, 201);
  });

  app.openapi(change, async (c) => {
    const { id, userId } = c.req.valid('param');
    await requireRole(c, id, 'admin', asAdmin);
    const { role } = c.req.valid('json');
    const target = await keepAnAdmin(c, id, userId, role);
    await setMembership(c.var.deps.db, userId, id, role);
    await recordAudit(c.var.deps.db, {
      userId: requireUser(c).id,
      forbundId: id,
      action: 'membership.set',
      subject: `user:${userId}`,
      detail: { role },
    });
    return c.json({ id: target.id, email: target.email, name: target.name, role }, 200);
  });

  app.openapi(remove, async (c) => {
    const { id, userId } = c.req.valid('param');
    await requireRole(c, id, 'admin', asAdmin);
    await keepAnAdmin(c, id, userId, null);
    await removeMembership(c.var.deps.db, userId, id);
    await recordAudit(c.var.deps.db, {
      userId: requireUser(c).id,
      forbundId: id,
      action: 'membership.remove',
      subject: `user:${userId}`,
    });
    return c.body(null, 204);
  });

  return app;
}
