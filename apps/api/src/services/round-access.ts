/**
 * @module
 * Loads a round for a request, checking the caller's role in the round's förbund: a round
 * of another förbund is a 404, exactly like one that does not exist.
 */
import { getRound, type Role, type Round } from '@indikera/db';
import type { Context } from 'hono';
import { requireRole, requireUser } from '../access';
import type { AppEnv } from '../context';
import { ProblemError } from '../problem';

const NOT_FOUND = 'Mätningen finns inte.';

export async function roundFor(c: Context<AppEnv>, id: number, least: Role): Promise<Round> {
  requireUser(c);
  const round = await getRound(c.var.deps.db, id);
  if (!round) throw new ProblemError(404, NOT_FOUND);
  await requireRole(c, round.forbundId, least, { notFound: NOT_FOUND });
  return round;
}

/** Answers can be added only while the round is open. */
export function requireOpen(round: Round): void {
  if (round.status !== 'open') {
    throw new ProblemError(409, 'Mätningen är stängd. Öppna den igen för att lägga till svar.');
  }
}
