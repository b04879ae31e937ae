/**
 * @module
 * The koordinator's words in a round's report: a Sammanfattning and a Kommentar per
 * indicator, read by every member, written by koordinatorer. Shown on the report page,
 * printed with it and exported in its CSV and XLSX.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  getReportComments,
  inTransaction,
  type ReportComments,
  recordAudit,
  saveReportComments,
} from '@indikera/db';
import { KOMMENTAR_MAX, SAMMANFATTNING_MAX } from '@indikera/formats';
import { requireUser } from '../access';
import type { AppEnv } from '../context';
import { badRequest } from '../problem';
import { IdParam, problems } from '../schemas';
import { roundInstrument } from '../services/instruments.service';
import { roundFor } from '../services/round-access';
import { dayIn } from '../services/today';
import { typedRoutes } from '../typed-routes';
import { validationHook } from '../validation';

const Comments = z
  .object({
    sammanfattning: z.string(),
    kommentarer: z.array(z.object({ indicator: z.number().int(), text: z.string() })),
  })
  .openapi('Rapportkommentarer');

const Change = z
  .object({
    sammanfattning: z
      .string()
      .trim()
      .max(SAMMANFATTNING_MAX, `högst ${SAMMANFATTNING_MAX} tecken`)
      .optional()
      .openapi({ description: 'tom text tar bort sammanfattningen' }),
    kommentarer: z
      .array(
        z.object({
          indicator: z.number().int('ange indikatorns nummer').positive('ange indikatorns nummer'),
          text: z.string().trim().max(KOMMENTAR_MAX, `högst ${KOMMENTAR_MAX} tecken`),
        }),
      )
      .max(50, 'högst 50 kommentarer åt gången')
      .optional(),
  })
  .strict();

const read = createRoute({
  method: 'get',
  path: '/api/rounds/{id}/comments',
  tags: ['Rapport'],
  summary: 'Rapportens sammanfattning och kommentarer per indikator',
  request: { params: IdParam },
  responses: {
    200: { description: 'Kommentarerna', content: { 'application/json': { schema: Comments } } },
    ...problems(400, 401, 404),
  },
});

const write = createRoute({
  method: 'put',
  path: '/api/rounds/{id}/comments',
  tags: ['Rapport'],
  summary: 'Skriv sammanfattning och kommentarer (koordinator); det som inte nämns står kvar',
  request: {
    params: IdParam,
    body: { required: true, content: { 'application/json': { schema: Change } } },
  },
  responses: {
    200: { description: 'Sparat', content: { 'application/json': { schema: Comments } } },
    ...problems(400, 401, 403, 404),
  },
});

/** The stored comments as plain JSON (the route's schema has mutable arrays). */
function plain(comments: ReportComments) {
  return { sammanfattning: comments.sammanfattning, kommentarer: [...comments.kommentarer] };
}

export function reportCommentRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(read, async (c) => {
    const round = await roundFor(c, c.req.valid('param').id, 'lasare');
    return c.json(plain(await getReportComments(c.var.deps.db, round.id)), 200);
  });

  app.openapi(write, async (c) => {
    const round = await roundFor(c, c.req.valid('param').id, 'koordinator');
    const change = c.req.valid('json');
    const known = new Set(
      (await roundInstrument(c.var.deps.db, round)).indicators.map((i) => i.number),
    );
    const errors = (change.kommentarer ?? []).flatMap((k, i) =>
      known.has(k.indicator)
        ? []
        : [{ field: `kommentarer.${i}.indicator`, message: 'ingen sådan indikator i enkäten' }],
    );
    if (errors.length > 0) throw badRequest(errors);
    const { db, clock, config } = c.var.deps;
    const userId = requireUser(c).id;
    const saved = await inTransaction(db, async (trx) => {
      await saveReportComments(trx, round.id, change, {
        userId,
        day: dayIn(clock(), config.timeZone),
      });
      await recordAudit(trx, {
        userId,
        forbundId: round.forbundId,
        action: 'report.comments',
        subject: `round:${round.id}`,
      });
      return getReportComments(trx, round.id);
    });
    return c.json(plain(saved), 200);
  });

  return typedRoutes(app, [read, write]);
}
