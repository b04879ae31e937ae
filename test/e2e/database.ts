/**
 * @module
 * Reading what the server stored, from its SQLite file, read-only.
 */
import BetterSqlite3 from 'better-sqlite3';

export function countResponses(databaseFile: string, where = '1 = 1'): number {
  const db = new BetterSqlite3(databaseFile, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM responses WHERE ${where}`).get() as { n: number })
      .n;
  } finally {
    db.close();
  }
}

/**
 * The answers of a round that wait for its next release (not yet in any report), counted
 * per question and value: a snapshot before and after one questionnaire shows what it held.
 */
export function waitingAnswers(
  databaseFile: string,
  roundId: number,
): Record<string, Record<string, number>> {
  const db = new BetterSqlite3(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare(
        `SELECT a.question_id AS question, a.value, count(*) AS n FROM answers a
         JOIN responses r ON r.id = a.response_id
         WHERE r.round_id = ? AND r.release IS NULL GROUP BY 1, 2`,
      )
      .all(roundId) as { question: string; value: string; n: number }[];
    const counts: Record<string, Record<string, number>> = {};
    for (const { question, value, n } of rows)
      counts[question] = { ...counts[question], [value]: n };
    return counts;
  } finally {
    db.close();
  }
}
