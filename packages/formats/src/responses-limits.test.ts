/**
 * The attacks on the import: 200,000 bad rows gave a 57 MB list of errors, one 300 MB
 * cell came back whole in the error. A responses file now has at most MAX_ROWS rows and
 * MAX_CELL_CHARS characters a cell, at most MAX_LISTED_ERRORS errors are listed beside
 * their count, and no message repeats more than ~40 characters of what the file holds.
 */
import { getInstrument } from '@indikera/instrument';
import { describe, expect, it } from 'vitest';
import { MAX_CELL_CHARS, MAX_LISTED_ERRORS, MAX_ROWS } from './response-rows';
import { readResponsesCsv } from './responses-csv';

const nns = getInstrument('2021');

function failure(text: string) {
  const r = readResponsesCsv(text, nns);
  if (r.ok) throw new Error('the file was accepted');
  return r;
}

describe('the limits of a responses file', () => {
  it('lists the first 200 errors and counts them all', () => {
    const r = failure(`grupp;DA1\n${'okand;9\n'.repeat(5000)}`);
    expect(r.errors).toHaveLength(MAX_LISTED_ERRORS);
    expect(r.errors[0]?.line).toBe(2);
    expect(r.total).toBe(10_000);
  });

  it('never repeats a long value in a message', () => {
    const long = 'x'.repeat(100_000);
    for (const text of [
      `grupp;datum\ndeltagare-avslut;${long.slice(0, 150)}\n`,
      `grupp;DA1\n${long.slice(0, 150)};5\n`,
      `grupp;DA1\ndeltagare-avslut;${long.slice(0, 150)}\n`,
      `grupp;kon\ndeltagare-avslut;${long.slice(0, 150)}\n`,
      `grupp;${long}\ndeltagare-avslut;5\n`,
      `grupp;DA1\ndeltagare-avslut;${long}\n`,
    ]) {
      for (const e of failure(text).errors) {
        expect(`${e.column ?? ''} ${e.message}`).not.toMatch(/x{41}/);
        expect(e.message.length + (e.column?.length ?? 0)).toBeLessThan(200);
      }
    }
  });

  it('refuses a cell longer than the limit, naming line and column', () => {
    const r = failure(`grupp;insats\ndeltagare-avslut;${'y'.repeat(MAX_CELL_CHARS + 1)}\n`);
    expect(r.errors).toEqual([
      { line: 2, column: 'insats', message: `cellen har fler än ${MAX_CELL_CHARS} tecken` },
    ]);
  });

  it('refuses a file with more rows than the limit, and stops reading it', {
    timeout: 60_000,
  }, () => {
    const r = failure(`grupp;DA1\n${'deltagare-avslut;5\n'.repeat(MAX_ROWS + 1)}`);
    expect(r.errors).toEqual([
      {
        line: MAX_ROWS + 2,
        message: `filen har fler än ${MAX_ROWS.toLocaleString('sv-SE')} rader; dela upp den i flera filer`,
      },
    ]);
    expect(readResponsesCsv(`grupp;DA1\n${'deltagare-avslut;5\n'.repeat(MAX_ROWS)}`, nns).ok).toBe(
      true,
    );
  });
});
