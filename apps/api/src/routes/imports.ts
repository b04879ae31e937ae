/**
 * @module
 * Importing a responses file (CSV or XLSX, docs/responses-csv.md) into a round: all or nothing, every
 * error by line and column, and a dry run that shows what would be stored.
 */

import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { recordAudit } from '@indikera/db';
import { requireUser } from '../access';
import type { AppEnv } from '../context';
import { type FieldError, ProblemError, ROW_FIELD } from '../problem';
import { IdParam, problems } from '../schemas';
import { importResponses, XLSX_TYPE } from '../services/import-responses';
import { roundFor } from '../services/round-access';
import { dayIn } from '../services/today';
import { typedRoutes } from '../typed-routes';
import { validationHook } from '../validation';

const ImportResult = z
  .object({
    dryRun: z.boolean(),
    responses: z.number(),
    byGroup: z.record(z.string(), z.number()),
    created: z.number().optional(),
    duplicate: z.number().optional(),
  })
  .openapi('ImportResult');

const importFile = createRoute({
  method: 'post',
  path: '/api/rounds/{id}/imports',
  tags: ['Svar'],
  summary:
    'Importera svar från CSV eller XLSX (koordinator); allt eller inget. En stängd mätning tar emot tidigare års data: svaren går in i rapporten direkt',
  description:
    'Skicka filen som kroppen med Content-Type text/csv eller ' +
    `${XLSX_TYPE}. Med dryRun=true kontrolleras filen utan att något lagras. ` +
    'Samma fil två gånger lagras en gång. Fel ger 422 med varje fel per rad och kolumn.',
  request: {
    params: IdParam,
    query: z.object({
      dryRun: z.enum(['true', 'false']).default('false'),
      batch: z.string().trim().max(100).optional(),
    }),
  },
  responses: {
    200: {
      description: 'Kontrollerad (dryRun)',
      content: { 'application/json': { schema: ImportResult } },
    },
    201: { description: 'Importerad', content: { 'application/json': { schema: ImportResult } } },
    ...problems(400, 401, 403, 404, 410, 413, 415, 422),
  },
});

function toFieldErrors(
  errors: readonly { line: number; column?: string; message: string }[],
): FieldError[] {
  return errors.map((e) => ({ field: e.column ?? ROW_FIELD, line: e.line, message: e.message }));
}

export function importRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(importFile, async (c) => {
    // Open or closed: a closed round takes a past year's data (importResponses releases it).
    const round = await roundFor(c, c.req.valid('param').id, 'koordinator');
    const { dryRun, batch } = c.req.valid('query');
    const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
    const kind = type === 'text/csv' ? 'csv' : type === XLSX_TYPE ? 'xlsx' : null;
    if (kind === null) throw new ProblemError(415, `Skicka filen som text/csv eller ${XLSX_TYPE}.`);
    const { db, clock, config } = c.var.deps;
    const outcome = await importResponses(db, round, new Uint8Array(await c.req.arrayBuffer()), {
      kind,
      dryRun: dryRun === 'true',
      batch: batch ?? null,
      today: dayIn(clock(), config.timeZone),
    });
    if (!outcome.ok) throw new ProblemError(422, outcome.detail, toFieldErrors(outcome.errors));
    const { ok: _ok, ...result } = outcome;
    if (dryRun === 'true') return c.json({ dryRun: true, ...result }, 200);
    await recordAudit(db, {
      userId: requireUser(c).id,
      forbundId: round.forbundId,
      action: 'response.import',
      subject: `round:${round.id}`,
      detail: { created: result.created, duplicate: result.duplicate },
    });
    return c.json({ dryRun: false, ...result }, 201);
  });

  return typedRoutes(app, [importFile]);
}
