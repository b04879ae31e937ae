/**
 * @module
 * A förbund's insatser (interventions): listed by every member, kept by koordinatorer.
 */

import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  createInsats,
  type Database,
  getInsats,
  type Insats,
  inTransaction,
  listInsatser,
  recordAudit,
  renameInsats,
} from '@indikera/db';
import type { Kysely } from 'kysely';
import { requireRole, requireUser } from '../access';
import type { AppEnv } from '../context';
import { nameSchema } from '../name';
import { ProblemError } from '../problem';
import { IdParam, problems } from '../schemas';
import { typedRoutes } from '../typed-routes';
import { validationHook } from '../validation';

const InsatsSchema = z
  .object({ id: z.number(), forbundId: z.number(), name: z.string() })
  .openapi('Insats');
const NameBody = z.object({ name: nameSchema() });

const list = createRoute({
  method: 'get',
  path: '/api/forbund/{id}/insatser',
  tags: ['Insatser'],
  summary: 'Förbundets insatser',
  request: { params: IdParam },
  responses: {
    200: {
      description: 'Insatserna',
      content: { 'application/json': { schema: z.array(InsatsSchema) } },
    },
    ...problems(400, 401, 404),
  },
});

const create = createRoute({
  method: 'post',
  path: '/api/forbund/{id}/insatser',
  tags: ['Insatser'],
  summary: 'Lägg till en insats (koordinator)',
  request: {
    params: IdParam,
    body: { required: true, content: { 'application/json': { schema: NameBody } } },
  },
  responses: {
    201: { description: 'Skapad', content: { 'application/json': { schema: InsatsSchema } } },
    ...problems(400, 401, 403, 404, 409),
  },
});

const rename = createRoute({
  method: 'patch',
  path: '/api/insatser/{id}',
  tags: ['Insatser'],
  summary: 'Byt namn på en insats (koordinator)',
  request: {
    params: IdParam,
    body: { required: true, content: { 'application/json': { schema: NameBody } } },
  },
  responses: {
    200: { description: 'Ändrad', content: { 'application/json': { schema: InsatsSchema } } },
    ...problems(400, 401, 403, 404, 409),
  },
});

/**
 * Another insats of the förbund with the name, whatever its case: imports match insatser
 * by name without case, so "Tidsam" and "tidsam" could not be told apart. The column's
 * collation is binary, so the comparison is made here.
 */
async function sameName(
  db: Kysely<Database>,
  forbundId: number,
  name: string,
  except?: number,
): Promise<Insats | undefined> {
  const key = name.toLocaleLowerCase('sv');
  return (await listInsatser(db, forbundId)).find(
    (i) => i.id !== except && i.name.toLocaleLowerCase('sv') === key,
  );
}

const taken = (name: string) => new ProblemError(409, `Insatsen ${name} finns redan.`);

export function insatsRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(list, async (c) => {
    const { id } = c.req.valid('param');
    await requireRole(c, id, 'lasare');
    return c.json(await listInsatser(c.var.deps.db, id), 200);
  });

  app.openapi(create, async (c) => {
    const { id } = c.req.valid('param');
    await requireRole(c, id, 'koordinator');
    const { name } = c.req.valid('json');
    // In one transaction, so that two posts of one name cannot both pass the check.
    const insats = await inTransaction(c.var.deps.db, async (trx) => {
      const clash = await sameName(trx, id, name);
      if (clash) throw taken(clash.name);
      const created = await createInsats(trx, id, name);
      await recordAudit(trx, {
        userId: requireUser(c).id,
        forbundId: id,
        action: 'insats.create',
        subject: `insats:${created.id}`,
      });
      return created;
    });
    return c.json(insats, 201);
  });

  app.openapi(rename, async (c) => {
    requireUser(c);
    const { id } = c.req.valid('param');
    const { db } = c.var.deps;
    const insats = await getInsats(db, id);
    if (!insats) throw new ProblemError(404, 'Insatsen finns inte.');
    await requireRole(c, insats.forbundId, 'koordinator', { notFound: 'Insatsen finns inte.' });
    const { name } = c.req.valid('json');
    await inTransaction(db, async (trx) => {
      const clash = await sameName(trx, insats.forbundId, name, id);
      if (clash) throw taken(clash.name);
      await renameInsats(trx, id, name);
      await recordAudit(trx, {
        userId: requireUser(c).id,
        forbundId: insats.forbundId,
        action: 'insats.rename',
        subject: `insats:${id}`,
        detail: { from: insats.name, to: name },
      });
    });
    return c.json({ ...insats, name }, 200);
  });

  return typedRoutes(app, [list, create, rename]);
}
