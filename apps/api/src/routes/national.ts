/**
 * @module
 * The national view (riksnivå): a förbund's decision whether its answers count in the
 * installation's pooled figures (its admins), and the pooled report itself (the national
 * analyst), as JSON or as the riksnitt files of docs/riksnitt-csv.md, which any
 * installation loads on its Riksnitt page.
 */

import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { writeResponseRatesCsv, writeRiksnittCsv } from '@indikera/formats';
import { requireNationalAnalyst, requireRole, requireUser } from '../access';
import type { AppEnv } from '../context';
import { badRequest } from '../problem';
import { IdParam, problems } from '../schemas';
import {
  isKnownVersion,
  pooledEditions,
  pooledReport,
  pooledResponseRateRows,
  pooledRiksnittRows,
  poolingOf,
  setPooling,
} from '../services/national.service';
import { typedRoutes } from '../typed-routes';
import { validationHook } from '../validation';

const Pooling = z.object({ pooled: z.boolean() }).openapi('Pooling');

const readPooling = createRoute({
  method: 'get',
  path: '/api/forbund/{id}/riksniva',
  tags: ['Riksnivå'],
  summary: 'Om förbundets svar räknas in i installationens samlade siffror',
  request: { params: IdParam },
  responses: {
    200: { description: 'Beslutet', content: { 'application/json': { schema: Pooling } } },
    ...problems(400, 401, 404),
  },
});

const writePooling = createRoute({
  method: 'put',
  path: '/api/forbund/{id}/riksniva',
  tags: ['Riksnivå'],
  summary: 'Låt förbundets svar räknas in i de samlade siffrorna, eller inte (förbundets admin)',
  request: {
    params: IdParam,
    body: { required: true, content: { 'application/json': { schema: Pooling } } },
  },
  responses: {
    200: { description: 'Sparat', content: { 'application/json': { schema: Pooling } } },
    ...problems(400, 401, 403, 404),
  },
});

const editions = createRoute({
  method: 'get',
  path: '/api/riksniva',
  tags: ['Riksnivå'],
  summary: 'År och instrumentversioner med samlade siffror (riksnivåanalytiker)',
  responses: {
    200: {
      description: 'Åren',
      content: {
        'application/json': {
          schema: z.array(
            z.object({ year: z.number(), instrumentVersion: z.string(), forbund: z.number() }),
          ),
        },
      },
    },
    ...problems(401, 403),
  },
});

const Cell = z.union([
  z.object({
    n: z.number(),
    positive: z.number(),
    share: z.number().nullable(),
    typvarde: z.array(z.string()),
    forbund: z.number(),
  }),
  z.object({ withheld: z.literal(true) }),
]);

const PooledReportSchema = z
  .object({
    instrumentVersion: z.string(),
    year: z.number(),
    threshold: z.number(),
    minForbund: z.number(),
    forbund: z.number(),
    groups: z.array(
      z.union([
        z.object({
          group: z.string(),
          responses: z.number(),
          forbund: z.number(),
          responseRate: z
            .object({
              asked: z.number(),
              answeredOfAsked: z.number(),
              responseRate: z.number().nullable(),
              forbund: z.number(),
            })
            .nullable(),
        }),
        z.object({ group: z.string(), withheld: z.literal(true) }),
      ]),
    ),
    questions: z.array(
      z.object({
        id: z.string(),
        group: z.string(),
        indicator: z.number(),
        keyFigure: z.string(),
        all: Cell,
        byGender: z.object({ kvinna: Cell, man: Cell, annat: Cell }),
      }),
    ),
  })
  .openapi('PooledReport');

const report = createRoute({
  method: 'get',
  path: '/api/riksniva/{year}',
  tags: ['Riksnivå'],
  summary:
    'Installationens samlade siffror ett år och en version (riksnivåanalytiker), som JSON eller riksnittsfil',
  request: {
    params: z.object({
      year: z.coerce
        .number()
        .int('ett årtal, ÅÅÅÅ')
        .min(1900, 'ett årtal, ÅÅÅÅ')
        .max(2100, 'ett årtal, ÅÅÅÅ')
        .openapi({ param: { name: 'year', in: 'path' } }),
    }),
    query: z.object({
      version: z.string().max(20).openapi({ description: 'instrumentversionen, t.ex. 2021' }),
      format: z.enum(['json', 'riksnitt-csv', 'svarsfrekvens-csv']).default('json').openapi({
        description:
          'riksnitt-csv: year,question,all,kvinna,man; svarsfrekvens-csv: year,group,response_rate (docs/riksnitt-csv.md)',
      }),
    }),
  },
  responses: {
    200: {
      description: 'De samlade siffrorna',
      content: {
        'application/json': { schema: PooledReportSchema },
        'text/csv': { schema: z.string() },
      },
    },
    ...problems(400, 401, 403),
  },
});

export function nationalRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(readPooling, async (c) => {
    const { id } = c.req.valid('param');
    await requireRole(c, id, 'lasare', { notFound: 'Förbundet finns inte.' });
    return c.json({ pooled: await poolingOf(c.var.deps.db, id) }, 200);
  });

  app.openapi(writePooling, async (c) => {
    const { id } = c.req.valid('param');
    // The förbund's own admins decide: the installation administrator is not its voice.
    await requireRole(c, id, 'admin', { notFound: 'Förbundet finns inte.' });
    const { pooled } = c.req.valid('json');
    const by = requireUser(c).id;
    return c.json({ pooled: await setPooling(c.var.deps.db, { forbundId: id, pooled, by }) }, 200);
  });

  app.openapi(editions, async (c) => {
    requireNationalAnalyst(c);
    return c.json(await pooledEditions(c.var.deps.db), 200);
  });

  app.openapi(report, async (c) => {
    requireNationalAnalyst(c);
    const { year } = c.req.valid('param');
    const { version, format } = c.req.valid('query');
    const { db, config } = c.var.deps;
    if (!(await isKnownVersion(db, version))) {
      throw badRequest([{ field: 'query.version', message: 'okänd instrumentversion' }]);
    }
    const pooled = await pooledReport(db, year, version, {
      suppressionThreshold: config.suppressionThreshold,
      minForbund: config.pooledMinForbund,
    });
    if (format === 'json') return c.json(pooled, 200);
    const riksnitt = format === 'riksnitt-csv';
    const text = riksnitt
      ? writeRiksnittCsv(pooledRiksnittRows(pooled))
      : writeResponseRatesCsv(pooledResponseRateRows(pooled));
    const name = `${riksnitt ? 'riksnitt' : 'svarsfrekvens'}-samlade-${year}-${version}.csv`;
    return c.body(text, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
    });
  });

  return typedRoutes(app, [readPooling, writePooling, editions, report]);
}
