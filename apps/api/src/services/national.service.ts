/**
 * @module
 * The national view (riksnivå): the installation's pooled figures, from the closed rounds
 * of the förbund that let their answers count, every cell through disclosure control
 * (`poolReports`: a förbund's cell counts only where its own report publishes it, a
 * pooled cell needs POOLED_MIN_FORBUND förbund, 3 by default, and k answers). Granting the analyst role and a
 * förbund's opting in are audited here.
 */
import {
  answeredThroughAskedLinks,
  type Database,
  getForbund,
  getRiksnitt,
  getUser,
  listPooledEditions,
  listPooledRounds,
  listUsers,
  type PooledEdition,
  respondentsAsked,
  setForbundPooled,
  setNationalAnalyst,
  tallyRound,
  type User,
} from '@indikera/db';
import type { ResponseRateRow, RiksnittRow } from '@indikera/formats';
import {
  isPooledWithheld,
  type PoolContribution,
  type PooledCell,
  type PooledReport,
  poolReports,
  printedPercent,
  type RiksnittFigures,
} from '@indikera/indicators';
import type { Kysely } from 'kysely';
import { audited } from './audited';
import { NotFoundError } from './domain-errors';
import { instrumentOf } from './instruments.service';

/** Whether a version is one the installation's registry knows. */
export async function isKnownVersion(db: Kysely<Database>, version: string): Promise<boolean> {
  try {
    await instrumentOf(db, version);
    return true;
  } catch (error) {
    if (error instanceof NotFoundError) return false;
    throw error;
  }
}

/** Throws NotFoundError with `missing` when a change found nothing to change. */
async function found(changed: Promise<boolean>, missing: string): Promise<void> {
  if (!(await changed)) throw new NotFoundError(missing);
}

/** Every account of the installation with its installation-level roles. */
export async function listAccounts(db: Kysely<Database>): Promise<User[]> {
  return listUsers(db);
}

/** Grants or revokes the national analyst role, audited; the account as it now is. */
export async function setAnalyst(
  db: Kysely<Database>,
  change: { readonly userId: number; readonly granted: boolean; readonly by: number },
): Promise<User> {
  return audited(
    db,
    async (trx) => {
      await found(setNationalAnalyst(trx, change.userId, change.granted), 'Användaren finns inte.');
      const user = await getUser(trx, change.userId);
      if (!user) throw new NotFoundError('Användaren finns inte.');
      return user;
    },
    () => ({
      userId: change.by,
      forbundId: null,
      action: change.granted ? 'user.riksniva.grant' : 'user.riksniva.revoke',
      subject: `user:${change.userId}`,
    }),
  );
}

/** Whether the förbund's answers count in the pooled figures. */
export async function poolingOf(db: Kysely<Database>, forbundId: number): Promise<boolean> {
  const forbund = await getForbund(db, forbundId);
  if (!forbund) throw new NotFoundError('Förbundet finns inte.');
  return forbund.pooled;
}

/** The förbund admin's decision on pooling, audited. */
export async function setPooling(
  db: Kysely<Database>,
  change: { readonly forbundId: number; readonly pooled: boolean; readonly by: number },
): Promise<boolean> {
  return audited(
    db,
    async (trx) => {
      await found(setForbundPooled(trx, change.forbundId, change.pooled), 'Förbundet finns inte.');
      return change.pooled;
    },
    () => ({
      userId: change.by,
      forbundId: change.forbundId,
      action: change.pooled ? 'forbund.pooled.on' : 'forbund.pooled.off',
      subject: `forbund:${change.forbundId}`,
    }),
  );
}

/** The years and versions there are pooled figures for. */
export function pooledEditions(db: Kysely<Database>): Promise<PooledEdition[]> {
  return listPooledEditions(db);
}

/** The pooled report of one year and version. */
export async function pooledReport(
  db: Kysely<Database>,
  year: number,
  version: string,
  minimum: { readonly suppressionThreshold: number; readonly minForbund: number },
): Promise<PooledReport> {
  const contributions: PoolContribution[] = [];
  for (const round of await listPooledRounds(db, year, version)) {
    const asked = new Map<string, number>();
    for (const [group, n] of await respondentsAsked(db, round.id, {})) {
      if (n !== null) asked.set(group, n);
    }
    contributions.push({
      forbund: String(round.forbundId),
      tally: await tallyRound(db, round.id, {}),
      asked,
      answeredOfAsked: await answeredThroughAskedLinks(db, round.id, {}),
    });
  }
  return poolReports({
    instrument: await instrumentOf(db, version),
    year,
    contributions,
    ...minimum,
  });
}

const shareOf = (cell: PooledCell): number | null => (isPooledWithheld(cell) ? null : cell.share);

/** The pooled figures per question in the form of the riksnitt, withheld cells empty. */
export function pooledRiksnitt(report: PooledReport): Map<string, RiksnittFigures> {
  const figures = new Map<string, RiksnittFigures>();
  for (const q of report.questions) {
    const all = shareOf(q.all);
    if (all === null) continue;
    figures.set(q.id, { all, kvinna: shareOf(q.byGender.kvinna), man: shareOf(q.byGender.man) });
  }
  return figures;
}

/** What a förbund's report compares with, and whether it is the installation's pooled figures. */
export interface Comparison {
  readonly riksnitt: ReadonlyMap<string, RiksnittFigures>;
  readonly source?: 'installation';
}

/**
 * The official riksnitt of the round's year where one is loaded for its version; else the
 * installation's pooled figures of that year and version (which may be none).
 */
export async function comparisonFor(
  db: Kysely<Database>,
  round: { readonly year: number; readonly instrumentVersion: string },
  minimum: { readonly suppressionThreshold: number; readonly minForbund: number },
): Promise<Comparison> {
  const official = await getRiksnitt(db, round.year);
  const instrument = await instrumentOf(db, round.instrumentVersion);
  if (instrument.questions.some((q) => official.has(q.id))) return { riksnitt: official };
  // Whole percents, as a report prints them: a share with all its decimals would give a
  // förbund's reader the pooled n and positives (by continued fractions), and their
  // changes over time.
  const pooled = new Map(
    [...pooledRiksnitt(await pooledReport(db, round.year, round.instrumentVersion, minimum))].map(
      ([question, f]) => [
        question,
        {
          all: printedPercent(f.all),
          kvinna: printedPercent(f.kvinna),
          man: printedPercent(f.man),
        },
      ],
    ),
  );
  return pooled.size > 0 ? { riksnitt: pooled, source: 'installation' } : { riksnitt: official };
}

/** The rows of the riksnitt CSV (docs/riksnitt-csv.md) of a pooled report. */
export function pooledRiksnittRows(report: PooledReport): RiksnittRow[] {
  return [...pooledRiksnitt(report)].map(([question, f]) => ({
    year: report.year,
    question,
    ...f,
  }));
}

/** The rows of the response-rate CSV of a pooled report, where a rate is published. */
export function pooledResponseRateRows(report: PooledReport): ResponseRateRow[] {
  return report.groups.flatMap((g) =>
    'withheld' in g || g.responseRate?.responseRate == null
      ? []
      : [{ year: report.year, group: g.group, responseRate: g.responseRate.responseRate }],
  );
}
