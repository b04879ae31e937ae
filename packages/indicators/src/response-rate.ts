/**
 * @module
 * Svarsfrekvens: received questionnaires ÷ people asked, per respondent group (003 Tabell 1).
 */

/** @returns percent, or null when nobody is known to have been asked. */
export function responseRate(received: number, asked: number | null): number | null {
  if (asked === null || asked <= 0) return null;
  return (100 * received) / asked;
}
