/**
 * @module
 * The report as CSV for scripts (`csv-raw`): one row per question with its key figure, interval, typvärde, gender
 * cells, riksnitt, last year and the indicator's verdict. Suppressed gender cells are
 * written as `–`, exactly as on screen; nothing of them leaves the engine.
 */
import {
  type GenderCell,
  isSuppressed,
  isWithheld,
  type QuestionFigures,
  type Report,
  type ReportQuestion,
  type WithheldQuestion,
} from '@indikera/indicators';
import type { Delimiter } from './csv-parse';
import { rowOf, toCsv } from './csv-write';
import { historyIn, historyYears } from './report-history';
import { comparedWith, SUPPRESSED_MARK, WITHHELD_TEXT } from './report-words';

export const reportCsvColumns = [
  'grupp',
  'fraga',
  'indikator',
  'nyckeltal',
  'svar_i_gruppen',
  'n',
  'positiva',
  'andel',
  'ki95_lag',
  'ki95_hog',
  'typvarde',
  'kvinnor_n',
  'kvinnor_andel',
  'man_n',
  'man_andel',
  'annat_n',
  'annat_andel',
  'riksnitt',
  'riksnitt_kvinnor',
  'riksnitt_man',
  'jamfort_med_riksnitt',
  'foregaende_n',
  'foregaende_andel',
  'trend',
  'indikator_jamfort_med_riksnitt',
  'indikator_trend',
  'fordelning',
] as const;

export interface CsvOptions {
  /** `;` writes decimal commas too, for Swedish Excel. */
  readonly delimiter?: Delimiter;
}

function numberCell(value: number | null | undefined, delimiter: Delimiter): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return delimiter === ';' ? text.replace('.', ',') : text;
}

function genderCells(cell: GenderCell, delimiter: Delimiter): [string, string] {
  if (isSuppressed(cell)) return [SUPPRESSED_MARK, SUPPRESSED_MARK];
  return [String(cell.n), numberCell(cell.share, delimiter)];
}

function questionRow(report: Report, q: QuestionFigures, delimiter: Delimiter): string[] {
  const num = (v: number | null | undefined) => numberCell(v, delimiter);
  const verdict = report.indicators.find((i) => i.indicator === q.indicator);
  const group = report.groups.find((g) => g.group === q.group);
  return [
    q.group,
    q.id,
    q.indicator === undefined ? '' : String(q.indicator),
    q.keyFigure,
    String(group?.responses ?? 0),
    String(q.n),
    String(q.positive),
    num(q.share),
    num(q.ci95?.[0]),
    num(q.ci95?.[1]),
    q.typvarde.join(' '),
    ...genderCells(q.byGender.kvinna, delimiter),
    ...genderCells(q.byGender.man, delimiter),
    ...genderCells(q.byGender.annat, delimiter),
    num(q.riksnitt?.all),
    num(q.riksnitt?.kvinna),
    num(q.riksnitt?.man),
    q.vsRiksnitt ?? '',
    q.previous ? String(q.previous.n) : '',
    num(q.previous?.share),
    q.trend ?? '',
    verdict?.vsRiksnitt ?? '',
    verdict?.trend ?? '',
    Object.entries(q.distribution)
      .map(([code, count]) => `${code}:${count}`)
      .join(' '),
  ];
}

/** A withheld question: what it is, riksnittet, and no figure at all. */
function withheldRow(report: Report, q: WithheldQuestion, delimiter: Delimiter): string[] {
  const num = (v: number | null | undefined) => numberCell(v, delimiter);
  return rowOf(reportCsvColumns, {
    grupp: q.group,
    fraga: q.id,
    indikator: q.indicator === undefined ? '' : String(q.indicator),
    nyckeltal: q.keyFigure,
    svar_i_gruppen: String(report.groups.find((g) => g.group === q.group)?.responses ?? 0),
    n: WITHHELD_TEXT,
    riksnitt: num(q.riksnitt?.all),
    riksnitt_kvinnor: num(q.riksnitt?.kvinna),
    riksnitt_man: num(q.riksnitt?.man),
  });
}

function reportRow(report: Report, q: ReportQuestion, delimiter: Delimiter): string[] {
  return isWithheld(q) ? withheldRow(report, q, delimiter) : questionRow(report, q, delimiter);
}

/** Per earlier year `n_<year>`, `andel_<year>` and `fraga_<year>` (its id that year). */
function historyCells(q: ReportQuestion, years: readonly number[], delimiter: Delimiter) {
  return years.flatMap((year) => {
    const then = historyIn(q, year);
    if (!then) return ['', '', ''];
    if ('withheld' in then) return [WITHHELD_TEXT, '', then.question];
    return [String(then.n), numberCell(then.share, delimiter), then.question];
  });
}

/**
 * Earlier years, where the report has them, add three columns each after the others.
 * @example writeReportCsv(report, { delimiter: ';' })
 */
export function writeReportCsv(report: Report, options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const years = historyYears(report);
  const header = [
    ...reportCsvColumns,
    ...years.flatMap((y) => [`n_${y}`, `andel_${y}`, `fraga_${y}`]),
  ].map((h) => comparedWith(h, report.riksnittSource));
  const rows = report.questions.map((q) => [
    ...reportRow(report, q, delimiter),
    ...historyCells(q, years, delimiter),
  ]);
  return toCsv([header, ...rows], delimiter);
}
