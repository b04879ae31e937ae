/**
 * @module
 * The HTTP API: `createApp(deps)` mounts every route. Errors are problem+json, state-
 * changing requests are checked against cross-site forgery, and every response carries
 * the security headers.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { NulInTextError } from '@indikera/db';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps, AppEnv } from './context';
import { session } from './middleware/session';
import { ProblemError, problemOfDomainError, problemResponse } from './problem';
import { accessibilityRoutes } from './routes/accessibility';
import { archiveRoutes } from './routes/archive';
import { authRoutes } from './routes/auth';
import { bokslutRoutes } from './routes/bokslut';
import { forbundRoutes } from './routes/forbund';
import { healthRoutes } from './routes/health';
import { importRoutes } from './routes/imports';
import { insatsRoutes } from './routes/insatser';
import { instrumentRoutes } from './routes/instruments';
import { invitationRoutes } from './routes/invitations';
import { linkRoutes } from './routes/links';
import { localQuestionRoutes } from './routes/local-questions';
import { nationalRoutes } from './routes/national';
import { paperRoutes } from './routes/paper';
import { passwordResetRoutes } from './routes/password-resets';
import { reportRoutes } from './routes/report';
import { reportCommentRoutes } from './routes/report-comments';
import { riksnittRoutes } from './routes/riksnitt';
import { roundRoutes } from './routes/rounds';
import { setupRoutes } from './routes/setup';
import { surveyRoutes } from './routes/survey';
import { userRoutes } from './routes/users';
import { DomainError } from './services/domain-errors';
import { SurveyLinks } from './services/survey-links';
import { SurveyRateLimit } from './services/survey-rate-limit';
import { validationHook } from './validation';

/** Requests above this size are refused before they are read (imports have their own). */
export const JSON_BODY_LIMIT = 64 * 1024;
export const FILE_BODY_LIMIT = 20 * 1024 * 1024;

/** Whether a request of this method has a body as fetch sees it (GET and HEAD never). */
const hasBody = (method: string) => method !== 'GET' && method !== 'HEAD';

// Validation messages in Swedish, like the rest of the interface.
z.config(z.locales.sv());

export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.onError((thrown, c) => {
    const error = thrown instanceof DomainError ? problemOfDomainError(thrown) : thrown;
    if (error instanceof ProblemError) {
      return problemResponse(c, error.status, error.detail, error.errors, error.headers);
    }
    if (error instanceof NulInTextError) {
      return problemResponse(
        c,
        400,
        'En text i begäran innehåller NUL-tecknet, som inte kan lagras.',
      );
    }
    if (error instanceof HTTPException) {
      const detail =
        error.status === 403 ? 'Begäran kom inte från Indikeras egen webbplats.' : undefined;
      return problemResponse(c, error.status, detail);
    }
    // Logged for the operator; the client learns nothing of the internals.
    console.error(error);
    return problemResponse(c, 500, 'Något gick fel hos oss. Försök igen om en stund.');
  });
  app.notFound((c) => problemResponse(c, 404, 'Ingen sådan adress i API:t.'));

  // The API serves data, never pages: nothing may load from it or frame it.
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      xFrameOptions: 'DENY',
      referrerPolicy: 'no-referrer',
      crossOriginResourcePolicy: 'same-origin',
    }),
  );
  const surveyLinks = new SurveyLinks();
  app.use('/api/*', async (c, next) => {
    c.set('deps', deps);
    c.set('surveyLinks', surveyLinks);
    c.header('Cache-Control', 'no-store');
    await next();
  });
  app.use('/api/*', csrf(deps.config.origin ? { origin: deps.config.origin } : {}));
  const tooLarge = bodyLimit({
    maxSize: JSON_BODY_LIMIT,
    onError: (c) => problemResponse(c, 413, `Högst ${JSON_BODY_LIMIT / 1024} kB.`),
  });
  const fileTooLarge = bodyLimit({
    maxSize: FILE_BODY_LIMIT,
    onError: (c) => problemResponse(c, 413, `Högst ${FILE_BODY_LIMIT / 1024 / 1024} MB.`),
  });
  app.use('/api/*', async (c, next) => {
    const isFile = /\/imports$|\/api\/(riksnitt|instruments)(\/|$)/.test(c.req.path);
    // What bodyLimit decides from a declared length, decided here without asking for the
    // body: reading `raw.body` makes the Node server build a web stream for every post.
    const length = c.req.header('content-length');
    if (length !== undefined && !c.req.header('transfer-encoding') && hasBody(c.req.method)) {
      if (Number.parseInt(length, 10) <= (isFile ? FILE_BODY_LIMIT : JSON_BODY_LIMIT))
        return next();
    }
    return (isFile ? fileTooLarge : tooLarge)(c, next);
  });
  app.use('/api/*', session);
  // Staff routes answer 401 before looking at the request, so that someone not signed in
  // learns nothing, not even which fields a route takes.
  app.use('/api/*', async (c, next) => {
    const open =
      /^\/api\/(s\/|auth\/login$|setup$|health$|openapi\.json$|invitations\/|password-resets\/)/.test(
        c.req.path,
      );
    if (!open && c.req.path !== '/api/auth/logout' && !c.var.user) {
      return problemResponse(c, 401, 'Logga in för att fortsätta.');
    }
    return next();
  });

  // Chained, so that the app's type holds every route for `hono/client` (AppType).
  const api = app
    .route('/', surveyRoutes(deps.config.surveyRateLimit ? new SurveyRateLimit() : null))
    .route('/', authRoutes())
    .route('/', setupRoutes())
    .route('/', forbundRoutes())
    .route('/', accessibilityRoutes())
    .route('/', userRoutes())
    .route('/', invitationRoutes())
    .route('/', passwordResetRoutes())
    .route('/', insatsRoutes())
    .route('/', roundRoutes())
    .route('/', linkRoutes())
    .route('/', reportRoutes())
    .route('/', reportCommentRoutes())
    .route('/', paperRoutes())
    .route('/', importRoutes())
    .route('/', riksnittRoutes())
    .route('/', nationalRoutes())
    .route('/', instrumentRoutes())
    .route('/', archiveRoutes())
    .route('/', bokslutRoutes())
    .route('/', localQuestionRoutes())
    .route('/', healthRoutes());
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Indikera API',
      version: '1.0.0',
      description:
        'NNS-indikatorer för samordningsförbund: enkätlänkar, svar, mätningar och indikatorrapporter. Fel följer RFC 9457 (application/problem+json).',
    },
  });
  return api;
}

export type App = ReturnType<typeof createApp>;

/** The API's routes with their inputs and answers, for `hc<AppType>` (hono/client). */
export type AppType = App;
