/**
 * @module
 * A förbund's contact for reporting accessibility problems (lag 2018:1937): kept by its
 * admins, read by its members, and shown to anyone holding one of its links, in the
 * tillgänglighetsredogörelse opened from the questionnaire.
 */

import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  getAccessibilityContact,
  getForbund,
  getLinkByToken,
  getRound,
  inTransaction,
  recordAudit,
  setAccessibilityContact,
} from '@indikera/db';
import { requireRole, requireUser } from '../access';
import type { AppEnv } from '../context';
import { ProblemError } from '../problem';
import { IdParam, problems } from '../schemas';
import { dayIn } from '../services/today';
import { typedRoutes } from '../typed-routes';
import { validationHook } from '../validation';

const ContactSchema = z
  .object({
    email: z.string().nullable(),
    phone: z.string().nullable(),
    /** `YYYY-MM-DD`, or null while the förbund has set no contact. */
    reviewedOn: z.string().nullable(),
  })
  .openapi('AccessibilityContact');

/** An empty field is no contact that way. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), schema.nullable());

const ContactBody = z.object({
  email: optional(z.string().trim().max(200).email('ange en e-postadress, t.ex. namn@forbund.se')),
  phone: optional(
    z
      .string()
      .trim()
      .max(30)
      .regex(/^\+?[0-9][0-9 ()-]{4,}$/, 'ange ett telefonnummer, t.ex. 010-123 45 67'),
  ),
});

const none = { email: null, phone: null, reviewedOn: null };

const read = createRoute({
  method: 'get',
  path: '/api/forbund/{id}/tillganglighet',
  tags: ['Förbund'],
  summary: 'Förbundets kontakt för att rapportera brister i tillgänglighet',
  request: { params: IdParam },
  responses: {
    200: { description: 'Kontakten', content: { 'application/json': { schema: ContactSchema } } },
    ...problems(400, 401, 404),
  },
});

const write = createRoute({
  method: 'put',
  path: '/api/forbund/{id}/tillganglighet',
  tags: ['Förbund'],
  summary: 'Sätt kontakten för tillgänglighet (admin); granskad i dag',
  request: {
    params: IdParam,
    body: { required: true, content: { 'application/json': { schema: ContactBody } } },
  },
  responses: {
    200: { description: 'Sparad', content: { 'application/json': { schema: ContactSchema } } },
    ...problems(400, 401, 403, 404),
  },
});

const ofLink = createRoute({
  method: 'get',
  path: '/api/s/{token}/tillganglighet',
  tags: ['Enkät'],
  summary: 'Kontakten för tillgänglighet hos förbundet bakom en länk',
  request: {
    params: z.object({
      token: z
        .string()
        .min(1)
        .max(100)
        .openapi({ param: { name: 'token', in: 'path' } }),
    }),
  },
  responses: {
    200: {
      description: 'Förbundet och dess kontakt',
      content: {
        'application/json': {
          schema: ContactSchema.extend({ forbund: z.string() }),
        },
      },
    },
    ...problems(400, 404),
  },
});

export function accessibilityRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(read, async (c) => {
    const { id } = c.req.valid('param');
    await requireRole(c, id, 'lasare');
    return c.json((await getAccessibilityContact(c.var.deps.db, id)) ?? none, 200);
  });

  app.openapi(write, async (c) => {
    const { id } = c.req.valid('param');
    await requireRole(c, id, 'admin');
    const { email, phone } = c.req.valid('json');
    const { db, clock, config } = c.var.deps;
    const contact = { email, phone, reviewedOn: dayIn(clock(), config.timeZone) };
    await inTransaction(db, async (trx) => {
      await setAccessibilityContact(trx, id, contact);
      await recordAudit(trx, {
        userId: requireUser(c).id,
        forbundId: id,
        action: 'forbund.accessibility-contact',
        subject: `forbund:${id}`,
      });
    });
    return c.json(email === null && phone === null ? none : contact, 200);
  });

  // Also for a closed round or a revoked link: the statement is the förbund's, not the round's.
  app.openapi(ofLink, async (c) => {
    const { db } = c.var.deps;
    const link = await getLinkByToken(db, c.req.valid('param').token);
    const round = link ? await getRound(db, link.roundId) : undefined;
    const forbund = round ? await getForbund(db, round.forbundId) : undefined;
    if (!forbund) throw new ProblemError(404, 'Länken finns inte. Kontrollera adressen.');
    const contact = (await getAccessibilityContact(db, forbund.id)) ?? none;
    return c.json({ forbund: forbund.name, ...contact }, 200);
  });

  return typedRoutes(app, [read, write, ofLink]);
}
