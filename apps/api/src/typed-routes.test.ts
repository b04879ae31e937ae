import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from './context';
import { typedRoutes } from './typed-routes';

const route = (path: '/a' | '/b') =>
  createRoute({
    method: 'get',
    path,
    responses: {
      200: { description: 'ok', content: { 'application/json': { schema: z.object({}) } } },
    },
  });

function appWith(...paths: ('/a' | '/b')[]) {
  const app = new OpenAPIHono<AppEnv>();
  for (const path of paths) app.openapi(route(path), (c) => c.json({}, 200));
  return app;
}

describe('typedRoutes', () => {
  it('passes the app through when the listed routes are the registered ones', () => {
    const app = appWith('/a', '/b');
    expect(typedRoutes(app, [route('/a'), route('/b')])).toBe(app);
  });

  it('refuses a registered route left out of the list, and a listed one never registered', () => {
    expect(() => typedRoutes(appWith('/a', '/b'), [route('/a')])).toThrow(/not listed GET \/b/);
    expect(() => typedRoutes(appWith('/a'), [route('/a'), route('/b')])).toThrow(
      /not registered GET \/b/,
    );
    expect(() => typedRoutes(appWith('/a'), [route('/a'), route('/a')])).toThrow(/distinct 1/);
  });
});
