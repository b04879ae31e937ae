/**
 * @module
 * Rounds (mätningar): listed for every member, created, opened and closed by
 * koordinatorer. A round is answered on one instrument version.
 */

import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  countResponsesByDay,
  countResponsesByInsats,
  createRound,
  listMemberships,
  listRoundsOfForbund,
  type Round,
  recordAudit,
  setRoundStatus,
} from '@indikera/db';
import { currentVersion, getInstrument, instrumentVersions } from '@indikera/instrument';
import { requireRole, requireUser } from '../access';
import type { AppEnv } from '../context';
import { nameSchema } from '../name';
import { badRequest } from '../problem';
import { DateString, IdParam, problems } from '../schemas';
import { roundFor } from '../services/round-access';
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
            instrumentVersion: z.string().default(currentVersion.version),
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
      ...problems(400, 401, 403, 404),
    },
  });
}

/** A real day (no 2021-02-30), or no day at all; the schema only checks the shape. */
function isCalendarDay(day: string | null | undefined): boolean {
  if (day == null) return true;
  const time = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === day;
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
    const rounds: Round[] = [];
    for (const id of ids) rounds.push(...(await listRoundsOfForbund(db, id)));
    // Each förbund's list is newest first; so is the whole, for a member of several.
    rounds.sort((a, b) => b.year - a.year || b.id - a.id);
    return c.json(rounds, 200);
  });

  app.openapi(create, async (c) => {
    const body = c.req.valid('json');
    await requireRole(c, body.forbundId, 'koordinator');
    if (!instrumentVersions.some((v) => v.version === body.instrumentVersion)) {
      throw badRequest([
        {
          field: 'instrumentVersion',
          message: `okänd version (finns: ${instrumentVersions.map((v) => v.version).join(', ')})`,
        },
      ]);
    }
    const errors = (['startsOn', 'endsOn'] as const)
      .filter((field) => !isCalendarDay(body[field]))
      .map((field) => ({ field, message: 'ingen dag i kalendern' }));
    if (errors.length > 0) throw badRequest(errors);
    if (body.startsOn && body.endsOn && body.endsOn < body.startsOn) {
      throw badRequest([{ field: 'endsOn', message: 'slutar före start' }]);
    }
    const { db } = c.var.deps;
    const round = await createRound(db, body);
    await recordAudit(db, {
      userId: requireUser(c).id,
      forbundId: body.forbundId,
      action: 'round.create',
      subject: `round:${round.id}`,
    });
    return c.json(round, 201);
  });

  app.openapi(get, async (c) => {
    const round = await roundFor(c, c.req.valid('param').id, 'lasare');
    const instrument = getInstrument(round.instrumentVersion);
    const { db, clock, config } = c.var.deps;
    const byInsats = await countResponsesByInsats(db, round.id);
    const groups = instrument.groups.map((g) => ({
      group: g.id,
      label: g.label,
      responses: byInsats.filter((r) => r.group === g.id).reduce((sum, r) => sum + r.responses, 0),
    }));
    const since = dayIn(new Date(clock().getTime() - 13 * 86_400_000), config.timeZone);
    const recentDays = await countResponsesByDay(db, round.id, since);
    return c.json({ ...round, groups, byInsats, recentDays }, 200);
  });

  for (const [action, status] of [
    ['open', 'open'],
    ['close', 'closed'],
  ] as const) {
    app.openapi(statusRoute(action), async (c) => {
      const round = await roundFor(c, c.req.valid('param').id, 'koordinator');
      const { db } = c.var.deps;
      await setRoundStatus(db, round.id, status);
      await recordAudit(db, {
        userId: requireUser(c).id,
        forbundId: round.forbundId,
        action: `round.${action}`,
        subject: `round:${round.id}`,
      });
      return c.json({ ...round, status }, 200);
    });
  }

  return typedRoutes(app, [list, create, get, statusRoute('open'), statusRoute('close')]);
}
