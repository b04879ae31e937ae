/**
 * @module
 * A route file's app with the types of the routes it registered, for `hono/client`.
 * `app.openapi(route, handler)` returns the app with that route in its type, but only
 * when the calls are chained; the route files register one handler per statement, so
 * each names its routes once at the end instead. The names are checked against what was
 * registered when the app is built: a route left out, or one listed but never
 * registered, stops the server before it serves a single request.
 */
import type { OpenAPIHono, RouteConfig } from '@hono/zod-openapi';
import type { Schema } from 'hono';
import type { AppEnv } from './context';

declare const registered: OpenAPIHono<AppEnv>;

/** The schema `app.openapi(route, …)` adds for one route (distributes over a union). */
type SchemaOf<R> = R extends RouteConfig
  ? ReturnType<typeof registered.openapi<R>> extends OpenAPIHono<AppEnv, infer S>
    ? S
    : never
  : never;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (
  i: infer I,
) => void
  ? I
  : never;

export type RoutesSchema<Routes extends readonly RouteConfig[]> =
  UnionToIntersection<SchemaOf<Routes[number]>> extends infer S extends Schema ? S : never;

const key = (route: { method: string; path: string }) =>
  `${route.method.toUpperCase()} ${route.path}`;

export function typedRoutes<const Routes extends readonly RouteConfig[]>(
  app: OpenAPIHono<AppEnv>,
  routes: Routes,
): OpenAPIHono<AppEnv, RoutesSchema<Routes>> {
  const inApp = new Set(
    app.openAPIRegistry.definitions.flatMap((d) => (d.type === 'route' ? [key(d.route)] : [])),
  );
  const listed = new Set(routes.map(key));
  const unlisted = [...inApp].filter((r) => !listed.has(r));
  const missing = [...listed].filter((r) => !inApp.has(r));
  if (unlisted.length > 0 || missing.length > 0 || listed.size !== routes.length) {
    throw new Error(
      `the typed routes differ from the registered ones: not listed ${unlisted.join(', ') || '-'}; not registered ${missing.join(', ') || '-'}; listed ${routes.length}, distinct ${listed.size}`,
    );
  }
  return app as unknown as OpenAPIHono<AppEnv, RoutesSchema<Routes>>;
}
