/**
 * @module
 * A round's local questions: read by every member (with the groups, the ways to answer
 * and count them, and which groups already have answers), added, reworded and removed by
 * koordinatorer while their group has no answers, carried over from the previous round.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { groupsWithResponses } from '@indikera/db';
import { localAnswerKinds, MAX_LOCAL_QUESTIONS_PER_GROUP } from '@indikera/instrument';
import type { Context } from 'hono';
import { requireUser } from '../access';
import type { AppEnv } from '../context';
import { nameSchema } from '../name';
import { IdParam, json, ok, problems } from '../schemas';
import { instrumentOf } from '../services/instruments.service';
import {
  addLocalQuestion,
  carryOverLocalQuestions,
  changeLocalQuestion,
  removeLocalQuestion,
  roundLocalQuestions,
} from '../services/local-questions.service';
import { roundFor } from '../services/round-access';
import { requireKept } from '../services/rounds.service';
import { typedRoutes } from '../typed-routes';
import { validationHook } from '../validation';

const TAG = 'Lokala frågor';

const Positive = z
  .union([
    z.object({ keyFigure: z.string().max(40) }).strict(),
    z.object({ answer: z.union([z.string().max(20), z.number().int()]) }).strict(),
  ])
  .openapi('LokalPositiv', {
    description:
      'Vad som räknas som positivt: ett nyckeltal för en ordnad skala, eller svaret (ja/nej) på en ja/nej-fråga',
  });

const Question = z
  .object({
    id: z.string().openapi({ example: 'LDA1' }),
    group: z.string(),
    number: z.number().int(),
    text: z.string(),
    scale: z.string(),
    positive: Positive,
  })
  .openapi('LokalFraga');

const ListSchema = z
  .object({
    questions: z.array(Question),
    groups: z.array(z.object({ id: z.string(), label: z.string(), answered: z.boolean() })),
    kinds: z.array(z.object({ scale: z.string(), positive: Positive, label: z.string() })),
    maxPerGroup: z.number().int(),
  })
  .openapi('LokalaFragor');

const text = nameSchema(300, 'skriv frågans text');
const NewSchema = z
  .object({ group: z.string().max(40), text, scale: z.string().max(40), positive: Positive })
  .strict();
const ChangeSchema = z.object({ text, scale: z.string().max(40), positive: Positive }).strict();

const QuestionParam = IdParam.extend({
  question: z
    .string()
    .max(20)
    .openapi({ param: { name: 'question', in: 'path' }, example: 'LDA1' }),
});

const list = createRoute({
  method: 'get',
  path: '/api/rounds/{id}/lokala-fragor',
  tags: [TAG],
  summary: 'Mätningens lokala frågor, grupperna och sätten att svara och räkna',
  request: { params: IdParam },
  responses: { 200: ok('Lokala frågor', ListSchema), ...problems(401, 404, 410) },
});

const add = createRoute({
  method: 'post',
  path: '/api/rounds/{id}/lokala-fragor',
  tags: [TAG],
  summary: 'Ny lokal fråga, efter gruppens NNS-frågor (koordinator, innan gruppen har svar)',
  request: { params: IdParam, body: json(NewSchema) },
  responses: { 201: ok('Tillagd', Question), ...problems(400, 401, 403, 404, 409, 410) },
});

const change = createRoute({
  method: 'patch',
  path: '/api/rounds/{id}/lokala-fragor/{question}',
  tags: [TAG],
  summary: 'Ändra en lokal fråga (koordinator, innan gruppen har svar)',
  request: { params: QuestionParam, body: json(ChangeSchema) },
  responses: { 200: ok('Ändrad', Question), ...problems(400, 401, 403, 404, 409, 410) },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/rounds/{id}/lokala-fragor/{question}',
  tags: [TAG],
  summary: 'Ta bort en lokal fråga (koordinator, innan gruppen har svar och utan mål på den)',
  request: { params: QuestionParam },
  responses: { 204: { description: 'Borttagen' }, ...problems(401, 403, 404, 409, 410) },
});

const copy = createRoute({
  method: 'post',
  path: '/api/rounds/{id}/lokala-fragor/copy',
  tags: [TAG],
  summary: 'Hämta de lokala frågorna från förbundets förra mätning (koordinator)',
  request: { params: IdParam },
  responses: {
    200: ok('Kopierat', z.object({ copied: z.number().int() })),
    ...problems(401, 403, 404, 409, 410),
  },
});

async function changeOf(c: Context<AppEnv>, id: number) {
  const round = await roundFor(c, id, 'koordinator');
  requireKept(round);
  return { round, by: requireUser(c).id };
}

export function localQuestionRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(list, async (c) => {
    const round = await roundFor(c, c.req.valid('param').id, 'lasare');
    requireKept(round);
    const { db } = c.var.deps;
    const instrument = await instrumentOf(db, round.instrumentVersion);
    const answered = new Set(await groupsWithResponses(db, round.id));
    return c.json(
      {
        questions: await roundLocalQuestions(db, round),
        groups: instrument.groups.map((g) => ({
          id: g.id,
          label: g.label,
          answered: answered.has(g.id),
        })),
        kinds: localAnswerKinds(instrument),
        maxPerGroup: MAX_LOCAL_QUESTIONS_PER_GROUP,
      },
      200,
    );
  });

  app.openapi(add, async (c) => {
    const created = await addLocalQuestion(
      c.var.deps.db,
      await changeOf(c, c.req.valid('param').id),
      c.req.valid('json'),
    );
    return c.json(created, 201);
  });

  app.openapi(change, async (c) => {
    const { id, question } = c.req.valid('param');
    const changed = await changeLocalQuestion(
      c.var.deps.db,
      await changeOf(c, id),
      question,
      c.req.valid('json'),
    );
    return c.json(changed, 200);
  });

  app.openapi(remove, async (c) => {
    const { id, question } = c.req.valid('param');
    await removeLocalQuestion(c.var.deps.db, await changeOf(c, id), question);
    return c.body(null, 204);
  });

  app.openapi(copy, async (c) => {
    const copied = await carryOverLocalQuestions(
      c.var.deps.db,
      await changeOf(c, c.req.valid('param').id),
    );
    return c.json({ copied }, 200);
  });

  return typedRoutes(app, [list, add, change, remove, copy]);
}
