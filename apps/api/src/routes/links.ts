/**
 * @module
 * Links to a round's questionnaire, one per respondent group × insats: an unguessable
 * token, optionally for a shared tablet (kiosk) and with the number of people asked.
 */

import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { getLink, getRound, listLinksOfRound } from '@indikera/db';
import { requireRole, requireUser } from '../access';
import type { AppEnv } from '../context';
import { ProblemError } from '../problem';
import { IdParam, problems } from '../schemas';
import { createRoundLink, revokeRoundLink } from '../services/links.service';
import { roundFor } from '../services/round-access';
import { typedRoutes } from '../typed-routes';
import { validationHook } from '../validation';

const LinkSchema = z
  .object({
    id: z.number(),
    token: z.string(),
    path: z.string().openapi({
      description: 'Enkätens adress på den här installationen',
      example: '/s/k7q2m4x9…',
    }),
    roundId: z.number(),
    groupId: z.string(),
    insatsId: z.number().nullable(),
    kiosk: z.boolean(),
    asked: z.number().nullable(),
    revoked: z.boolean(),
    createdOn: z.string(),
    responses: z.number().optional(),
  })
  .openapi('Link');

const list = createRoute({
  method: 'get',
  path: '/api/rounds/{id}/links',
  tags: ['Länkar'],
  summary: 'Mätningens länkar med antal svar (koordinator)',
  request: { params: IdParam },
  responses: {
    200: {
      description: 'Länkarna',
      content: { 'application/json': { schema: z.array(LinkSchema) } },
    },
    ...problems(400, 401, 403, 404),
  },
});

const create = createRoute({
  method: 'post',
  path: '/api/rounds/{id}/links',
  tags: ['Länkar'],
  summary: 'Skapa en länk för en respondentgrupp och insats (koordinator)',
  request: {
    params: IdParam,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({
            group: z.string(),
            insatsId: z.number().int().positive().nullable().optional(),
            kiosk: z.boolean().default(false),
            asked: z.number().int().min(0).max(1_000_000).nullable().optional(),
          }),
        },
      },
    },
  },
  responses: {
    201: { description: 'Skapad', content: { 'application/json': { schema: LinkSchema } } },
    ...problems(400, 401, 403, 404),
  },
});

const revoke = createRoute({
  method: 'post',
  path: '/api/links/{id}/revoke',
  tags: ['Länkar'],
  summary: 'Återkalla en länk; den tar inte emot fler svar (koordinator)',
  request: { params: IdParam },
  responses: {
    200: { description: 'Återkallad', content: { 'application/json': { schema: LinkSchema } } },
    ...problems(400, 401, 403, 404),
  },
});

/** 20 random bytes: 160 bits, far beyond guessing. */
const withPath = <T extends { token: string }>(link: T) => ({ ...link, path: `/s/${link.token}` });

export function linkRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(list, async (c) => {
    const round = await roundFor(c, c.req.valid('param').id, 'koordinator');
    return c.json((await listLinksOfRound(c.var.deps.db, round.id)).map(withPath), 200);
  });

  app.openapi(create, async (c) => {
    const round = await roundFor(c, c.req.valid('param').id, 'koordinator');
    const by = requireUser(c).id;
    const link = await createRoundLink(c.var.deps.db, round, c.req.valid('json'), by);
    return c.json(withPath(link), 201);
  });

  app.openapi(revoke, async (c) => {
    requireUser(c);
    const { db } = c.var.deps;
    const link = await getLink(db, c.req.valid('param').id);
    const round = link && (await getRound(db, link.roundId));
    if (!link || !round) throw new ProblemError(404, 'Länken finns inte.');
    await requireRole(c, round.forbundId, 'koordinator', { notFound: 'Länken finns inte.' });
    const change = { link, round, by: requireUser(c).id };
    return c.json(withPath(await revokeRoundLink(db, c.var.surveyLinks, change)), 200);
  });

  return typedRoutes(app, [list, create, revoke]);
}
