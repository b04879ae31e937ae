/**
 * @module
 * Importing a responses file (CSV or XLSX, formats.md) into a round: all or nothing, every
 * error by line and column, and a dry run that shows what would be stored.
 */

import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { insertResponses, listInsatser, recordAudit } from '@indikera/db';
import { type ImportedResponse, readResponsesCsv, readResponsesXlsx } from '@indikera/formats';
import { getInstrument } from '@indikera/instrument';
import { requireUser } from '../access';
import type { AppEnv } from '../context';
import { type FieldError, ProblemError } from '../problem';
import { IdParam, problems } from '../schemas';
import { fileHash, importedResponseId } from '../services/import-id';
import { requireOpen, roundFor } from '../services/round-access';
import { dayIn } from '../services/today';
import { validationHook } from '../validation';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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
  summary: 'Importera svar från CSV eller XLSX (koordinator); allt eller inget',
  description:
    'Skicka filen som kroppen med Content-Type text/csv eller ' +
    `${XLSX}. Med dryRun=true kontrolleras filen utan att något lagras. ` +
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
    ...problems(400, 401, 403, 404, 409, 413, 415, 422),
  },
});

function toFieldErrors(
  errors: readonly { line: number; column?: string; message: string }[],
): FieldError[] {
  return errors.map((e) => ({ field: e.column ?? '', line: e.line, message: e.message }));
}

export function importRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(importFile, async (c) => {
    const round = await roundFor(c, c.req.valid('param').id, 'koordinator');
    requireOpen(round);
    const { dryRun, batch } = c.req.valid('query');
    const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
    const instrument = getInstrument(round.instrumentVersion);
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    let read: Awaited<ReturnType<typeof readResponsesXlsx>>;
    if (type === 'text/csv') read = readResponsesCsv(bytes, instrument);
    else if (type === XLSX) read = await readResponsesXlsx(bytes, instrument);
    else throw new ProblemError(415, `Skicka filen som text/csv eller ${XLSX}.`);
    if (!read.ok)
      throw new ProblemError(
        422,
        'Filen innehåller fel. Inget har lagrats.',
        toFieldErrors(read.errors),
      );

    const { db, clock, config } = c.var.deps;
    const insatser = new Map(
      (await listInsatser(db, round.forbundId)).map((i) => [i.name.toLowerCase(), i.id]),
    );
    const unknown = read.value.filter(
      (r) => r.insats !== null && !insatser.has(r.insats.toLowerCase()),
    );
    if (unknown.length > 0) {
      throw new ProblemError(
        422,
        'Filen nämner insatser som förbundet inte har. Lägg till dem eller rätta namnen. Inget har lagrats.',
        unknown.map((r) => ({
          field: 'insats',
          line: r.line,
          message: `okänd insats "${r.insats}"`,
        })),
      );
    }
    const byGroup: Record<string, number> = {};
    for (const r of read.value) byGroup[r.group] = (byGroup[r.group] ?? 0) + 1;
    if (dryRun === 'true')
      return c.json({ dryRun: true, responses: read.value.length, byGroup }, 200);

    const hash = fileHash(bytes);
    const today = dayIn(clock(), config.timeZone);
    const toNew = (r: ImportedResponse) => ({
      id: importedResponseId(round.id, hash, r.line),
      roundId: round.id,
      linkId: null,
      groupId: r.group,
      insatsId: r.insats === null ? null : (insatser.get(r.insats.toLowerCase()) ?? null),
      kon: r.kon,
      channel: 'import' as const,
      answeredOn: r.datum ?? today,
      batch: batch ?? null,
      answers: r.answers,
    });
    const stored = await insertResponses(db, read.value.map(toNew));
    await recordAudit(db, {
      userId: requireUser(c).id,
      forbundId: round.forbundId,
      action: 'response.import',
      subject: `round:${round.id}`,
      detail: stored,
    });
    return c.json({ dryRun: false, responses: read.value.length, byGroup, ...stored }, 201);
  });

  return app;
}
