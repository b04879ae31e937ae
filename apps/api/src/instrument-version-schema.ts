/**
 * @module
 * An instrument version as the API delivers it (a round's instrument, the survey's, a
 * preview): the parsed version the rest of the product works with, described in full for
 * validation of the answer and for /api/openapi.json.
 */
import { z } from '@hono/zod-openapi';
import type { InstrumentVersion } from '@indikera/instrument';

const Code = z.union([z.number(), z.string()]);
/** The version's lists are read-only, as the version type has them. */
const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();
const Labels = z.record(z.string(), z.string());

const ScaleSchema = z.object({
  id: z.string(),
  label: z.string(),
  kind: z.enum(['ordered', 'yesno']),
  options: list(z.object({ code: Code, label: z.string() })),
});

const QuestionSchema = z.object({
  id: z.string(),
  group: z.string(),
  number: z.number(),
  indicator: z.number().optional().openapi({ description: 'saknas på en lokal fråga' }),
  text: z.string(),
  scale: z.string(),
  keyFigure: z.string(),
  askedIf: z.object({ question: z.string(), equals: Code }).optional(),
  sameAs: z.string().optional(),
  local: z
    .literal(true)
    .optional()
    .openapi({ description: 'förbundets egen fråga i mätningen (Lokala frågor)' }),
});

const TranslationSchema = z.object({
  language: z.string(),
  questions: Labels,
  options: z.record(z.string(), Labels),
  groups: Labels,
  gender: z.object({ text: z.string(), options: Labels }),
});

export const InstrumentVersionSchema = z
  .object({
    version: z.string(),
    name: z.string(),
    scales: z.record(z.string(), ScaleSchema),
    keyFigures: z.record(
      z.string(),
      z.object({
        id: z.string(),
        label: z.string(),
        positive: z.record(z.string(), list(Code)),
      }),
    ),
    groups: list(
      z.object({
        id: z.string(),
        prefix: z.string(),
        label: z.string(),
        kind: z.enum(['deltagare', 'personal', 'chefer', 'styrelse', 'remittenter']),
      }),
    ),
    gender: z.object({
      id: z.literal('kon'),
      text: z.string(),
      options: list(z.object({ code: z.enum(['kvinna', 'man', 'annat']), label: z.string() })),
    }),
    indicators: list(
      z.object({ number: z.number(), text: z.string(), note: z.string().optional() }),
    ),
    questions: list(QuestionSchema).openapi({ description: 'i enkätens ordning' }),
    translations: z.record(z.string(), TranslationSchema),
  })
  .openapi('InstrumentVersion', {
    description: 'En instrumentversion: grupper, skalor, nyckeltal, frågor och översättningar',
  });

// What the schema describes is an instrument version (for the typed client): a field the
// version type gains and the schema lacks fails to compile here.
export type DeliveredInstrument = z.infer<typeof InstrumentVersionSchema>;
const _delivered = (d: DeliveredInstrument): InstrumentVersion => d;
void _delivered;
