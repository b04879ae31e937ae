/**
 * @module
 * Whether the server answers: for load balancers and the operator.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../context';
import { typedRoutes } from '../typed-routes';

const health = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['Drift'],
  summary: 'Svarar servern?',
  responses: {
    200: {
      description: 'Servern svarar',
      content: { 'application/json': { schema: z.object({ ok: z.literal(true) }) } },
    },
  },
});

export function healthRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(health, (c) => c.json({ ok: true as const }, 200));
  return typedRoutes(app, [health]);
}
