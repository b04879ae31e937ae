/**
 * @module
 * Request and response shapes shared by several routes, described once for validation
 * and for /api/openapi.json.
 */
import { z } from '@hono/zod-openapi';
import { MAX_NUMBER_CODE, WORD_CODE } from '@indikera/instrument';

export const IdParam = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'id', in: 'path' }, example: 12 }),
});

/** A positive integer in the path, e.g. `userId`. */
export const pathId = (name: string) =>
  z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name, in: 'path' } });

/** The token of a one-time link (invitation, password reset). */
export const TokenParam = z.object({
  token: z
    .string()
    .max(64)
    .openapi({ param: { name: 'token', in: 'path' } }),
});

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z
      .array(
        z.object({
          field: z.string(),
          message: z.string(),
          line: z.number().int().optional(),
          code: z.string().optional(),
        }),
      )
      .optional(),
  })
  .openapi('Problem');

const problemDescriptions = {
  400: 'Ogiltig begäran; `errors` namnger varje fält',
  401: 'Inte inloggad',
  403: 'Rollen räcker inte, eller begäran kom från en annan webbplats',
  404: 'Finns inte (eller hör till ett annat förbund)',
  409: 'Konflikt med det som redan finns',
  410: 'Mätningen är stängd eller länken återkallad',
  413: 'För stor begäran',
  415: 'Fel innehållstyp',
  422: 'Filen innehåller fel; `errors` anger rad och kolumn',
  429: 'För många försök på kort tid; se Retry-After',
} as const;

type ProblemStatus = keyof typeof problemDescriptions;

/**
 * The standard error responses of a route, by status; typed by status, so that a client
 * (hc<AppType>) knows each problem a route may answer with.
 */
type ProblemResponses<S extends ProblemStatus> = {
  [Status in S]: {
    description: string;
    content: { 'application/problem+json': { schema: typeof ProblemSchema } };
  };
};

export function problems<const S extends readonly ProblemStatus[]>(
  ...statuses: S
): ProblemResponses<S[number]> {
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      {
        description: problemDescriptions[s],
        content: { 'application/problem+json': { schema: ProblemSchema } },
      },
    ]),
  ) as ProblemResponses<S[number]>;
}

export const DateString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'datum som ÅÅÅÅ-MM-DD')
  .openapi({ example: '2021-03-15' });

export const GenderSchema = z.enum(['kvinna', 'man', 'annat']);

/** A role in a förbund. */
export const RoleSchema = z.enum(['admin', 'koordinator', 'lasare']);

/**
 * Answers by question id: an option code of the round's instrument version (1–6 and
 * "ja"/"nej" in 2021). Only the shape is
 * checked here: zod's record would rebuild the object and silently drop a `__proto__` key,
 * so keys and values are left to the instrument's validation, which names each one.
 */
export const AnswersSchema = z
  .custom<Record<string, unknown>>(
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
    'ett objekt med svar per fråga, t.ex. {"DA1": 5, "DA8": "ja"}',
  )
  .openapi({
    type: 'object',
    additionalProperties: {
      oneOf: [
        { type: 'integer', minimum: 0, maximum: MAX_NUMBER_CODE },
        { type: 'string', pattern: WORD_CODE.source },
      ],
    },
    example: { DA1: 5, DA8: 'ja', DA9: 4 },
  });

/** A required JSON request body of `schema`. */
export const json = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

/** A JSON answer of `schema`. */
export const ok = <T extends z.ZodType>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema } },
});
