/**
 * @module
 * The socialt bokslut of a round: its målområden and targets, each target with its result
 * from the round's published report (so disclosure control holds for every figure) and
 * its verdict against the förbund's margin. And the rules a new target must meet.
 */
import {
  type Database,
  getTargetMargin,
  listMalomraden,
  type NewTarget,
  type Round,
  type Target,
} from '@indikera/db';
import { type TargetResult, targetResult } from '@indikera/indicators';
import { getInstrument } from '@indikera/instrument';
import type { Kysely } from 'kysely';
import type { FieldError } from '../problem';
import { roundReport } from './round-report';

export type BokslutTarget = Target & { readonly result: TargetResult };

export interface Bokslut {
  readonly roundId: number;
  readonly year: number;
  readonly instrumentVersion: string;
  /** Points below a target still "nära målet". */
  readonly margin: number;
  readonly threshold: number;
  /** Times the round was closed; 0: no answer is in the report yet. */
  readonly releases: number;
  readonly malomraden: readonly {
    readonly id: number;
    readonly name: string;
    readonly targets: readonly BokslutTarget[];
  }[];
}

export async function roundBokslut(
  db: Kysely<Database>,
  round: Round,
  threshold: number,
): Promise<Bokslut> {
  const margin = await getTargetMargin(db, round.forbundId);
  const areas = await listMalomraden(db, round.id);
  // The whole round's report, as published: a filtered view would withhold more.
  const report = await roundReport(db, round, {}, threshold);
  return {
    roundId: round.id,
    year: round.year,
    instrumentVersion: round.instrumentVersion,
    margin,
    threshold,
    releases: report.disclosure.releases,
    malomraden: areas.map((a) => ({
      id: a.id,
      name: a.name,
      targets: a.targets.map((t) => ({
        ...t,
        result: targetResult(report, t, margin),
      })),
    })),
  };
}

/**
 * A target on questions must name questions of the round's version, on one scale, and
 * options of that scale; every error names its field.
 */
export function targetErrors(round: Round, target: NewTarget): FieldError[] {
  if (target.kind === 'manual') return [];
  const instrument = getInstrument(round.instrumentVersion);
  const errors: FieldError[] = [];
  const questions = target.questions.map((id, i) => {
    const question = instrument.questions.find((q) => q.id === id);
    if (!question)
      errors.push({ field: `questions.${i}`, message: 'ingen sådan fråga i mätningens enkät' });
    return question;
  });
  const scales = new Set(questions.flatMap((q) => (q ? [q.scale] : [])));
  if (scales.size > 1) {
    errors.push({ field: 'questions', message: 'frågorna måste ha samma svarsalternativ' });
  }
  const [scale] = [...scales];
  if (scale && errors.length === 0) {
    const codes = new Set(instrument.scales[scale].options.map((o) => String(o.code)));
    target.options.forEach((code, i) => {
      if (!codes.has(code))
        errors.push({ field: `options.${i}`, message: 'inget sådant svarsalternativ' });
    });
  }
  return errors;
}
