/**
 * @module
 * The report as an Excel workbook in Swedish: "Svar" (questionnaires per group), "Frågor"
 * (one row per question: key figure, interval, typvärde, gender cells, riksnitt, last
 * year) and "Indikatorer" (the verdicts). Figures stay numbers so Excel can compute with
 * them; a suppressed gender cell is `–` in both its n and its share, exactly as on screen.
 */
import {
  type GenderCell,
  type GroupSummary,
  type IndicatorVerdict,
  isSuppressed,
  isWithheld,
  type QuestionFigures,
  type Report,
  type ReportQuestion,
} from '@indikera/indicators';
import {
  findGroup,
  findQuestion,
  type InstrumentVersion,
  keyFigureLabel,
} from '@indikera/instrument';
import type { Cell, Row } from 'write-excel-file/node';
import { formulaSafe } from './formula-guard';
import { kommentarOf, type ReportComments } from './report-comments';
import { historyIn, historyYears } from './report-history';
import {
  comparedWith,
  LOCAL_QUESTION_MARK,
  type RiksnittSource,
  SUPPRESSED_MARK,
  type TrendVerdict,
  trendText,
  typvardeWords,
  type VersusVerdict,
  versusText,
  WITHHELD_TEXT,
} from './report-words';

interface Column<T> {
  readonly title: string;
  /** In characters. */
  readonly width: number;
  readonly cell: (item: T) => Cell;
}

// Shares are unrounded percentages (docs/report-json.md): shown with one decimal, kept whole.
const SHARE_FORMAT = '0.0';

// No comparison is an empty cell in the workbook, where a blank is easy to filter on.
function versus(v: VersusVerdict | null, source: RiksnittSource): Cell {
  return v === null ? null : comparedWith(versusText(v), source);
}

/** Columns whose titles say what the report compares with. */
function comparing<T>(columns: readonly Column<T>[], source: RiksnittSource): Column<T>[] {
  return columns.map((c) => ({ ...c, title: comparedWith(c.title, source) }));
}

function trend(t: TrendVerdict | null): Cell {
  return t === null ? null : trendText(t, true);
}

function share(value: number | null | undefined): Cell {
  return value === null || value === undefined
    ? null
    : { value, type: Number, format: SHARE_FORMAT };
}

/** A text cell as `formulaSafe` writes it; numbers and dates as they are. */
function safeCell(cell: Cell): Cell {
  if (typeof cell === 'string') return formulaSafe(cell);
  if (cell && typeof cell === 'object' && 'value' in cell && typeof cell.value === 'string')
    return { ...cell, value: formulaSafe(cell.value) };
  return cell;
}

const suppressed: Cell = { value: SUPPRESSED_MARK, type: String, align: 'right' };

function genderN(cell: GenderCell): Cell {
  return isSuppressed(cell) ? suppressed : cell.n;
}

function genderShare(cell: GenderCell): Cell {
  return isSuppressed(cell) ? suppressed : share(cell.share);
}

function groupColumns(report: Report, instrument: InstrumentVersion): Column<GroupSummary>[] {
  const columns: Column<GroupSummary>[] = [
    {
      title: 'Respondentgrupp',
      width: 26,
      cell: (g) => findGroup(instrument, g.group)?.label ?? g.group,
    },
    { title: 'Inkomna svar', width: 13, cell: (g) => g.responses },
    { title: 'Kvinnor', width: 9, cell: (g) => g.byGender.kvinna },
    { title: 'Män', width: 9, cell: (g) => g.byGender.man },
    { title: 'Annat/ej uppgivet', width: 17, cell: (g) => g.byGender.annat },
  ];
  // As in the JSON, the number asked is there only where it is known.
  if (report.groups.some((g) => g.asked !== undefined)) {
    columns.push(
      { title: 'Tillfrågade', width: 12, cell: (g) => g.asked ?? null },
      { title: 'Svarsfrekvens %', width: 16, cell: (g) => share(g.responseRate) },
    );
  }
  return columns;
}

/**
 * A figure of a question; a question withheld by disclosure control shows none (its n
 * column says why).
 */
function figure(cell: (q: QuestionFigures) => Cell, withheld: Cell = null) {
  return (q: ReportQuestion): Cell => (isWithheld(q) ? withheld : cell(q));
}

/** Per earlier year of the report, the question's share that year (– when withheld). */
function historyColumns(report: Report): Column<ReportQuestion>[] {
  return historyYears(report).map((year) => ({
    title: `${year} %`,
    width: 9,
    cell: (q) => {
      const then = historyIn(q, year);
      if (then === undefined) return null;
      return 'withheld' in then ? suppressed : share(then.share);
    },
  }));
}

function questionColumns(report: Report, instrument: InstrumentVersion): Column<ReportQuestion>[] {
  return [
    { title: 'Indikator', width: 10, cell: (q) => q.indicator ?? LOCAL_QUESTION_MARK },
    { title: 'Fråga', width: 7, cell: (q) => q.id },
    {
      title: 'Frågetext',
      width: 60,
      cell: (q) => ({ value: findQuestion(instrument, q.id)?.text ?? '', wrap: true }),
    },
    { title: 'Grupp', width: 22, cell: (q) => findGroup(instrument, q.group)?.label ?? q.group },
    { title: 'Nyckeltal', width: 20, cell: (q) => keyFigureLabel(instrument, q.keyFigure) },
    { title: 'n', width: 6, cell: figure((q) => q.n, WITHHELD_TEXT) },
    { title: 'Positiva', width: 9, cell: figure((q) => q.positive) },
    { title: 'Andel %', width: 9, cell: figure((q) => share(q.share)) },
    { title: 'KI 95 % låg', width: 11, cell: figure((q) => share(q.ci95?.[0])) },
    { title: 'KI 95 % hög', width: 11, cell: figure((q) => share(q.ci95?.[1])) },
    {
      title: 'Typvärde',
      width: 24,
      cell: figure((q) => typvardeWords(instrument, findQuestion(instrument, q.id), q.typvarde)),
    },
    { title: 'Kvinnor n', width: 10, cell: figure((q) => genderN(q.byGender.kvinna)) },
    { title: 'Kvinnor %', width: 10, cell: figure((q) => genderShare(q.byGender.kvinna)) },
    { title: 'Män n', width: 7, cell: figure((q) => genderN(q.byGender.man)) },
    { title: 'Män %', width: 7, cell: figure((q) => genderShare(q.byGender.man)) },
    { title: 'Annat n', width: 8, cell: figure((q) => genderN(q.byGender.annat)) },
    { title: 'Annat %', width: 8, cell: figure((q) => genderShare(q.byGender.annat)) },
    { title: 'Riksnitt', width: 9, cell: (q) => share(q.riksnitt?.all) },
    { title: 'Riksnitt kvinnor', width: 16, cell: (q) => share(q.riksnitt?.kvinna) },
    { title: 'Riksnitt män', width: 13, cell: (q) => share(q.riksnitt?.man) },
    {
      title: 'Jämfört med riket',
      width: 18,
      cell: figure((q) => versus(q.vsRiksnitt, report.riksnittSource)),
    },
    { title: 'Förra året n', width: 13, cell: figure((q) => q.previous?.n ?? null) },
    { title: 'Förra året %', width: 13, cell: figure((q) => share(q.previous?.share)) },
    { title: 'Trend', width: 11, cell: figure((q) => trend(q.trend)) },
    ...historyColumns(report),
  ];
}

function indicatorColumns(
  instrument: InstrumentVersion,
  source: RiksnittSource,
): Column<IndicatorVerdict>[] {
  return [
    { title: 'Indikator', width: 10, cell: (v) => v.indicator },
    {
      title: 'Text',
      width: 80,
      cell: (v) => ({
        value: instrument.indicators.find((i) => i.number === v.indicator)?.text ?? '',
        wrap: true,
      }),
    },
    { title: 'Jämfört med riket', width: 18, cell: (v) => versus(v.vsRiksnitt, source) },
    { title: 'Jämfört med förra året', width: 22, cell: (v) => trend(v.trend) },
  ];
}

/** The Sammanfattning first, then each indicator's Kommentar. */
function commentRows(comments: ReportComments): { label: string; text: string }[] {
  return [
    { label: 'Sammanfattning', text: comments.sammanfattning },
    ...comments.kommentarer.map((k) => ({
      label: `Indikator ${k.indicator}`,
      text: kommentarOf(comments, k.indicator),
    })),
  ].filter((r) => r.text !== '');
}

const commentColumns: Column<{ label: string; text: string }>[] = [
  { title: 'Avser', width: 16, cell: (r) => r.label },
  { title: 'Kommentar', width: 100, cell: (r) => ({ value: r.text, wrap: true }) },
];

function sheet<T>(name: string, columns: readonly Column<T>[], items: readonly T[]) {
  const header: Row = columns.map((c) => ({ value: c.title, fontWeight: 'bold' }));
  return {
    sheet: name,
    data: [header, ...items.map((item) => columns.map((c) => safeCell(c.cell(item))))],
    columns: columns.map((c) => ({ width: c.width })),
    stickyRowsCount: 1,
  };
}

/**
 * Writes the report as an .xlsx workbook with the sheets Svar, Frågor and Indikatorer, and
 * Kommentarer where the koordinator wrote any.
 * @example await writeFile('rapport.xlsx', await writeReportXlsx(report, nns2021))
 */
export async function writeReportXlsx(
  report: Report,
  instrument: InstrumentVersion,
  comments?: ReportComments,
): Promise<Uint8Array> {
  // Indicators none of whose questions are in the report have nothing to say here.
  const indicators = report.indicators.filter((v) =>
    report.questions.some((q) => q.indicator === v.indicator),
  );
  // Loaded on first use: the command line writing JSON should not pay for it at start-up.
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  return writeXlsxFile([
    sheet('Svar', groupColumns(report, instrument), report.groups),
    sheet(
      'Frågor',
      comparing(questionColumns(report, instrument), report.riksnittSource),
      report.questions,
    ),
    sheet(
      'Indikatorer',
      comparing(indicatorColumns(instrument, report.riksnittSource), report.riksnittSource),
      indicators,
    ),
    ...(comments && commentRows(comments).length > 0
      ? [sheet('Kommentarer', commentColumns, commentRows(comments))]
      : []),
  ]).toBuffer();
}
