/**
 * @module
 * The report as the API answers it: `buildReport`'s output, after disclosure control,
 * with the withheld and suppressed shapes a reader meets where too few people answered.
 * Described once for /api/openapi.json and for the clients' types; the compile-time
 * checks at the end fail when the engine's types and this description drift apart.
 */
import { z } from '@hono/zod-openapi';
import type { RoundReport } from './services/round-report';

const Gender = z.enum(['kvinna', 'man', 'annat']);
const KeyFigure = z.string().openapi({
  description: 'Nyckeltalet, ett id ur mätningens enkätversion (2021: top2, top3, yes)',
});
const Versus = z.enum(['higher', 'same', 'lower']);
const Trend = z.enum(['up', 'flat', 'down']);

const Figure = z.object({
  n: z.number().int(),
  positive: z.number().int(),
  share: z.number().nullable().openapi({ description: 'Andel i procent, oavrundad' }),
});

const Suppressed = z
  .object({ suppressed: z.literal(true) })
  .openapi('Suppressed', { description: 'Cellen vilar på för få personer och visas inte' });

const GenderCell = z.union([Figure, Suppressed]);
const ByGender = z.object({ kvinna: GenderCell, man: GenderCell, annat: GenderCell });

const RiksnittFigures = z
  .object({ all: z.number().nullable(), kvinna: z.number().nullable(), man: z.number().nullable() })
  .openapi('RiksnittFigures');

const GroupSummary = z
  .object({
    group: z.string(),
    responses: z.number().int(),
    byGender: z.record(Gender, z.number().int()),
    asked: z.number().int().optional().openapi({ description: 'Tillfrågade, där det är känt' }),
    answeredOfAsked: z.number().int().optional(),
    responseRate: z.number().nullable().optional().openapi({ description: 'Svarsfrekvens i %' }),
    nationalResponseRate: z.number().optional(),
    withheld: z.literal(true).optional().openapi({
      description: 'Gruppens frågor hålls inne: vyn skulle avslöja färre än tröskeln',
    }),
    waiting: z
      .number()
      .int()
      .optional()
      .openapi({ description: 'Inkomna svar som kommer med när mätningen stängs' }),
  })
  .openapi('GroupSummary');

/** What names a question in the report, with figures or without. */
const QuestionKey = z.object({
  id: z.string(),
  group: z.string(),
  indicator: z.number().int().optional().openapi({ description: 'Saknas på en lokal fråga' }),
  local: z
    .literal(true)
    .optional()
    .openapi({ description: 'Förbundets egen fråga: ingen indikator, inget riksnitt' }),
  keyFigure: KeyFigure,
});

const QuestionFigures = QuestionKey.extend({
  n: z.number().int(),
  distribution: z.record(z.string(), z.number().int()),
  positive: z.number().int(),
  share: z.number().nullable(),
  ci95: z.tuple([z.number(), z.number()]).nullable(),
  typvarde: z.array(z.string()),
  byGender: ByGender,
  riksnitt: RiksnittFigures.nullable(),
  vsRiksnitt: Versus.nullable(),
  previous: Figure.extend({ byGender: ByGender }).nullable(),
  trend: Trend.nullable(),
  history: z
    .array(
      z.union([
        Figure.extend({ year: z.number().int(), question: z.string() }),
        z.object({ year: z.number().int(), question: z.string(), withheld: z.literal(true) }),
      ]),
    )
    .optional()
    .openapi({
      description: 'Med years=: frågans andel tidigare år (äldst först), efter id eller sameAs',
    }),
}).openapi('QuestionFigures');

const WithheldQuestion = QuestionKey.extend({
  withheld: z.literal(true),
  riksnitt: RiksnittFigures.nullable(),
}).openapi('WithheldQuestion', {
  description: 'En fråga utan siffror: de kunde läggas ihop till färre än tröskeln personer',
});

const GenderVerdict = z.object({
  vsRiksnitt: z.union([Versus, z.literal('mixed')]).nullable(),
  trend: z.union([Trend, z.literal('mixed')]).nullable(),
});

const IndicatorVerdict = GenderVerdict.extend({
  indicator: z.number().int(),
  byGender: z.object({ kvinna: GenderVerdict, man: GenderVerdict }),
}).openapi('IndicatorVerdict');

export const ReportSchema = z
  .object({
    riksnittSource: z.literal('installation').optional().openapi({
      description:
        'Bara där inget riksnitt är inläst för året och versionen: riksnitt är då installationens samlade siffror (riksnivå), inte det officiella riksnittet',
    }),
    instrumentVersion: z.string(),
    year: z.number().int().nullable(),
    groups: z.array(GroupSummary),
    questions: z.array(z.union([QuestionFigures, WithheldQuestion])),
    indicators: z.array(IndicatorVerdict),
    disclosure: z.object({
      threshold: z
        .number()
        .int()
        .openapi({ description: 'Minsta antal personer en publicerad siffra får vila på' }),
      releases: z
        .number()
        .int()
        .openapi({ description: 'Hur många gånger mätningen stängts; svaren kommer med då' }),
    }),
  })
  .openapi('Report', {
    description:
      'Indikatorrapporten efter röjandekontroll: andelar, intervall, typvärde, könsceller, riksnitt, förra året och indikatorernas utfall',
  });

export type ReportBody = z.infer<typeof ReportSchema>;

// Both ways assignable: the engine's type and the schema describe the same JSON.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Json<T> = T extends readonly (infer I)[]
  ? Json<I>[]
  : T extends object
    ? { -readonly [K in keyof T]: Json<T[K]> }
    : T;
const engineMatchesSchema: Same<Json<RoundReport>, Json<ReportBody>> = true;
void engineMatchesSchema;
