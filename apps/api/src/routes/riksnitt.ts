/**
 * @module
 * Riksnitt: the national figures per year, shared by the whole installation. Loaded by
 * the installation administrator from the national report's CSV; read by everyone
 * signed in. A file replaces each year it holds, all years in one transaction.
 */

import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { listBenchmarkYears, listResponseRateYears } from '@indikera/db';
import type { Context } from 'hono';
import { requireInstallationAdmin, requireUser } from '../access';
import type { AppEnv } from '../context';
import { ProblemError } from '../problem';
import { problems } from '../schemas';
import { loadResponseRates, loadRiksnitt, riksnittOfYear } from '../services/riksnitt.service';
import { typedRoutes } from '../typed-routes';
import { validationHook } from '../validation';

const Years = z.array(z.object({ year: z.number(), count: z.number() }));

const overview = createRoute({
  method: 'get',
  path: '/api/riksnitt',
  tags: ['Riksnitt'],
  summary: 'Vilka år som har riksnitt och nationell svarsfrekvens inlästa',
  responses: {
    200: {
      description: 'Åren',
      content: {
        'application/json': { schema: z.object({ questions: Years, responseRates: Years }) },
      },
    },
    ...problems(401),
  },
});

const ofYear = createRoute({
  method: 'get',
  path: '/api/riksnitt/{year}',
  tags: ['Riksnitt'],
  summary: 'Ett års riksnitt per fråga och nationell svarsfrekvens per grupp',
  request: {
    params: z.object({
      year: z.coerce
        .number()
        .int()
        .min(1900)
        .max(2100)
        .openapi({ param: { name: 'year', in: 'path' } }),
    }),
  },
  responses: {
    200: {
      description: 'Årets siffror',
      content: {
        'application/json': {
          schema: z.object({
            year: z.number(),
            questions: z.array(
              z.object({
                question: z.string(),
                all: z.number().nullable(),
                kvinna: z.number().nullable(),
                man: z.number().nullable(),
              }),
            ),
            responseRates: z.array(z.object({ group: z.string(), responseRate: z.number() })),
          }),
        },
      },
    },
    ...problems(400, 401),
  },
});

function uploadRoute<P extends string>(path: P, summary: string, columns: string) {
  return createRoute({
    method: 'post',
    path,
    tags: ['Riksnitt'],
    summary,
    description: `Kroppen är en CSV-fil (Content-Type text/csv) med kolumnerna ${columns}. Varje år i filen ersätts helt.`,
    responses: {
      201: {
        description: 'Inläst',
        content: {
          'application/json': {
            schema: z.object({ years: z.array(z.number()), rows: z.number() }),
          },
        },
      },
      ...problems(401, 403, 413, 415, 422),
    },
  });
}

const uploadRiksnitt = uploadRoute(
  '/api/riksnitt',
  'Läs in riksnitt per år och fråga (installationens administratör)',
  'year,question,all,kvinna,man',
);

const uploadResponseRates = uploadRoute(
  '/api/riksnitt/svarsfrekvens',
  'Läs in nationell svarsfrekvens per år och grupp (installationens administratör)',
  'year,group,response_rate',
);

async function csvBody(c: Context<AppEnv>): Promise<Uint8Array> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'text/csv') throw new ProblemError(415, 'Skicka filen som text/csv.');
  return new Uint8Array(await c.req.arrayBuffer());
}

export function riksnittRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(overview, async (c) => {
    requireUser(c);
    const { db } = c.var.deps;
    return c.json(
      { questions: await listBenchmarkYears(db), responseRates: await listResponseRateYears(db) },
      200,
    );
  });

  app.openapi(ofYear, async (c) => {
    requireUser(c);
    return c.json(await riksnittOfYear(c.var.deps.db, c.req.valid('param').year), 200);
  });

  app.openapi(uploadRiksnitt, async (c) => {
    const { id } = requireInstallationAdmin(c);
    return c.json(await loadRiksnitt(c.var.deps.db, await csvBody(c), id), 201);
  });

  app.openapi(uploadResponseRates, async (c) => {
    const { id } = requireInstallationAdmin(c);
    return c.json(await loadResponseRates(c.var.deps.db, await csvBody(c), id), 201);
  });

  return typedRoutes(app, [overview, ofYear, uploadRiksnitt, uploadResponseRates]);
}
