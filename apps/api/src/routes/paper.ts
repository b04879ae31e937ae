/**
 * @module
 * Paper entry: staff type one paper questionnaire at a time, with the same validation as
 * the public form and the same all-or-nothing storage.
 */

import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { requireUser } from '../access';
import type { AppEnv } from '../context';
import { AnswersSchema, DateString, GenderSchema, IdParam, problems } from '../schemas';
import { enterPaperForm } from '../services/paper.service';
import { UUID_V4 } from '../services/response-input';
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
    kon: GenderSchema.nullable().optional(),
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
    const { db, clock, config } = c.var.deps;
    const context = { today: dayIn(clock(), config.timeZone), by: requireUser(c).id };
    const stored = await enterPaperForm(db, round, c.req.valid('json'), context);
    const { id } = stored;
    return stored.status === 'created'
      ? c.json({ id, status: 'created' as const }, 201)
      : c.json({ id, status: 'duplicate' as const }, 200);
  });

  return typedRoutes(app, [enter]);
}
