/**
 * @module
 * The public questionnaire of a link: read it, and post one response. A public contract:
 * tablets, scripts and outside tests use these paths. Nothing about the respondent is
 * stored but the answers, the group, the insats, kön and the day.
 */

import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { getForbund, getInsats, insertResponse, type Link } from '@indikera/db';
import { findGroup, questionsOfGroup, scaleOf } from '@indikera/instrument';
import type { Context } from 'hono';
import { clientAddressOf } from '../client-address';
import type { AppEnv } from '../context';
import { InstrumentVersionSchema } from '../instrument-version-schema';
import { badRequest, ProblemError } from '../problem';
import { AnswersSchema, GenderSchema, problems } from '../schemas';
import { roundInstrument } from '../services/instruments.service';
import { checkResponse, UUID_V4 } from '../services/response-input';
import { openSurveyLink, type SurveyLink } from '../services/survey-links';
import type { SurveyRateLimit } from '../services/survey-rate-limit';
import { dayIn } from '../services/today';
import { typedRoutes } from '../typed-routes';
import { validationHook } from '../validation';

const TokenParam = z.object({
  token: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'token', in: 'path' }, example: 'k7q2m4x9…' }),
});

const OptionSchema = z.object({ code: z.union([z.number(), z.string()]), label: z.string() });
const SurveySchema = z
  .object({
    round: z.object({ id: z.number(), name: z.string(), year: z.number() }),
    forbund: z.object({ name: z.string() }),
    instrumentVersion: z.string(),
    group: z.object({ id: z.string(), label: z.string() }),
    insats: z.object({ id: z.number(), name: z.string() }).nullable(),
    kiosk: z.boolean(),
    questions: z.array(
      z.object({
        id: z.string(),
        number: z.number(),
        indicator: z.number().optional(),
        local: z.boolean().openapi({ description: 'Förbundets egen fråga (Lokala frågor)' }),
        text: z.string(),
        scale: z.string(),
        options: z.array(OptionSchema),
        askedIf: z
          .object({ question: z.string(), equals: z.union([z.number(), z.string()]) })
          .nullable(),
      }),
    ),
    gender: z.object({ id: z.literal('kon'), text: z.string(), options: z.array(OptionSchema) }),
    instrument: InstrumentVersionSchema.openapi({
      description: 'hela instrumentet mätningen besvaras med (villkor, skalor, översättningar)',
    }),
  })
  .openapi('Survey');

const ResponseBody = z
  .object({
    id: z.string().regex(UUID_V4, 'ett slumpat UUID (version 4)'),
    kon: GenderSchema.nullable().optional(),
    answers: AnswersSchema,
  })
  .openapi('SurveyResponse');

const getSurvey = createRoute({
  method: 'get',
  path: '/api/s/{token}',
  tags: ['Enkät'],
  summary: 'En länks enkät: mätning, grupp, insats och frågorna i ordning',
  request: { params: TokenParam },
  responses: {
    200: { description: 'Enkäten', content: { 'application/json': { schema: SurveySchema } } },
    ...problems(400, 404, 410),
  },
});

const postResponse = createRoute({
  method: 'post',
  path: '/api/s/{token}/responses',
  tags: ['Enkät'],
  summary: 'Skicka ett svar; samma id igen lagras inte en gång till',
  request: {
    params: TokenParam,
    body: { required: true, content: { 'application/json': { schema: ResponseBody } } },
  },
  responses: {
    201: {
      description: 'Lagrat',
      content: {
        'application/json': { schema: z.object({ id: z.string(), status: z.literal('created') }) },
      },
    },
    200: {
      description: 'Redan lagrat (samma id)',
      content: {
        'application/json': {
          schema: z.object({ id: z.string(), status: z.literal('duplicate') }),
        },
      },
    },
    ...problems(400, 404, 410, 413, 429),
  },
});

/** The link and its round, refusing unknown (404), revoked or closed (410). */
function openLink(c: Context<AppEnv>, token: string): Promise<SurveyLink> {
  const { db, clock } = c.var.deps;
  return openSurveyLink(c.var.surveyLinks, db, token, clock().getTime());
}

/** Refuses (429) an answer that comes faster than its link and client may send. */
function admit(c: Context<AppEnv>, limit: SurveyRateLimit | null, link: Link): void {
  if (!limit) return;
  const wait = limit.admit(link.id, clientAddressOf(c), c.var.deps.clock().getTime());
  if (wait > 0) {
    throw new ProblemError(
      429,
      'För många svar på kort tid från den här enheten eller länken. Vänta en stund och skicka igen; svaren är inte sparade än.',
      undefined,
      { 'Retry-After': String(wait) },
    );
  }
}

/** The public routes; `limit` is null only where the rate limit is turned off. */
export function surveyRoutes(limit: SurveyRateLimit | null) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(getSurvey, async (c) => {
    const { link, round } = await openLink(c, c.req.valid('param').token);
    const instrument = await roundInstrument(c.var.deps.db, round);
    const group = findGroup(instrument, link.groupId);
    const insats =
      link.insatsId === null ? undefined : await getInsats(c.var.deps.db, link.insatsId);
    return c.json(
      {
        round: { id: round.id, name: round.name, year: round.year },
        forbund: { name: (await getForbund(c.var.deps.db, round.forbundId))?.name ?? '' },
        instrumentVersion: instrument.version,
        group: { id: link.groupId, label: group?.label ?? link.groupId },
        insats: insats ? { id: insats.id, name: insats.name } : null,
        kiosk: link.kiosk,
        questions: questionsOfGroup(instrument, link.groupId).map((q) => ({
          id: q.id,
          number: q.number,
          indicator: q.indicator,
          local: q.local === true,
          text: q.text,
          scale: q.scale,
          options: scaleOf(instrument, q).options.map((o) => ({
            code: o.code,
            label: o.label,
          })),
          askedIf: q.askedIf ?? null,
        })),
        gender: {
          id: 'kon' as const,
          text: instrument.gender.text,
          options: instrument.gender.options.map((o) => ({ code: o.code, label: o.label })),
        },
        instrument,
      },
      200,
    );
  });

  app.openapi(postResponse, async (c) => {
    const { link, round } = await openLink(c, c.req.valid('param').token);
    admit(c, limit, link);
    const body = c.req.valid('json');
    const checked = checkResponse(
      await roundInstrument(c.var.deps.db, round),
      link.groupId,
      body.kon ?? null,
      body.answers,
    );
    if (!checked.ok) throw badRequest(checked.errors);
    const { db, clock, config } = c.var.deps;
    const id = body.id.toLowerCase();
    const outcome = await insertResponse(db, {
      id,
      roundId: round.id,
      linkId: link.id,
      groupId: link.groupId,
      insatsId: link.insatsId,
      kon: checked.response.kon,
      channel: link.kiosk ? 'kiosk' : 'web',
      answeredOn: dayIn(clock(), config.timeZone),
      batch: null,
      answers: checked.response.answers,
    });
    return outcome === 'created'
      ? c.json({ id, status: 'created' as const }, 201)
      : c.json({ id, status: 'duplicate' as const }, 200);
  });

  return typedRoutes(app, [getSurvey, postResponse]);
}
