/**
 * @module
 * The instrument file format: one JSON file per questionnaire version. This zod schema is
 * the single definition of the format; `schema/instrument.schema.json` is generated from
 * it (`pnpm instrument:schema`) for editors and for anyone writing a file by hand. What a
 * JSON Schema cannot say (ids that must exist, unique ids) is checked in
 * `instrument-checks.ts`.
 */
import { z } from 'zod';

/** Limits that keep one file small enough to read, check and show in full. */
export const INSTRUMENT_LIMITS = {
  groups: 20,
  scales: 20,
  keyFigures: 20,
  optionsMin: 2,
  optionsMax: 11,
  indicators: 100,
  questions: 500,
  languages: 10,
  textChars: 1000,
  labelChars: 200,
} as const;

const id = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/, 'id: bokstäver, siffror, - och _, högst 40 tecken');
const label = z.string().trim().min(1).max(INSTRUMENT_LIMITS.labelChars);
const text = z.string().trim().min(1).max(INSTRUMENT_LIMITS.textChars);
const positiveInt = z.number().int().min(1).max(999);

/** The largest number code of an option. */
export const MAX_NUMBER_CODE = 99;
/** A word code of an option: lower case, e.g. `ja` or `vet-ej`. */
export const WORD_CODE = /^[a-zåäö][a-zåäö0-9-]{0,19}$/;

export const optionCodeSchema = z
  .union([
    z.number().int().min(0).max(MAX_NUMBER_CODE),
    z.string().regex(WORD_CODE, 'kod: gemener, siffror och -'),
  ])
  .describe('An option code as answers store it: a whole number 0–99 or a lower-case word.');

const groupSchema = z
  .object({
    id: id.describe('Stable id, e.g. deltagare-pagaende.'),
    prefix: z
      .string()
      .regex(/^[A-Z]{1,4}$/, 'prefix: 1–4 versaler')
      .describe('Question id prefix, e.g. DP.'),
    label,
    kind: z.enum(['deltagare', 'personal', 'chefer', 'styrelse', 'remittenter']),
  })
  .strict();

const scaleSchema = z
  .object({
    id,
    label,
    kind: z
      .enum(['ordered', 'yesno'])
      .describe('ordered: options lowest first. yesno: two options, the positive one first.'),
    options: z
      .array(z.object({ code: optionCodeSchema, label }).strict())
      .min(INSTRUMENT_LIMITS.optionsMin)
      .max(INSTRUMENT_LIMITS.optionsMax),
  })
  .strict();

const keyFigureSchema = z
  .object({
    id,
    label: label.describe('Swedish name as printed in the reports, e.g. Klart positiva svar.'),
    positive: z
      .record(id, z.array(optionCodeSchema).min(1).max(INSTRUMENT_LIMITS.optionsMax))
      .describe('Per scale id: the option codes that count as positive.'),
  })
  .strict();

const indicatorSchema = z.object({ number: positiveInt, text, note: text.optional() }).strict();

const questionSchema = z
  .object({
    id: id.describe('Stable id, usually the group prefix and the number, e.g. DA9.'),
    group: id,
    number: positiveInt.describe('The questionnaire’s "Fråga N" within the group.'),
    indicator: positiveInt,
    text: text.describe('The exact Swedish wording.'),
    scale: id,
    keyFigure: id,
    askedIf: z
      .object({ question: id, equals: optionCodeSchema })
      .strict()
      .optional()
      .describe('Asked only when an earlier question of the group has this answer.'),
    sameAs: id
      .optional()
      .describe('The id of the question in an earlier version that this one continues.'),
  })
  .strict();

const genderSchema = z
  .object({
    text: label,
    options: z
      .array(z.object({ code: z.enum(['kvinna', 'man', 'annat']), label }).strict())
      .length(3),
  })
  .strict();

const translationSchema = z
  .object({
    questions: z.record(id, text).describe('Question id → text.'),
    options: z
      .record(id, z.record(z.string().max(20), label))
      .describe('Scale id → option code (as text) → label.'),
    groups: z.record(id, label).describe('Group id → name.'),
    gender: z
      .object({ text: label, options: z.record(z.enum(['kvinna', 'man', 'annat']), label) })
      .strict(),
  })
  .strict();

export const instrumentFileSchema = z
  .object({
    $schema: z.string().max(300).optional(),
    version: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/, 'version: bokstäver, siffror, . - _')
      .describe('The version id, e.g. 2021.'),
    name: label,
    groups: z.array(groupSchema).min(1).max(INSTRUMENT_LIMITS.groups),
    scales: z.array(scaleSchema).min(1).max(INSTRUMENT_LIMITS.scales),
    keyFigures: z.array(keyFigureSchema).min(1).max(INSTRUMENT_LIMITS.keyFigures),
    gender: genderSchema.describe('The background question kön.'),
    indicators: z.array(indicatorSchema).min(1).max(INSTRUMENT_LIMITS.indicators),
    questions: z
      .array(questionSchema)
      .min(1)
      .max(INSTRUMENT_LIMITS.questions)
      .describe('Every question, in questionnaire order (group by group).'),
    translations: z
      .record(z.string().regex(/^[a-z]{2}$/, 'språkkod: två gemener'), translationSchema)
      .optional()
      .describe('Help translations by language code, e.g. en.'),
  })
  .strict()
  .meta({
    title: 'Indikera instrument version',
    description: 'One version of the NNS indicator questionnaires, read by Indikera.',
  });

export type InstrumentFile = z.infer<typeof instrumentFileSchema>;
