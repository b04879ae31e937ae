/**
 * @module
 * Writing responses in the responses CSV format, so an export reads back as an import.
 */
import type { AnswerValue, Gender, InstrumentVersion } from '@indikera/instrument';
import type { Delimiter } from './csv-parse';
import { toCsv } from './csv-write';

export interface ResponseRow {
  readonly group: string;
  readonly kon: Gender | null;
  readonly insats: string | null;
  readonly datum: string | null;
  readonly answers: ReadonlyMap<string, AnswerValue>;
}

/**
 * One row per questionnaire; a column per question of the groups present, in
 * questionnaire order.
 * @example writeResponsesCsv(rows, nns2021, { delimiter: ';' })
 */
export function writeResponsesCsv(
  rows: Iterable<ResponseRow>,
  instrument: InstrumentVersion,
  options: { readonly delimiter?: Delimiter } = {},
): string {
  const list = [...rows];
  const groups = new Set(list.map((r) => r.group));
  const questions = instrument.questions.filter((q) => groups.has(q.group)).map((q) => q.id);
  const header = ['grupp', 'kon', 'insats', 'datum', ...questions];
  const body = list.map((r) => [
    r.group,
    r.kon ?? '',
    r.insats ?? '',
    r.datum ?? '',
    ...questions.map((id) => {
      const v = r.answers.get(id);
      return v === undefined ? '' : String(v);
    }),
  ]);
  return toCsv([header, ...body], options.delimiter ?? ',');
}
