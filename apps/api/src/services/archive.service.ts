/**
 * @module
 * Archiving and gallring of a round, the rules: only a closed round whose answers are
 * kept is archived or culled; culling only from the day the förbund set and after the
 * round's name is typed to confirm, re-read in the transaction so that two admins at once
 * cull once. Every step audited with the change it records.
 */
import {
  cullRoundAnswers,
  type Database,
  getRound,
  type Round,
  recordAudit,
  setCullAfter,
} from '@indikera/db';
import { isRealDate } from '@indikera/formats';
import type { Kysely } from 'kysely';
import { audited } from './audited';
import { ConflictError, InvalidFieldsError } from './domain-errors';
import { type ArchivePackage, archivePackage } from './round-archive';
import { requireKept } from './rounds.service';

function requireClosed(round: Round): void {
  requireKept(round);
  if (round.status !== 'closed') {
    throw new ConflictError('Stäng mätningen först: bara en stängd mätning arkiveras och gallras.');
  }
}

/** The archive package of a closed round, its download in the audit log. */
export async function exportArchive(
  db: Kysely<Database>,
  round: Round,
  options: {
    readonly today: string;
    readonly threshold: number;
    readonly pooledMinForbund: number;
    readonly by: number;
  },
): Promise<ArchivePackage> {
  requireClosed(round);
  const pkg = await archivePackage(db, round, options);
  await recordAudit(db, {
    userId: options.by,
    forbundId: round.forbundId,
    action: 'round.archive',
    subject: `round:${round.id}`,
    detail: { responses: pkg.manifest.responses },
  });
  return pkg;
}

/** Sets or clears the day from which the round's answers may be culled. */
export async function setCullDate(
  db: Kysely<Database>,
  round: Round,
  cullAfter: string | null,
  by: number,
): Promise<void> {
  requireKept(round);
  if (cullAfter !== null && !isRealDate(cullAfter)) {
    throw new InvalidFieldsError([{ field: 'cullAfter', message: 'ingen dag i kalendern' }]);
  }
  await audited(
    db,
    (trx) => setCullAfter(trx, round.id, cullAfter),
    () => ({
      userId: by,
      forbundId: round.forbundId,
      action: 'round.cull-date',
      subject: `round:${round.id}`,
      detail: { cullAfter },
    }),
  );
}

/** Culls every answer of the round; how many questionnaires were deleted. */
export async function cullAnswers(
  db: Kysely<Database>,
  round: Round,
  request: { readonly confirm: string; readonly today: string; readonly by: number },
): Promise<number> {
  requireClosed(round);
  if (round.cullAfter === null) {
    throw new ConflictError('Ange först från vilken dag svaren får gallras.');
  }
  if (request.today < round.cullAfter) {
    throw new ConflictError(`Svaren får gallras tidigast ${round.cullAfter}.`);
  }
  if (request.confirm.trim() !== round.name) {
    throw new InvalidFieldsError([
      { field: 'confirm', message: 'skriv mätningens namn exakt som det står för att bekräfta' },
    ]);
  }
  return audited(
    db,
    async (trx) => {
      const current = await getRound(trx, round.id);
      if (current) requireKept(current);
      return cullRoundAnswers(trx, round.id, request.today);
    },
    (responses) => ({
      userId: request.by,
      forbundId: round.forbundId,
      action: 'round.cull',
      subject: `round:${round.id}`,
      detail: { responses, cullAfter: round.cullAfter },
    }),
  );
}
