/**
 * @module
 * The report as CSV for Swedish Excel, the default download: a byte-order mark (so Excel
 * reads UTF-8), `;` between fields, decimal commas, the figures as printed (whole
 * percents, the ones the verdicts are judged on) and the report's Swedish words. Scripts
 * take the machine-readable variant (`report-csv.ts`) instead.
 */
import {
  type Figure,
  type GenderCell,
  isSuppressed,
  isWithheld,
  type QuestionFigures,
  type Report,
  type ReportQuestion,
  type WithheldQuestion,
} from '@indikera/indicators';
import {
  findGroup,
  findQuestion,
  type InstrumentVersion,
  keyFigureLabel,
} from '@indikera/instrument';
import { rowOf, toCsv } from './csv-write';
import { kommentarOf, type ReportComments } from './report-comments';
import { historyIn, historyYears } from './report-history';
import {
  comparedWith,
  indicatorText,
  percentText,
  SUPPRESSED_MARK,
  shareText,
  trendText,
  typvardeWords,
  versusText,
  WITHHELD_TEXT,
} from './report-words';

const BOM = '\uFEFF';

/** A whole percent without its sign: Excel then sees a number. */
function percentCell(text: string): string {
  return text.replace(' %', '');
}

function share(figure: Figure | null | undefined): string {
  return percentCell(shareText(figure));
}

function gender(cell: GenderCell | undefined): [string, string] {
  if (cell === undefined) return ['', ''];
  if (isSuppressed(cell)) return [SUPPRESSED_MARK, SUPPRESSED_MARK];
  return [String(cell.n), share(cell)];
}

/** One decimal with a decimal comma: 44.39… → "44,4". */
function decimal(value: number | undefined): string {
  return value === undefined ? '' : value.toFixed(1).replace('.', ',');
}

const columns = [
  'Indikator',
  'Fråga',
  'Frågetext',
  'Respondentgrupp',
  'Nyckeltal',
  'Inkomna svar i gruppen',
  'n',
  'Positiva',
  'Andel %',
  'KI 95 % låg',
  'KI 95 % hög',
  'Typvärde',
  'Kvinnor n',
  'Kvinnor %',
  'Män n',
  'Män %',
  'Annat n',
  'Annat %',
  'Riksnitt %',
  'Riksnitt kvinnor %',
  'Riksnitt män %',
  'Jämfört med riket',
  'Förra året n',
  'Förra året %',
  'Förra året kvinnor %',
  'Förra året män %',
  'Jämfört med förra året',
  'Indikatorn jämfört med riket',
  'Indikatorn jämfört med förra året',
  'Kommentar till indikatorn',
] as const;

function row(
  report: Report,
  instrument: InstrumentVersion,
  q: QuestionFigures,
  comments: ReportComments | undefined,
): string[] {
  const question = findQuestion(instrument, q.id);
  const verdict = report.indicators.find((i) => i.indicator === q.indicator);
  const group = report.groups.find((g) => g.group === q.group);
  const previous = q.previous;
  return [
    indicatorText(q),
    q.id,
    question?.text ?? '',
    findGroup(instrument, q.group)?.label ?? q.group,
    keyFigureLabel(instrument, q.keyFigure),
    String(group?.responses ?? 0),
    String(q.n),
    String(q.positive),
    share(q),
    decimal(q.ci95?.[0]),
    decimal(q.ci95?.[1]),
    typvardeWords(instrument, question, q.typvarde),
    ...gender(q.byGender.kvinna),
    ...gender(q.byGender.man),
    ...gender(q.byGender.annat),
    percentCell(percentText(q.riksnitt?.all)),
    percentCell(percentText(q.riksnitt?.kvinna)),
    percentCell(percentText(q.riksnitt?.man)),
    q.vsRiksnitt ? comparedWith(versusText(q.vsRiksnitt), report.riksnittSource) : '',
    previous ? String(previous.n) : '',
    share(previous),
    gender(previous?.byGender.kvinna)[1],
    gender(previous?.byGender.man)[1],
    q.trend ? trendText(q.trend, true) : '',
    verdict?.vsRiksnitt ? comparedWith(versusText(verdict.vsRiksnitt), report.riksnittSource) : '',
    verdict?.trend ? trendText(verdict.trend, true) : '',
    kommentarOf(comments, q.indicator),
  ];
}

/** A question withheld by disclosure control: what it is, riksnittet, and no figure. */
function withheldRow(report: Report, instrument: InstrumentVersion, q: WithheldQuestion) {
  return rowOf(columns, {
    Indikator: indicatorText(q),
    Fråga: q.id,
    Frågetext: findQuestion(instrument, q.id)?.text ?? '',
    Respondentgrupp: findGroup(instrument, q.group)?.label ?? q.group,
    Nyckeltal: keyFigureLabel(instrument, q.keyFigure),
    'Inkomna svar i gruppen': String(
      report.groups.find((g) => g.group === q.group)?.responses ?? 0,
    ),
    n: WITHHELD_TEXT,
    'Riksnitt %': percentCell(percentText(q.riksnitt?.all)),
    'Riksnitt kvinnor %': percentCell(percentText(q.riksnitt?.kvinna)),
    'Riksnitt män %': percentCell(percentText(q.riksnitt?.man)),
  });
}

function anyRow(
  report: Report,
  instrument: InstrumentVersion,
  q: ReportQuestion,
  comments?: ReportComments,
): string[] {
  return isWithheld(q) ? withheldRow(report, instrument, q) : row(report, instrument, q, comments);
}

/**
 * @param comments the round's Kommentar per indicator, where the platform has them
 * @example writeFileSync('rapport.csv', writeReportCsvExcel(report, nns2021))
 */
export function writeReportCsvExcel(
  report: Report,
  instrument: InstrumentVersion,
  comments?: ReportComments,
): string {
  // Earlier years, where the report has them: each year's share as printed, or – withheld.
  const years = historyYears(report);
  const header = [...columns, ...years.map((y) => `${y} %`)].map((h) =>
    comparedWith(h, report.riksnittSource),
  );
  const rows = report.questions.map((q) => [
    ...anyRow(report, instrument, q, comments),
    ...years.map((year) => {
      const then = historyIn(q, year);
      return then === undefined ? '' : 'withheld' in then ? SUPPRESSED_MARK : share(then);
    }),
  ]);
  return BOM + toCsv([header, ...rows], ';');
}
