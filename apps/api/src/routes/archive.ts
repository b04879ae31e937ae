/**
 * @module
 * Archiving and gallring (arkivlagen): a förbund admin exports a closed round as an
 * archive package, sets the day from which its answers may be culled under the förbund's
 * gallringsbeslut, and on or after that day culls them, confirming with the round's name.
 * Nothing is ever culled automatically; every step is in the audit log.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { cullRoundAnswers, getRound, inTransaction, recordAudit, setCullAfter } from '@indikera/db';
import { isRealDate } from '@indikera/formats';
import { requireUser } from '../access';
import type { AppEnv } from '../context';
import { badRequest, ProblemError } from '../problem';
import { DateString, IdParam, problems } from '../schemas';
import { roundFor } from '../services/round-access';
import { archivePackage } from '../services/round-archive';
import { requireKept } from '../services/rounds.service';
import { dayIn } from '../services/today';
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

function requireClosed(status: string): void {
  if (status !== 'closed') {
    throw new ProblemError(
      409,
      'Stäng mätningen först: bara en stängd mätning arkiveras och gallras.',
    );
  }
}

export function archiveRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(archive, async (c) => {
    const round = await roundFor(c, c.req.valid('param').id, 'admin');
    requireKept(round);
    requireClosed(round.status);
    const { db, clock, config } = c.var.deps;
    const today = dayIn(clock(), config.timeZone);
    const pkg = await archivePackage(db, round, {
      today,
      threshold: config.suppressionThreshold,
    });
    await recordAudit(db, {
      userId: requireUser(c).id,
      forbundId: round.forbundId,
      action: 'round.archive',
      subject: `round:${round.id}`,
      detail: { responses: pkg.manifest.responses },
    });
    const { zip } = pkg;
    return c.body(
      zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength) as ArrayBuffer,
      200,
      {
        'Content-Type': 'application/zip',
        'Content-Disposition': `attachment; filename="${pkg.fileName}"`,
      },
    );
  });

  app.openapi(setDate, async (c) => {
    const round = await roundFor(c, c.req.valid('param').id, 'admin');
    requireKept(round);
    const { cullAfter } = c.req.valid('json');
    if (cullAfter !== null && !isRealDate(cullAfter)) {
      throw badRequest([{ field: 'cullAfter', message: 'ingen dag i kalendern' }]);
    }
    const { db } = c.var.deps;
    await inTransaction(db, async (trx) => {
      await setCullAfter(trx, round.id, cullAfter);
      await recordAudit(trx, {
        userId: requireUser(c).id,
        forbundId: round.forbundId,
        action: 'round.cull-date',
        subject: `round:${round.id}`,
        detail: { cullAfter },
      });
    });
    return c.json({ cullAfter, culledOn: null }, 200);
  });

  app.openapi(cull, async (c) => {
    const round = await roundFor(c, c.req.valid('param').id, 'admin');
    requireKept(round);
    requireClosed(round.status);
    const { db, clock, config } = c.var.deps;
    const today = dayIn(clock(), config.timeZone);
    if (round.cullAfter === null) {
      throw new ProblemError(409, 'Ange först från vilken dag svaren får gallras.');
    }
    if (today < round.cullAfter) {
      throw new ProblemError(409, `Svaren får gallras tidigast ${round.cullAfter}.`);
    }
    if (c.req.valid('json').confirm.trim() !== round.name) {
      throw badRequest([
        { field: 'confirm', message: 'skriv mätningens namn exakt som det står för att bekräfta' },
      ]);
    }
    const responses = await inTransaction(db, async (trx) => {
      // Read again inside the transaction: two admins confirming at once cull once.
      const current = await getRound(trx, round.id);
      if (current) requireKept(current);
      const deleted = await cullRoundAnswers(trx, round.id, today);
      await recordAudit(trx, {
        userId: requireUser(c).id,
        forbundId: round.forbundId,
        action: 'round.cull',
        subject: `round:${round.id}`,
        detail: { responses: deleted, cullAfter: round.cullAfter },
      });
      return deleted;
    });
    return c.json({ cullAfter: round.cullAfter, culledOn: today, responses }, 200);
  });

  return app;
}
