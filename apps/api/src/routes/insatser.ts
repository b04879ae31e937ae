/**
 * @module
 * A förbund's insatser (interventions): listed by every member, kept by koordinatorer.
 */

import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  createInsats,
  findInsatsByName,
  getInsats,
  listInsatser,
  recordAudit,
  renameInsats,
} from '@indikera/db';
import { requireRole, requireUser } from '../access';
import type { AppEnv } from '../context';
import { ProblemError } from '../problem';
import { IdParam, problems } from '../schemas';
import { validationHook } from '../validation';

const InsatsSchema = z
  .object({ id: z.number(), forbundId: z.number(), name: z.string() })
  .openapi('Insats');
const NameBody = z.object({ name: z.string().trim().min(1, 'ange ett namn').max(200) });

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
    ...problems(401, 404),
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
    const { db } = c.var.deps;
    if (await findInsatsByName(db, id, name))
      throw new ProblemError(409, `Insatsen ${name} finns redan.`);
    const insats = await createInsats(db, id, name);
    await recordAudit(db, {
      userId: requireUser(c).id,
      forbundId: id,
      action: 'insats.create',
      subject: `insats:${insats.id}`,
    });
    return c.json(insats, 201);
  });

  app.openapi(rename, async (c) => {
    const { id } = c.req.valid('param');
    const { db } = c.var.deps;
    const insats = await getInsats(db, id);
    if (!insats) throw new ProblemError(404, 'Insatsen finns inte.');
    await requireRole(c, insats.forbundId, 'koordinator', { notFound: 'Insatsen finns inte.' });
    const { name } = c.req.valid('json');
    const clash = await findInsatsByName(db, insats.forbundId, name);
    if (clash && clash.id !== id) throw new ProblemError(409, `Insatsen ${name} finns redan.`);
    await renameInsats(db, id, name);
    await recordAudit(db, {
      userId: requireUser(c).id,
      forbundId: insats.forbundId,
      action: 'insats.rename',
      subject: `insats:${id}`,
    });
    return c.json({ ...insats, name }, 200);
  });

  return app;
}
