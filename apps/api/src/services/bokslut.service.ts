/**
 * @module
 * The socialt bokslut of a round: its målområden and targets, each target with its result
 * from the round's published report (so disclosure control holds for every figure) and
 * its verdict against the förbund's margin. And the rules of setting targets up: questions
 * and options of the round's version, an outcome only where no questionnaire gives one,
 * last year's copied only onto a round without any; every change audited with it.
 */
import {
  copyTargets,
  createMalomrade,
  createTarget,
  type Database,
  deleteMalomrade,
  deleteTarget,
  findPreviousRound,
  getTargetMargin,
  listMalomraden,
  type NewTarget,
  type Round,
  setTargetMargin,
  setTargetOutcome,
  type Target,
} from '@indikera/db';
import { type TargetResult, targetResult } from '@indikera/indicators';
import { scaleOf } from '@indikera/instrument';
import type { Kysely } from 'kysely';
import type { FieldError } from '../problem';
import { audited } from './audited';
import { ConflictError, InvalidFieldsError } from './domain-errors';
import { roundInstrument } from './instruments.service';
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
async function targetErrors(
  db: Kysely<Database>,
  round: Round,
  target: NewTarget,
): Promise<FieldError[]> {
  if (target.kind === 'manual') return [];
  const instrument = await roundInstrument(db, round);
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
  const first = questions.find((q) => q !== undefined);
  if (first && errors.length === 0) {
    const codes = new Set(scaleOf(instrument, first).options.map((o) => String(o.code)));
    target.options.forEach((code, i) => {
      if (!codes.has(code))
        errors.push({ field: `options.${i}`, message: 'inget sådant svarsalternativ' });
    });
  }
  return errors;
}

type Change = { readonly round: Round; readonly by: number };

function audit(change: Change, action: string) {
  return () => ({
    userId: change.by,
    forbundId: change.round.forbundId,
    action,
    subject: `round:${change.round.id}`,
  });
}

export function addMalomrade(db: Kysely<Database>, change: Change, name: string): Promise<number> {
  return audited(
    db,
    (trx) => createMalomrade(trx, change.round.id, name),
    audit(change, 'bokslut.malomrade'),
  );
}

export function removeMalomrade(db: Kysely<Database>, change: Change, id: number): Promise<void> {
  return audited(db, (trx) => deleteMalomrade(trx, id), audit(change, 'bokslut.malomrade.delete'));
}

export async function addTarget(
  db: Kysely<Database>,
  change: Change,
  malomradeId: number,
  target: NewTarget,
): Promise<Target> {
  const errors = await targetErrors(db, change.round, target);
  if (errors.length > 0) throw new InvalidFieldsError(errors);
  return audited(
    db,
    (trx) => createTarget(trx, malomradeId, target),
    audit(change, 'bokslut.target'),
  );
}

export function setOutcome(
  db: Kysely<Database>,
  change: Change,
  target: Target,
  outcome: number | null,
): Promise<void> {
  if (target.kind !== 'manual') {
    throw new InvalidFieldsError([
      { field: 'outcome', message: 'ett mål på frågor får sitt resultat ur svaren' },
    ]);
  }
  return audited(
    db,
    (trx) => setTargetOutcome(trx, target.id, outcome),
    audit(change, 'bokslut.outcome'),
  );
}

export function removeTarget(db: Kysely<Database>, change: Change, id: number): Promise<void> {
  return audited(db, (trx) => deleteTarget(trx, id), audit(change, 'bokslut.target.delete'));
}

/** Copies last year's målområden and targets onto a round that has none; how many. */
export function carryOverTargets(db: Kysely<Database>, change: Change): Promise<number> {
  const { round } = change;
  return audited(
    db,
    async (trx) => {
      if ((await listMalomraden(trx, round.id)).length > 0) {
        throw new ConflictError(
          'Mätningen har redan mål. Ta bort dem först för att hämta förra årets.',
        );
      }
      const previous = await findPreviousRound(trx, round.forbundId, round.year);
      const copied = previous ? await copyTargets(trx, previous.id, round.id) : 0;
      if (copied === 0) throw new ConflictError('Förra årets mätning har inga mål att hämta.');
      return copied;
    },
    audit(change, 'bokslut.copy'),
  );
}

export function setMargin(
  db: Kysely<Database>,
  forbundId: number,
  points: number,
  by: number,
): Promise<void> {
  return audited(
    db,
    (trx) => setTargetMargin(trx, forbundId, points),
    () => ({ userId: by, forbundId, action: 'bokslut.margin', subject: `forbund:${forbundId}` }),
  );
}
