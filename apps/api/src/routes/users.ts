/**
 * @module
 * A förbund's users and their roles (admin only; the installation administrator may too).
 * A förbund always keeps at least one admin. People join by invitation (invitations.ts).
 */

import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { getForbund, type User } from '@indikera/db';
import type { Context } from 'hono';
import { requireInstallationAdmin, requireRole, requireUser } from '../access';
import type { AppEnv } from '../context';
import { ProblemError } from '../problem';
import { pathId, problems, RoleSchema } from '../schemas';
import { listAccounts, setAnalyst } from '../services/national.service';
import { changeRole, listMembers, removeMember } from '../services/users.service';
import { typedRoutes } from '../typed-routes';
import { validationHook } from '../validation';
import { Me } from './auth';

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

/** An account with its installation-level roles: the profile of /me without memberships. */
const AccountSchema = Me.omit({ memberships: true }).openapi('Account');

const accounts = createRoute({
  method: 'get',
  path: '/api/users',
  tags: ['Användare'],
  summary:
    'Installationens konton och deras roller i installationen (installationens administratör)',
  responses: {
    200: {
      description: 'Kontona',
      content: { 'application/json': { schema: z.array(AccountSchema) } },
    },
    ...problems(401, 403),
  },
});

const analyst = createRoute({
  method: 'put',
  path: '/api/users/{userId}/riksniva',
  tags: ['Användare'],
  summary: 'Ge eller ta tillbaka rollen riksnivåanalytiker (installationens administratör)',
  request: {
    params: z.object({ userId: pathId('userId') }),
    body: {
      required: true,
      content: { 'application/json': { schema: z.object({ granted: z.boolean() }) } },
    },
  },
  responses: {
    200: { description: 'Ändrad', content: { 'application/json': { schema: AccountSchema } } },
    ...problems(400, 401, 403, 404),
  },
});

const accountOf = ({ id, email, name, isInstallationAdmin, isNationalAnalyst }: User) => ({
  id,
  email,
  name,
  isInstallationAdmin,
  isNationalAnalyst,
});

/** Lets through the förbund's admin and the installation administrator; 404 for no förbund. */
export async function manageUsersOf(c: Context<AppEnv>, id: number): Promise<void> {
  await requireRole(c, id, 'admin', { installationAdmin: true, notFound: 'Förbundet finns inte.' });
  // The installation administrator passes the role check for any id.
  if (!(await getForbund(c.var.deps.db, id))) throw new ProblemError(404, 'Förbundet finns inte.');
}

export function userRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(list, async (c) => {
    const { id } = c.req.valid('param');
    await manageUsersOf(c, id);
    return c.json(await listMembers(c.var.deps.db, id), 200);
  });

  app.openapi(change, async (c) => {
    const { id, userId } = c.req.valid('param');
    await manageUsersOf(c, id);
    const { role } = c.req.valid('json');
    const by = requireUser(c).id;
    return c.json(await changeRole(c.var.deps.db, { forbundId: id, userId, role, by }), 200);
  });

  app.openapi(remove, async (c) => {
    const { id, userId } = c.req.valid('param');
    await manageUsersOf(c, id);
    await removeMember(c.var.deps.db, { forbundId: id, userId, by: requireUser(c).id });
    return c.body(null, 204);
  });

  app.openapi(accounts, async (c) => {
    requireInstallationAdmin(c);
    return c.json((await listAccounts(c.var.deps.db)).map(accountOf), 200);
  });

  app.openapi(analyst, async (c) => {
    const by = requireInstallationAdmin(c).id;
    const { userId } = c.req.valid('param');
    const { granted } = c.req.valid('json');
    return c.json(accountOf(await setAnalyst(c.var.deps.db, { userId, granted, by })), 200);
  });

  return typedRoutes(app, [list, change, remove, accounts, analyst]);
}
