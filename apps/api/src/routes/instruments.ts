/**
 * @module
 * The instrument registry: every signed-in person sees which versions rounds can be
 * created on; the installation administrator previews an instrument file (checked, as a
 * respondent would see it, nothing stored) and adds it. A version is never changed once
 * added: the same file again changes nothing, another file with its id is refused.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { listMemberships } from '@indikera/db';
import { MAX_INSTRUMENT_BYTES } from '@indikera/instrument';
import type { Context } from 'hono';
import { requireInstallationAdmin, requireUser } from '../access';
import type { AppEnv } from '../context';
import { InstrumentVersionSchema } from '../instrument-version-schema';
import { ProblemError } from '../problem';
import { problems } from '../schemas';
import { addInstrument, checkedInstrument, listInstruments } from '../services/instruments.service';
import { dayIn } from '../services/today';
import { typedRoutes } from '../typed-routes';
import { validationHook } from '../validation';

const RegisteredSchema = z
  .object({
    version: z.string(),
    name: z.string(),
    groups: z.number().openapi({ description: 'antal respondentgrupper' }),
    groupLabels: z
      .record(z.string(), z.string())
      .openapi({ description: 'gruppernas namn, per grupp-id' }),
    questions: z.number().openapi({ description: 'antal frågor' }),
    addedOn: z.string().nullable().openapi({ description: 'dagen den lades till; null: inbyggd' }),
    builtIn: z.boolean(),
    sha256: z.string().openapi({ description: 'SHA-256 av filen, hex' }),
    rounds: z.number().openapi({
      description:
        'mätningar som besvaras med versionen, i den inloggades förbund (installationens administratör: alla)',
    }),
  })
  .openapi('RegisteredInstrument');

const list = createRoute({
  method: 'get',
  path: '/api/instruments',
  tags: ['Instrument'],
  summary: 'Instrumentversionerna mätningar kan skapas med (äldst först)',
  responses: {
    200: {
      description: 'Registret',
      content: { 'application/json': { schema: z.array(RegisteredSchema) } },
    },
    ...problems(401),
  },
});

const fileDescription = `Kroppen är instrumentfilen (Content-Type application/json, UTF-8, högst ${MAX_INSTRUMENT_BYTES.toLocaleString('sv-SE')} byte), exakt som den ska lagras.`;

const preview = createRoute({
  method: 'post',
  path: '/api/instruments/preview',
  tags: ['Instrument'],
  summary:
    'Kontrollera en instrumentfil och visa versionen; inget lagras (installationens administratör)',
  description: fileDescription,
  responses: {
    200: {
      description: 'Filen är giltig',
      content: { 'application/json': { schema: InstrumentVersionSchema } },
    },
    ...problems(401, 403, 413, 415, 422),
  },
});

const AddedSchema = z
  .object({
    status: z.enum(['added', 'unchanged']),
    version: z.string(),
    name: z.string(),
  })
  .openapi('InstrumentAdded');

const add = createRoute({
  method: 'post',
  path: '/api/instruments',
  tags: ['Instrument'],
  summary: 'Lägg till en instrumentversion i registret (installationens administratör)',
  description: `${fileDescription} Samma fil igen ändrar inget (200); en annan fil med ett versions-id som redan finns nekas (409): en version ändras aldrig, den ersätts av en ny version.`,
  responses: {
    201: { description: 'Tillagd', content: { 'application/json': { schema: AddedSchema } } },
    200: {
      description: 'Samma fil fanns redan; inget ändrat',
      content: { 'application/json': { schema: AddedSchema } },
    },
    ...problems(401, 403, 409, 413, 415, 422),
  },
});

/** The posted instrument file's bytes, bounded before they are read whole. */
async function instrumentBody(c: Context<AppEnv>): Promise<Uint8Array> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new ProblemError(415, 'Skicka instrumentfilen som application/json.');
  }
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.byteLength > MAX_INSTRUMENT_BYTES) {
    throw new ProblemError(413, 'Instrumentfilen är större än 1 MB (1 000 000 byte).');
  }
  return bytes;
}

export function instrumentRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(list, async (c) => {
    const user = requireUser(c);
    const { db } = c.var.deps;
    // Rounds are counted in the caller's förbund; the installation administrator's: all.
    const forbund = user.isInstallationAdmin
      ? null
      : (await listMemberships(db, user.id)).map((m) => m.forbundId);
    return c.json(await listInstruments(db, forbund), 200);
  });

  app.openapi(preview, async (c) => {
    requireInstallationAdmin(c);
    return c.json(checkedInstrument(await instrumentBody(c)), 200);
  });

  app.openapi(add, async (c) => {
    const { id } = requireInstallationAdmin(c);
    const { db, clock, config } = c.var.deps;
    const added = await addInstrument(db, await instrumentBody(c), {
      userId: id,
      day: dayIn(clock(), config.timeZone),
    });
    const body = {
      status: added.status,
      version: added.instrument.version,
      name: added.instrument.name,
    };
    return added.status === 'added' ? c.json(body, 201) : c.json(body, 200);
  });

  return typedRoutes(app, [list, preview, add]);
}
