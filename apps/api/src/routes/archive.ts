/**
 * @module
 * Archiving and gallring (arkivlagen): a förbund admin exports a closed round as an
 * archive package, sets the day from which its answers may be culled under the förbund's
 * gallringsbeslut, and on or after that day culls them, confirming with the round's name.
 * Nothing is ever culled automatically; every step is in the audit log.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { requireUser } from '../access';
import type { AppEnv } from '../context';
import { fileBody } from '../file-body';
import { DateString, IdParam, problems } from '../schemas';
import { cullAnswers, exportArchive, setCullDate } from '../services/archive.service';
import { roundFor } from '../services/round-access';
import { dayIn } from '../services/today';
import { typedRoutes } from '../typed-routes';
import { validationHook } from '../validation';

const Gallring = z
  .object({
    cullAfter: z.string().nullable(),
    culledOn: z.string().nullable(),
  })
  .openapi('Gallring');

const archive = createRoute({
  method: 'get',
  path: '/api/rounds/{id}/archive',
  tags: ['Arkiv'],
  summary:
    'Arkivpaket för en stängd mätning (admin): svar, frågeformulär, rapport (JSON, PDF), manifest',
  request: { params: IdParam },
  responses: {
    200: {
      description: 'ZIP-filen',
      content: { 'application/zip': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...problems(401, 403, 404, 409, 410),
  },
});

const setDate = createRoute({
  method: 'put',
  path: '/api/rounds/{id}/gallring',
  tags: ['Arkiv'],
  summary: 'Ange från vilken dag svaren får gallras (admin); null tar bort datumet',
  request: {
    params: IdParam,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({ cullAfter: DateString.nullable() }).strict(),
        },
      },
    },
  },
  responses: {
    200: { description: 'Sparat', content: { 'application/json': { schema: Gallring } } },
    ...problems(400, 401, 403, 404, 410),
  },
});

const cull = createRoute({
  method: 'post',
  path: '/api/rounds/{id}/gallring/cull',
  tags: ['Arkiv'],
  summary: 'Gallra mätningens svar (admin), tidigast gallringsdagen; bekräfta med mätningens namn',
  request: {
    params: IdParam,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .object({
              confirm: z
                .string()
                .max(200, 'högst 200 tecken')
                .openapi({ description: 'mätningens namn, exakt' }),
            })
            .strict(),
        },
      },
    },
  },
  responses: {
    200: {
      description: 'Gallrat',
      content: {
        'application/json': {
          schema: Gallring.extend({ responses: z.number().int() }),
        },
      },
    },
    ...problems(400, 401, 403, 404, 409, 410),
  },
});

export function archiveRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(archive, async (c) => {
    const round = await roundFor(c, c.req.valid('param').id, 'admin');
    const { db, clock, config } = c.var.deps;
    const { zip, fileName } = await exportArchive(db, round, {
      today: dayIn(clock(), config.timeZone),
      threshold: config.suppressionThreshold,
      pooledMinForbund: config.pooledMinForbund,
      by: requireUser(c).id,
    });
    return c.body(fileBody(zip), 200, {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="${fileName}"`,
    });
  });

  app.openapi(setDate, async (c) => {
    const round = await roundFor(c, c.req.valid('param').id, 'admin');
    const { cullAfter } = c.req.valid('json');
    await setCullDate(c.var.deps.db, round, cullAfter, requireUser(c).id);
    return c.json({ cullAfter, culledOn: null }, 200);
  });

  app.openapi(cull, async (c) => {
    const round = await roundFor(c, c.req.valid('param').id, 'admin');
    const { db, clock, config } = c.var.deps;
    const today = dayIn(clock(), config.timeZone);
    const responses = await cullAnswers(db, round, {
      confirm: c.req.valid('json').confirm,
      today,
      by: requireUser(c).id,
    });
    return c.json({ cullAfter: round.cullAfter, culledOn: today, responses }, 200);
  });

  return typedRoutes(app, [archive, setDate, cull]);
}
