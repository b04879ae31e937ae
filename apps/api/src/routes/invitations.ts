/**
 * @module
 * Invitations: how someone joins a förbund. An admin invites an e-mail address and hands
 * over the one-time link; the answer is the same whether or not the address has an
 * account, and no one is added until the person accepts. A new person chooses a name and
 * a password; someone with an account signs in first, so no one is attached to a förbund
 * without their consent.
 */

import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  type AccountLink,
  deleteInvitation,
  getForbund,
  insertAccountLink,
  inTransaction,
  listOpenInvitations,
  listUsersOfForbund,
  recordAudit,
} from '@indikera/db';
import type { Context } from 'hono';
import { requireUser } from '../access';
import {
  INVITATION_SECONDS,
  isoFromSeconds,
  newLinkToken,
  unixSeconds,
} from '../auth/one-time-link';
import { createSession } from '../auth/session';
import type { AppEnv } from '../context';
import { setSessionCookie } from '../middleware/session';
import { ProblemError } from '../problem';
import { IdParam, pathId, problems, RoleSchema, TokenParam } from '../schemas';
import {
  createInvitedAccount,
  InvitationGoneError,
  joinByInvitation,
  openInvitation,
} from '../services/invitations.service';
import { typedRoutes } from '../typed-routes';
import { validationHook } from '../validation';
import { Me, profile } from './auth';
import { NewUserFields } from './setup';
import { manageUsersOf } from './users';

const Invitation = z
  .object({ id: z.number(), email: z.string(), role: RoleSchema, expiresAt: z.string() })
  .openapi('Invitation');
const CreatedInvitation = Invitation.extend({
  link: z.string().openapi({ description: 'The path to hand over: /inbjudan/<token>' }),
}).openapi('CreatedInvitation');

const create = createRoute({
  method: 'post',
  path: '/api/forbund/{id}/invitations',
  tags: ['Användare'],
  summary:
    'Bjud in en e-postadress till förbundet (admin): en engångslänk att lämna över; samma svar oavsett om adressen har ett konto',
  request: {
    params: IdParam,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({ email: NewUserFields.email, role: RoleSchema }),
        },
      },
    },
  },
  responses: {
    201: {
      description: 'Inbjudan',
      content: { 'application/json': { schema: CreatedInvitation } },
    },
    ...problems(400, 401, 403, 404, 409),
  },
});

const list = createRoute({
  method: 'get',
  path: '/api/forbund/{id}/invitations',
  tags: ['Användare'],
  summary: 'Förbundets öppna inbjudningar (admin)',
  request: { params: IdParam },
  responses: {
    200: {
      description: 'Inbjudningarna',
      content: { 'application/json': { schema: z.array(Invitation) } },
    },
    ...problems(400, 401, 403, 404),
  },
});

const withdraw = createRoute({
  method: 'delete',
  path: '/api/forbund/{id}/invitations/{invitationId}',
  tags: ['Användare'],
  summary: 'Dra tillbaka en inbjudan (admin)',
  request: {
    params: IdParam.extend({ invitationId: pathId('invitationId') }),
  },
  responses: { 204: { description: 'Tillbakadragen' }, ...problems(400, 401, 403, 404) },
});

const show = createRoute({
  method: 'get',
  path: '/api/invitations/{token}',
  tags: ['Användare'],
  summary: 'En inbjudan: till vilket förbund, vilken roll och vilken e-postadress',
  request: { params: TokenParam },
  responses: {
    200: {
      description: 'Inbjudan',
      content: {
        'application/json': {
          schema: z.object({
            email: z.string(),
            forbundName: z.string(),
            role: RoleSchema,
            expiresAt: z.string(),
          }),
        },
      },
    },
    ...problems(400, 404),
  },
});

const accept = createRoute({
  method: 'post',
  path: '/api/invitations/{token}/accept',
  tags: ['Användare'],
  summary:
    'Ta emot en inbjudan: inloggad med inbjudans e-postadress, eller som ny person med namn och lösenord (loggas då in)',
  request: {
    params: TokenParam,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({
            name: NewUserFields.name.optional(),
            password: z.string().max(1000).optional(),
          }),
        },
      },
    },
  },
  responses: {
    200: { description: 'Med i förbundet', content: { 'application/json': { schema: Me } } },
    201: {
      description: 'Kontot skapat och med i förbundet',
      content: { 'application/json': { schema: Me } },
    },
    ...problems(400, 403, 404, 409),
  },
});

/** The invitation behind the request's token (404 when used, expired or unknown). */
function invitationOf(c: Context<AppEnv>, token: string): Promise<AccountLink> {
  return openInvitation(c.var.deps.db, token, c.var.deps.clock());
}

export function invitationRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(create, async (c) => {
    const { id } = c.req.valid('param');
    await manageUsersOf(c, id);
    const { email, role } = c.req.valid('json');
    const { db, clock } = c.var.deps;
    // Only what the admin already sees in the förbund's own list.
    const members = await listUsersOfForbund(db, id);
    if (members.some((m) => m.email.toLowerCase() === email.toLowerCase())) {
      throw new ProblemError(409, 'Personen är redan med i förbundet: byt rollen i listan.');
    }
    const { token, hash } = newLinkToken();
    const expiresAt = unixSeconds(clock()) + INVITATION_SECONDS;
    const link = await inTransaction(db, async (trx) => {
      const created = await insertAccountLink(
        trx,
        { kind: 'invitation', email: email.toLowerCase(), forbundId: id, role },
        hash,
        requireUser(c).id,
        expiresAt,
      );
      await recordAudit(trx, {
        userId: requireUser(c).id,
        forbundId: id,
        action: 'invitation.create',
        subject: `invitation:${created.id}`,
        detail: { role },
      });
      return created;
    });
    return c.json(
      {
        id: link.id,
        email: link.email,
        role,
        expiresAt: isoFromSeconds(expiresAt),
        link: `/inbjudan/${token}`,
      },
      201,
    );
  });

  app.openapi(list, async (c) => {
    const { id } = c.req.valid('param');
    await manageUsersOf(c, id);
    const { db, clock } = c.var.deps;
    const open = await listOpenInvitations(db, id, unixSeconds(clock()));
    return c.json(
      open.map((l) => ({
        id: l.id,
        email: l.email,
        role: l.role ?? 'lasare',
        expiresAt: isoFromSeconds(l.expiresAt),
      })),
      200,
    );
  });

  app.openapi(withdraw, async (c) => {
    const { id, invitationId } = c.req.valid('param');
    await manageUsersOf(c, id);
    const { db } = c.var.deps;
    await inTransaction(db, async (trx) => {
      if (!(await deleteInvitation(trx, id, invitationId))) {
        throw new ProblemError(404, 'Inbjudan finns inte.');
      }
      await recordAudit(trx, {
        userId: requireUser(c).id,
        forbundId: id,
        action: 'invitation.withdraw',
        subject: `invitation:${invitationId}`,
      });
    });
    return c.body(null, 204);
  });

  app.openapi(show, async (c) => {
    const link = await invitationOf(c, c.req.valid('param').token);
    const forbund = await getForbund(c.var.deps.db, link.forbundId ?? 0);
    if (!forbund) throw new InvitationGoneError();
    return c.json(
      {
        email: link.email,
        forbundName: forbund.name,
        role: link.role ?? 'lasare',
        expiresAt: isoFromSeconds(link.expiresAt),
      },
      200,
    );
  });

  app.openapi(accept, async (c) => {
    const link = await invitationOf(c, c.req.valid('param').token);
    const { db, clock } = c.var.deps;
    const signedIn = c.var.user;
    if (signedIn) {
      if (signedIn.email.toLowerCase() !== link.email.toLowerCase()) {
        throw new ProblemError(
          403,
          'Inbjudan gäller en annan e-postadress än den du är inloggad med. Logga ut och öppna länken igen.',
        );
      }
      await joinByInvitation(db, link, signedIn, clock());
      return c.json(await profile(db, signedIn), 200);
    }
    const user = await createInvitedAccount(db, link, c.req.valid('json'), clock());
    setSessionCookie(c, await createSession(db, user.id, clock()));
    return c.json(await profile(db, user), 201);
  });

  return typedRoutes(app, [create, list, withdraw, show, accept]);
}
