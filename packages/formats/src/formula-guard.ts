/**
 * @module
 * CSV and formula injection: a cell that a spreadsheet would run as a formula (one that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`, so that
 * it shows as the text it is. Every CSV and XLSX writer calls it on each text cell; a
 * plain number (`-5`, `+3`, `-2,5`) is left as it is.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

/** @example formulaSafe('=1+1') // "'=1+1" */
export function formulaSafe(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}
