/**
 * @module
 * The socialt bokslut: a round's målområden and targets (mål) with their results, read by
 * every member (JSON, or CSV and XLSX for the annual report), set up by koordinatorer,
 * carried over from the förbund's previous round on request; the förbund's margin for
 * "nära målet" set by its admins.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { getTarget, roundOfMalomrade } from '@indikera/db';
import { writeBokslutCsv, writeBokslutXlsx } from '@indikera/formats';
import type { Context } from 'hono';
import { requireRole, requireUser } from '../access';
import type { AppEnv } from '../context';
import { fileBody } from '../file-body';
import { nameSchema } from '../name';
import { ProblemError } from '../problem';
import { IdParam, json, ok, problems } from '../schemas';
import {
  addMalomrade,
  addTarget,
  carryOverTargets,
  removeMalomrade,
  removeTarget,
  roundBokslut,
  setMargin,
  setOutcome,
} from '../services/bokslut.service';
import { roundInstrument } from '../services/instruments.service';
import { roundFor } from '../services/round-access';
import { requireKept } from '../services/rounds.service';
import { typedRoutes } from '../typed-routes';
import { validationHook } from '../validation';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const NOT_FOUND = 'Finns inte.';

const Result = z
  .union([
    z.object({
      kind: z.literal('question'),
      n: z.number().int(),
      positive: z.number().int(),
      share: z.number().int().nullable(),
      verdict: z.enum(['met', 'near', 'notMet']).nullable(),
    }),
    z.object({ kind: z.literal('question'), withheld: z.literal(true) }),
    z.object({
      kind: z.literal('manual'),
      outcome: z.number().nullable(),
      verdict: z.enum(['met', 'near', 'notMet']).nullable(),
    }),
  ])
  .openapi('MalResultat');

const TargetBase = {
  id: z.number().int(),
  malomradeId: z.number().int(),
  position: z.number().int(),
  goal: z.string(),
};
const TargetSchema = z
  .discriminatedUnion('kind', [
    z.object({
      ...TargetBase,
      kind: z.literal('question'),
      questions: z.array(z.string()),
      options: z.array(z.string()),
      share: z.number(),
      result: Result,
    }),
    z.object({
      ...TargetBase,
      kind: z.literal('manual'),
      statement: z.string(),
      value: z.number(),
      unit: z.string(),
      direction: z.enum(['atLeast', 'atMost']),
      outcome: z.number().nullable(),
      result: Result,
    }),
  ])
  .openapi('Mal');

const BokslutSchema = z
  .object({
    roundId: z.number().int(),
    year: z.number().int(),
    instrumentVersion: z.string(),
    margin: z
      .number()
      .int()
      .openapi({ description: 'procentenheter under målet som räknas som nära målet' }),
    threshold: z.number().int(),
    releases: z
      .number()
      .int()
      .openapi({ description: 'gånger mätningen stängts; 0: inga svar i resultaten ännu' }),
    malomraden: z.array(
      z.object({ id: z.number().int(), name: z.string(), targets: z.array(TargetSchema) }),
    ),
  })
  .openapi('SocialtBokslut');

const Outcome = z.number().finite().min(-1e9).max(1e9);
const NewTargetSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('question'),
      goal: nameSchema(500).optional(),
      questions: z.array(z.string().max(20)).min(1, 'välj minst en fråga').max(10),
      options: z.array(z.string().max(10)).min(1, 'välj minst ett svarsalternativ').max(11),
      share: z.number().min(0, 'mellan 0 och 100').max(100, 'mellan 0 och 100'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('manual'),
      goal: nameSchema(500).optional(),
      statement: nameSchema(500),
      value: Outcome,
      unit: z.string().trim().max(40, 'högst 40 tecken'),
      direction: z.enum(['atLeast', 'atMost']),
      outcome: Outcome.nullable().optional(),
    })
    .strict(),
]);

const read = createRoute({
  method: 'get',
  path: '/api/rounds/{id}/bokslut',
  tags: ['Socialt bokslut'],
  summary: 'Målområden, mål och resultat (JSON, eller CSV/XLSX)',
  request: {
    params: IdParam,
    query: z.object({ format: z.enum(['json', 'csv', 'xlsx']).default('json') }),
  },
  responses: {
    200: {
      description: 'Det sociala bokslutet',
      content: {
        'application/json': { schema: BokslutSchema },
        'text/csv': { schema: z.string() },
        [XLSX]: { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
    ...problems(401, 404, 410),
  },
});

const addArea = createRoute({
  method: 'post',
  path: '/api/rounds/{id}/malomraden',
  tags: ['Socialt bokslut'],
  summary: 'Nytt målområde (koordinator)',
  request: { params: IdParam, body: json(z.object({ name: nameSchema(120) }).strict()) },
  responses: {
    201: ok('Skapat', z.object({ id: z.number().int() })),
    ...problems(400, 401, 403, 404, 410),
  },
});

const removeArea = createRoute({
  method: 'delete',
  path: '/api/malomraden/{id}',
  tags: ['Socialt bokslut'],
  summary: 'Ta bort ett målområde med dess mål (koordinator)',
  request: { params: IdParam },
  responses: { 204: { description: 'Borttaget' }, ...problems(401, 403, 404) },
});

const addTargetRoute = createRoute({
  method: 'post',
  path: '/api/malomraden/{id}/targets',
  tags: ['Socialt bokslut'],
  summary:
    'Nytt mål: på frågor (svarsalternativ och andel) eller ett värde som förs in för hand (koordinator)',
  request: { params: IdParam, body: json(NewTargetSchema) },
  responses: {
    201: ok('Skapat', z.object({ id: z.number().int() })),
    ...problems(400, 401, 403, 404),
  },
});

const setOutcomeRoute = createRoute({
  method: 'patch',
  path: '/api/targets/{id}',
  tags: ['Socialt bokslut'],
  summary:
    'För in utfallet av ett mål som inte kommer från enkäterna; null: utfall saknas (koordinator)',
  request: { params: IdParam, body: json(z.object({ outcome: Outcome.nullable() }).strict()) },
  responses: { 204: { description: 'Sparat' }, ...problems(400, 401, 403, 404) },
});

const removeTargetRoute = createRoute({
  method: 'delete',
  path: '/api/targets/{id}',
  tags: ['Socialt bokslut'],
  summary: 'Ta bort ett mål (koordinator)',
  request: { params: IdParam },
  responses: { 204: { description: 'Borttaget' }, ...problems(401, 403, 404) },
});

const carryOver = createRoute({
  method: 'post',
  path: '/api/rounds/{id}/bokslut/copy',
  tags: ['Socialt bokslut'],
  summary: 'Hämta målområden och mål från förbundets förra mätning (koordinator)',
  request: { params: IdParam },
  responses: {
    200: ok('Kopierat', z.object({ copied: z.number().int() })),
    ...problems(401, 403, 404, 409, 410),
  },
});

const margin = createRoute({
  method: 'put',
  path: '/api/forbund/{id}/malmarginal',
  tags: ['Socialt bokslut'],
  summary: 'Hur många procentenheter under målet som räknas som nära målet (admin)',
  request: {
    params: IdParam,
    body: json(
      z
        .object({
          points: z.number().int('ett heltal').min(0, 'mellan 0 och 50').max(50, 'mellan 0 och 50'),
        })
        .strict(),
    ),
  },
  responses: { 204: { description: 'Sparat' }, ...problems(400, 401, 403, 404) },
});

/** The round of a målområde or target, checked for the caller's role like the round. */
async function roundOf(c: Context<AppEnv>, roundId: number | undefined) {
  if (roundId === undefined) throw new ProblemError(404, NOT_FOUND);
  const round = await roundFor(c, roundId, 'koordinator');
  requireKept(round);
  return { round, by: requireUser(c).id };
}

export function bokslutRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(read, async (c) => {
    const round = await roundFor(c, c.req.valid('param').id, 'lasare');
    requireKept(round);
    const { db, config } = c.var.deps;
    const bokslut = await roundBokslut(db, round, config.suppressionThreshold);
    const { format } = c.req.valid('query');
    const name = `socialt-bokslut-${round.year}-${round.id}`;
    const instrument = await roundInstrument(db, round);
    if (format === 'csv') {
      return c.body(writeBokslutCsv(instrument, bokslut), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}.csv"`,
      });
    }
    if (format === 'xlsx') {
      const bytes = await writeBokslutXlsx(instrument, bokslut);
      return c.body(fileBody(bytes), 200, {
        'Content-Type': XLSX,
        'Content-Disposition': `attachment; filename="${name}.xlsx"`,
      });
    }
    return c.json(bokslut as z.infer<typeof BokslutSchema>, 200);
  });

  app.openapi(addArea, async (c) => {
    const change = await roundOf(c, c.req.valid('param').id);
    const id = await addMalomrade(c.var.deps.db, change, c.req.valid('json').name);
    return c.json({ id }, 201);
  });

  app.openapi(removeArea, async (c) => {
    const { id } = c.req.valid('param');
    const change = await roundOf(c, await roundOfMalomrade(c.var.deps.db, id));
    await removeMalomrade(c.var.deps.db, change, id);
    return c.body(null, 204);
  });

  app.openapi(addTargetRoute, async (c) => {
    const { id } = c.req.valid('param');
    const change = await roundOf(c, await roundOfMalomrade(c.var.deps.db, id));
    const body = c.req.valid('json');
    const target =
      body.kind === 'question'
        ? {
            ...body,
            goal: body.goal ?? '',
            options: [...new Set(body.options)],
            questions: [...new Set(body.questions)],
          }
        : { ...body, goal: body.goal ?? '', outcome: body.outcome ?? null };
    const created = await addTarget(c.var.deps.db, change, id, target);
    return c.json({ id: created.id }, 201);
  });

  app.openapi(setOutcomeRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { db } = c.var.deps;
    const found = await getTarget(db, id);
    const change = await roundOf(c, found?.roundId);
    if (found) await setOutcome(db, change, found.target, c.req.valid('json').outcome);
    return c.body(null, 204);
  });

  app.openapi(removeTargetRoute, async (c) => {
    const { id } = c.req.valid('param');
    const change = await roundOf(c, (await getTarget(c.var.deps.db, id))?.roundId);
    await removeTarget(c.var.deps.db, change, id);
    return c.body(null, 204);
  });

  app.openapi(carryOver, async (c) => {
    const change = await roundOf(c, c.req.valid('param').id);
    return c.json({ copied: await carryOverTargets(c.var.deps.db, change) }, 200);
  });

  app.openapi(margin, async (c) => {
    const { id } = c.req.valid('param');
    await requireRole(c, id, 'admin');
    await setMargin(c.var.deps.db, id, c.req.valid('json').points, requireUser(c).id);
    return c.body(null, 204);
  });

  return typedRoutes(app, [
    read,
    addArea,
    removeArea,
    addTargetRoute,
    setOutcomeRoute,
    removeTargetRoute,
    carryOver,
    margin,
  ]);
}
