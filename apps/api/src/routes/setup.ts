/**
 * @module
 * First run: on an installation without users, create the first förbund and its first
 * administrator (who also administers the installation). Refused once anyone exists.
 */

import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { createForbund, createUser, inTransaction, recordAudit, setMembership } from '@indikera/db';
import { sql } from 'kysely';
import { hashPassword } from '../auth/password';
import { NewPassword, requireGoodPassword } from '../auth/password-policy';
import type { AppEnv } from '../context';
import { nameSchema } from '../name';
import { ProblemError } from '../problem';
import { problems } from '../schemas';
import { typedRoutes } from '../typed-routes';
import { validationHook } from '../validation';

export const NewUserFields = {
  name: nameSchema(),
  email: z.email('ange en giltig e-postadress').max(320),
  password: NewPassword,
};

const status = createRoute({
  method: 'get',
  path: '/api/setup',
  tags: ['Installation'],
  summary: 'Om installationen behöver sin första administratör',
  responses: {
    200: {
      description: 'Läget',
      content: { 'application/json': { schema: z.object({ needed: z.boolean() }) } },
    },
  },
});

const setup = createRoute({
  method: 'post',
  path: '/api/setup',
  tags: ['Installation'],
  summary: 'Skapa första förbundet och dess administratör (bara på en tom installation)',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({ forbundName: nameSchema(), ...NewUserFields }),
        },
      },
    },
  },
  responses: {
    201: {
      description: 'Skapat',
      content: {
        'application/json': { schema: z.object({ forbundId: z.number(), userId: z.number() }) },
      },
    },
    ...problems(400, 409),
  },
});

async function hasUsers(db: AppEnv['Variables']['deps']['db']): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select(sql<number>`1`.as('one'))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

const alreadySetUp = () =>
  new ProblemError(409, 'Installationen har redan en administratör. Logga in i stället.');

export function setupRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(status, async (c) => c.json({ needed: !(await hasUsers(c.var.deps.db)) }, 200));

  app.openapi(setup, async (c) => {
    const body = c.req.valid('json');
    // Checked before hashing too: once set up, a stranger's posts must not cost a hash each.
    if (await hasUsers(c.var.deps.db)) throw alreadySetUp();
    requireGoodPassword(body.password, [body.email, body.name]);
    const passwordHash = await hashPassword(body.password);
    const created = await inTransaction(c.var.deps.db, async (trx) => {
      // Checked inside the write transaction, so two first-run posts cannot both win.
      if (await hasUsers(trx)) return null;
      const forbund = await createForbund(trx, body.forbundName);
      const user = await createUser(trx, {
        email: body.email,
        name: body.name,
        passwordHash,
        isInstallationAdmin: true,
      });
      await setMembership(trx, user.id, forbund.id, 'admin');
      await recordAudit(trx, {
        userId: user.id,
        forbundId: forbund.id,
        action: 'installation.setup',
        subject: `forbund:${forbund.id}`,
      });
      return { forbundId: forbund.id, userId: user.id };
    });
    if (!created) throw alreadySetUp();
    return c.json(created, 201);
  });

  return typedRoutes(app, [status, setup]);
}
