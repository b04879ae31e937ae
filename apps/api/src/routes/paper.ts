/**
 * @module
 * Paper entry: staff type one paper questionnaire at a time, with the same validation as
 * the public form and the same all-or-nothing storage.
 */

import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { getInsats, insertResponse, recordAudit } from '@indikera/db';
import { isRealDate } from '@indikera/formats';
import { getInstrument } from '@indikera/instrument';
import { requireUser } from '../access';
import type { AppEnv } from '../context';
import { badRequest, type FieldError } from '../problem';
import { AnswersSchema, DateString, IdParam, problems } from '../schemas';
import { checkResponse, UUID_V4 } from '../services/response-input';
import { requireOpen, roundFor } from '../services/round-access';
import { dayIn } from '../services/today';
import { typedRoutes } from '../typed-routes';
import { validationHook } from '../validation';

const PaperBody = z
  .object({
    id: z.string().regex(UUID_V4, 'ett slumpat UUID (version 4)').optional().openapi({
      description:
        'Klientens id, så att samma blankett sparad två gånger lagras en gång; skapas annars här',
    }),
    group: z.string(),
    kon: z.enum(['kvinna', 'man', 'annat']).nullable().optional(),
    insatsId: z.number().int().positive().nullable().optional(),
    answeredOn: DateString.optional().openapi({
      description: 'Dagen enkäten besvarades; i dag om den saknas',
    }),
    batch: z
      .string()
      .trim()
      .max(100)
      .optional()
      .openapi({ description: 'En etikett för en bunt pappersenkäter' }),
    answers: AnswersSchema,
  })
  .openapi('PaperResponse');

const enter = createRoute({
  method: 'post',
  path: '/api/rounds/{id}/responses',
  tags: ['Svar'],
  summary: 'Registrera en pappersenkät (koordinator)',
  request: {
    params: IdParam,
    body: { required: true, content: { 'application/json': { schema: PaperBody } } },
  },
  responses: {
    201: {
      description: 'Lagrad',
      content: {
        'application/json': {
          schema: z.object({ id: z.string(), status: z.enum(['created', 'duplicate']) }),
        },
      },
    },
    200: {
      description: 'Redan lagrad (samma id)',
      content: {
        'application/json': {
          schema: z.object({ id: z.string(), status: z.enum(['created', 'duplicate']) }),
        },
      },
    },
    ...problems(400, 401, 403, 404, 409),
  },
});

export function paperRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(enter, async (c) => {
    const round = await roundFor(c, c.req.valid('param').id, 'koordinator');
    requireOpen(round);
    const body = c.req.valid('json');
    const { db, clock, config } = c.var.deps;
    const today = dayIn(clock(), config.timeZone);
    const checked = checkResponse(
      getInstrument(round.instrumentVersion),
      body.group,
      body.kon ?? null,
      body.answers,
    );
    const errors: FieldError[] = checked.ok
      ? []
      : checked.errors.map((e) => (e.field === 'grupp' ? { ...e, field: 'group' } : e));
    if (
      body.insatsId != null &&
      (await getInsats(db, body.insatsId))?.forbundId !== round.forbundId
    ) {
      errors.push({ field: 'insatsId', message: 'ingen insats i förbundet' });
    }
    if (
      body.answeredOn !== undefined &&
      // Date.parse takes 2021-02-30 (as 2 March); the database would refuse it with a 500.
      (!isRealDate(body.answeredOn) || body.answeredOn > today)
    ) {
      errors.push({
        field: 'answeredOn',
        message: 'inget giltigt datum, eller ett datum i framtiden',
      });
    }
    if (!checked.ok || errors.length > 0) throw badRequest(errors);
    const id = (body.id ?? crypto.randomUUID()).toLowerCase();
    const outcome = await insertResponse(db, {
      id,
      roundId: round.id,
      linkId: null,
      groupId: body.group,
      insatsId: body.insatsId ?? null,
      kon: checked.response.kon,
      channel: 'paper',
      answeredOn: body.answeredOn ?? today,
      batch: body.batch ?? null,
      answers: checked.response.answers,
    });
    if (outcome === 'created') {
      await recordAudit(db, {
        userId: requireUser(c).id,
        forbundId: round.forbundId,
        action: 'response.paper',
        subject: `round:${round.id}`,
      });
    }
    return outcome === 'created'
      ? c.json({ id, status: outcome }, 201)
      : c.json({ id, status: outcome }, 200);
  });

  return typedRoutes(app, [enter]);
}
