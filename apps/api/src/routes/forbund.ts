/**
 * @module
 * Förbund of the installation: listed and created by the installation administrator.
 * Members see their own förbund through /api/auth/me.
 */

import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { createForbund, inTransaction, listForbund, recordAudit } from '@indikera/db';
import { requireInstallationAdmin } from '../access';
import type { AppEnv } from '../context';
import { nameSchema } from '../name';
import { ProblemError } from '../problem';
import { problems } from '../schemas';
import { typedRoutes } from '../typed-routes';
import { validationHook } from '../validation';

const ForbundSchema = z
  .object({ id: z.number(), name: z.string(), createdOn: z.string(), pooled: z.boolean() })
  .openapi('Forbund');

const list = createRoute({
  method: 'get',
  path: '/api/forbund',
  tags: ['Förbund'],
  summary: 'Installationens förbund (installationens administratör)',
  responses: {
    200: {
      description: 'Förbunden',
      content: { 'application/json': { schema: z.array(ForbundSchema) } },
    },
    ...problems(401, 403),
  },
});

const create = createRoute({
  method: 'post',
  path: '/api/forbund',
  tags: ['Förbund'],
  summary: 'Skapa ett förbund (installationens administratör)',
  request: {
    body: {
      required: true,
      content: {
        'application/json': { schema: z.object({ name: nameSchema() }) },
      },
    },
  },
  responses: {
    201: { description: 'Skapat', content: { 'application/json': { schema: ForbundSchema } } },
    ...problems(400, 401, 403, 409),
  },
});

export function forbundRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(list, async (c) => {
    requireInstallationAdmin(c);
    return c.json(await listForbund(c.var.deps.db), 200);
  });

  app.openapi(create, async (c) => {
    const user = requireInstallationAdmin(c);
    const { db } = c.var.deps;
    const { name } = c.req.valid('json');
    // In one transaction, so that two posts of one name cannot both pass the check.
    const forbund = await inTransaction(db, async (trx) => {
      const key = name.toLocaleLowerCase('sv');
      if ((await listForbund(trx)).some((f) => f.name.toLocaleLowerCase('sv') === key)) {
        throw new ProblemError(409, `Det finns redan ett förbund som heter ${name}.`);
      }
      const created = await createForbund(trx, name);
      await recordAudit(trx, {
        userId: user.id,
        forbundId: created.id,
        action: 'forbund.create',
        subject: `forbund:${created.id}`,
      });
      return created;
    });
    return c.json(forbund, 201);
  });

  return typedRoutes(app, [list, create]);
}
