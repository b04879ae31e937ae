/**
 * @module
 * Rounds (mätningar): listed for every member, created, opened and closed by
 * koordinatorer. A round is answered on one instrument version.
 */

import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { listMemberships } from '@indikera/db';
import { requireRole, requireUser } from '../access';
import type { AppEnv } from '../context';
import { InstrumentVersionSchema } from '../instrument-version-schema';
import { nameSchema } from '../name';
import { DateString, IdParam, problems } from '../schemas';
import { roundInstrument } from '../services/instruments.service';
import { roundFor } from '../services/round-access';
import {
  createCheckedRound,
  roundDetail,
  roundsOf,
  setRoundOpen,
} from '../services/rounds.service';
import { dayIn } from '../services/today';
import { typedRoutes } from '../typed-routes';
import { validationHook } from '../validation';

const RoundSchema = z
  .object({
    id: z.number(),
    forbundId: z.number(),
    name: z.string(),
    year: z.number(),
    instrumentVersion: z.string(),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    status: z.enum(['open', 'closed']),
    cullAfter: z.string().nullable().openapi({ description: 'från denna dag får svaren gallras' }),
    culledOn: z.string().nullable().openapi({ description: 'dagen svaren gallrades' }),
  })
  .openapi('Round');

const RoundDetail = RoundSchema.extend({
  groups: z.array(z.object({ group: z.string(), label: z.string(), responses: z.number() })),
  byInsats: z.array(
    z.object({
      group: z.string(),
      insatsId: z.number().nullable(),
      insatsName: z.string().nullable(),
      responses: z.number(),
    }),
  ),
  recentDays: z
    .array(z.object({ day: z.string(), responses: z.number() }))
    .openapi({ description: 'Svar per dag de senaste 14 dagarna (bara dagar med svar)' }),
}).openapi('RoundDetail');

const list = createRoute({
  method: 'get',
  path: '/api/rounds',
  tags: ['Mätningar'],
  summary: 'Mätningarna i den inloggades förbund (nyaste först)',
  request: { query: z.object({ forbund: z.coerce.number().int().positive().optional() }) },
  responses: {
    200: {
      description: 'Mätningarna',
      content: { 'application/json': { schema: z.array(RoundSchema) } },
    },
    ...problems(400, 401, 404),
  },
});

const create = createRoute({
  method: 'post',
  path: '/api/rounds',
  tags: ['Mätningar'],
  summary: 'Skapa en mätning (koordinator); den är öppen för svar direkt',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({
            forbundId: z.number().int().positive(),
            name: nameSchema(),
            year: z.number().int().min(2000).max(2100),
            instrumentVersion: z
              .string()
              .min(1)
              .max(20)
              .optional()
              .openapi({ description: 'en version i registret; utan: den senast tillagda' }),
            startsOn: DateString.nullable().optional(),
            endsOn: DateString.nullable().optional(),
          }),
        },
      },
    },
  },
  responses: {
    201: { description: 'Skapad', content: { 'application/json': { schema: RoundSchema } } },
    ...problems(400, 401, 403, 404),
  },
});

const get = createRoute({
  method: 'get',
  path: '/api/rounds/{id}',
  tags: ['Mätningar'],
  summary: 'En mätning, med antal svar per grupp',
  request: { params: IdParam },
  responses: {
    200: { description: 'Mätningen', content: { 'application/json': { schema: RoundDetail } } },
    ...problems(400, 401, 404),
  },
});

const instrument = createRoute({
  method: 'get',
  path: '/api/rounds/{id}/instrument',
  tags: ['Mätningar'],
  summary: 'Instrumentet mätningen besvaras med: grupper, skalor, frågor och översättningar',
  request: { params: IdParam },
  responses: {
    200: {
      description: 'Mätningens instrument',
      content: { 'application/json': { schema: InstrumentVersionSchema } },
    },
    ...problems(400, 401, 404),
  },
});

function statusRoute(status: 'open' | 'close') {
  return createRoute({
    method: 'post',
    path: `/api/rounds/{id}/${status}`,
    tags: ['Mätningar'],
    summary:
      status === 'open'
        ? 'Öppna mätningen för svar (koordinator)'
        : 'Stäng mätningen för svar (koordinator)',
    request: { params: IdParam },
    responses: {
      200: { description: 'Ändrad', content: { 'application/json': { schema: RoundSchema } } },
      ...problems(400, 401, 403, 404, 410),
    },
  });
}

export function roundRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(list, async (c) => {
    const user = requireUser(c);
    const { forbund } = c.req.valid('query');
    const { db } = c.var.deps;
    if (forbund !== undefined) await requireRole(c, forbund, 'lasare');
    const ids =
      forbund === undefined
        ? (await listMemberships(db, user.id)).map((m) => m.forbundId)
        : [forbund];
    return c.json(await roundsOf(db, ids), 200);
  });

  app.openapi(create, async (c) => {
    const body = c.req.valid('json');
    await requireRole(c, body.forbundId, 'koordinator');
    return c.json(await createCheckedRound(c.var.deps.db, body, requireUser(c).id), 201);
  });

  app.openapi(get, async (c) => {
    const round = await roundFor(c, c.req.valid('param').id, 'lasare');
    const { db, clock, config } = c.var.deps;
    const since = dayIn(new Date(clock().getTime() - 13 * 86_400_000), config.timeZone);
    return c.json(await roundDetail(db, round, since), 200);
  });

  app.openapi(instrument, async (c) => {
    const round = await roundFor(c, c.req.valid('param').id, 'lasare');
    return c.json(await roundInstrument(c.var.deps.db, round), 200);
  });

  for (const action of ['open', 'close'] as const) {
    app.openapi(statusRoute(action), async (c) => {
      const round = await roundFor(c, c.req.valid('param').id, 'koordinator');
      const change = { round, open: action === 'open', by: requireUser(c).id };
      return c.json(await setRoundOpen(c.var.deps.db, c.var.surveyLinks, change), 200);
    });
  }

  return typedRoutes(app, [
    list,
    create,
    get,
    instrument,
    statusRoute('open'),
    statusRoute('close'),
  ]);
}
