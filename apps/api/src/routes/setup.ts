/**
 * @module
 * First run: on an installation without users, create the first förbund and its first
 * administrator (who also administers the installation). Refused once anyone exists.
 */

import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { NewPassword } from '../auth/password-policy';
import type { AppEnv } from '../context';
import { nameSchema } from '../name';
import { problems } from '../schemas';
import { setUpInstallation, setupNeeded } from '../services/setup.service';
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

export function setupRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(status, async (c) => c.json({ needed: await setupNeeded(c.var.deps.db) }, 200));

  app.openapi(setup, async (c) => {
    return c.json(await setUpInstallation(c.var.deps.db, c.req.valid('json')), 201);
  });

  return typedRoutes(app, [status, setup]);
}
