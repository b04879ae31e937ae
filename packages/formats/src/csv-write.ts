/**
 * @module
 * Writing CSV (RFC 4180): fields with the delimiter, a quote or a line break are quoted.
 */
import type { Delimiter } from './csv-parse';
import { formulaSafe } from './formula-guard';

function quote(cell: string, delimiter: Delimiter): string {
  const safe = formulaSafe(cell);
  return safe.includes(delimiter) || /["\r\n]/.test(safe)
    ? `"${safe.replaceAll('"', '""')}"`
    : safe;
}

/** @example toCsv([['a', 'b;c']], ';') // 'a;"b;c"\r\n' */
export function toCsv(rows: readonly (readonly string[])[], delimiter: Delimiter = ','): string {
  return (
    rows.map((row) => row.map((cell) => quote(cell, delimiter)).join(delimiter)).join('\r\n') +
    '\r\n'
  );
}

/**
 * A row of `columns` with some cells filled in by column name and the rest empty.
 * @example rowOf(['a', 'b', 'c'], { b: '2' }) // ['', '2', '']
 */
export function rowOf<C extends string>(
  columns: readonly C[],
  cells: Readonly<Partial<Record<C, string>>>,
): string[] {
  return columns.map((column) => cells[column] ?? '');
}
