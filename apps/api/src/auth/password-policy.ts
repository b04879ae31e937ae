/**
 * @module
 * Which new passwords are accepted: at least ten characters, and not among the common or
 * trivial ones (a repeated character, a keyboard row, a dictionary word with digits, the
 * person's own e-mail or name). zxcvbn-ts judges it with its list of common passwords;
 * score 3 means more than 10^8 guesses, the level it recommends against online attacks.
 */

import { z } from '@hono/zod-openapi';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { badRequest } from '../problem';

export const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = 1000;
const MIN_SCORE = 3;
/** Checked only this far: the estimate grows with the square of the length. */
const JUDGED_LENGTH = 100;

const zxcvbn = new ZxcvbnFactory({ graphs: adjacencyGraphs, dictionary });

/** Words an attacker would try first against this installation. */
const siteWords = ['indikera', 'samordningsförbund', 'samordningsforbund', 'förbund', 'nns'];

/** Why a new password is refused, in Swedish, or null when it is fine. */
export function passwordProblem(password: string, personal: readonly string[] = []): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `minst ${MIN_PASSWORD_LENGTH} tecken`;
  const inputs = [...siteWords, ...personal.flatMap((p) => [p, ...p.split(/[@.\s]+/)])].filter(
    (w) => w.length >= 3,
  );
  const { score } = zxcvbn.check(password.slice(0, JUDGED_LENGTH), inputs);
  return score < MIN_SCORE
    ? 'för vanligt eller lätt att gissa: välj en längre fras, t.ex. tre eller fyra ord'
    : null;
}

/** A new password field; the person's e-mail and name are checked by `passwordProblem`. */
export const NewPassword = z
  .string()
  .max(MAX_PASSWORD_LENGTH)
  .superRefine((password, ctx) => {
    const problem = passwordProblem(password);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** Throws a 400 naming `field` when the password is common, trivial or the person's own. */
export function requireGoodPassword(
  password: string,
  personal: readonly string[],
  field = 'password',
): void {
  const problem = passwordProblem(password, personal);
  if (problem) throw badRequest([{ field, message: problem }]);
}
