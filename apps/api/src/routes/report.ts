/**
 * @module
 * A round's indicator report: the JSON of docs/report-json.md, or CSV or XLSX for the
 * annual report.
 * Suppressed gender cells leave the engine as `suppressed` and every format keeps them so.
 */

import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { getInsats, getReportComments } from '@indikera/db';
import { writeReportCsv, writeReportCsvExcel, writeReportXlsx } from '@indikera/formats';
import { MAX_HISTORY_ROUNDS } from '@indikera/indicators';
import { findGroup } from '@indikera/instrument';
import type { AppEnv } from '../context';
import { fileBody } from '../file-body';
import { badRequest } from '../problem';
import { ReportSchema } from '../report-schema';
import { IdParam, problems } from '../schemas';
import { roundInstrument } from '../services/instruments.service';
import { roundFor } from '../services/round-access';
import { roundReport } from '../services/round-report';
import { requireKept } from '../services/rounds.service';
import { typedRoutes } from '../typed-routes';
import { validationHook } from '../validation';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const report = createRoute({
  method: 'get',
  path: '/api/rounds/{id}/report',
  tags: ['Rapport'],
  summary: 'Mätningens indikatorrapport (JSON enligt docs/report-json.md, eller CSV/XLSX)',
  request: {
    params: IdParam,
    query: z.object({
      insats: z.coerce
        .number()
        .int()
        .positive()
        .optional()
        .openapi({ description: 'bara en insats' }),
      group: z
        .string()
        .optional()
        .openapi({ description: 'bara en respondentgrupp, t.ex. deltagare-avslut' }),
      years: z.coerce
        .number()
        .int('antal tidigare år, 0–5')
        .min(0, 'antal tidigare år, 0–5')
        .max(MAX_HISTORY_ROUNDS, 'antal tidigare år, 0–5')
        .default(0)
        .openapi({
          description:
            'tidigare år bredvid (0–5): förbundets mätningar de åren, som history per fråga och kolumner per år i CSV/XLSX',
        }),
      format: z.enum(['json', 'csv', 'csv-raw', 'xlsx']).default('json').openapi({
        description:
          'csv: för svenska Excel (BOM, semikolon, decimalkomma, avrundade tal, svenska ord); csv-raw: för skript (komma, koder, full precision)',
      }),
    }),
  },
  responses: {
    200: {
      description: 'Rapporten',
      content: {
        'application/json': {
          schema: ReportSchema.openapi({
            description: 'Rapporten; varje fält beskrivs i docs/report-json.md i Indikeras arkiv',
          }),
        },
        'text/csv': { schema: z.string() },
        [XLSX]: { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
    ...problems(400, 401, 404, 410),
  },
});

export function reportRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(report, async (c) => {
    const round = await roundFor(c, c.req.valid('param').id, 'lasare');
    requireKept(round);
    const query = c.req.valid('query');
    const { db, config } = c.var.deps;
    const instrument = await roundInstrument(db, round);
    const errors = [];
    if (query.group !== undefined && !findGroup(instrument, query.group)) {
      errors.push({ field: 'query.group', message: `okänd respondentgrupp "${query.group}"` });
    }
    if (
      query.insats !== undefined &&
      (await getInsats(db, query.insats))?.forbundId !== round.forbundId
    ) {
      errors.push({ field: 'query.insats', message: 'ingen insats i förbundet' });
    }
    if (errors.length > 0) throw badRequest(errors);
    const result = await roundReport(
      db,
      round,
      { insatsId: query.insats, group: query.group },
      config.suppressionThreshold,
      query.years,
    );
    const name = `indikatorrapport-${round.year}-${round.id}`;
    if (query.format === 'csv' || query.format === 'csv-raw') {
      const excel = query.format === 'csv';
      const text = excel
        ? writeReportCsvExcel(result, instrument, await getReportComments(db, round.id))
        : writeReportCsv(result);
      return c.body(text, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}${excel ? '' : '-data'}.csv"`,
      });
    }
    if (query.format === 'xlsx') {
      const bytes = await writeReportXlsx(
        result,
        instrument,
        await getReportComments(db, round.id),
      );
      return c.body(fileBody(bytes), 200, {
        'Content-Type': XLSX,
        'Content-Disposition': `attachment; filename="${name}.xlsx"`,
      });
    }
    return c.json(result, 200);
  });

  return typedRoutes(app, [report]);
}
