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
  type QuestionFigures,
  type Report,
  type Trend,
  type Versus,
} from '@indikera/indicators';
import { findGroup, findQuestion, type InstrumentVersion, optionLabel } from '@indikera/instrument';
import type { Cell, Row } from 'write-excel-file/node';
import { formulaSafe } from './formula-guard';
import { SUPPRESSED_MARK } from './report-csv';

interface Column<T> {
  readonly title: string;
  /** In characters. */
  readonly width: number;
  readonly cell: (item: T) => Cell;
}

// Shares are unrounded percentages (formats.md): shown with one decimal, kept whole.
const SHARE_FORMAT = '0.0';

const versusWords = {
  higher: 'Högre',
  same: 'Samma nivå',
  lower: 'Lägre',
  mixed: 'Blandat',
} as const satisfies Record<Versus | 'mixed', string>;

const trendWords = {
  up: 'Upp',
  flat: 'Oförändrat',
  down: 'Ned',
  mixed: 'Blandat',
} as const satisfies Record<Trend | 'mixed', string>;

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

function words<K extends string>(table: Record<K, string>, key: K | null): Cell {
  return key === null ? null : table[key];
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

function typvardeWords(instrument: InstrumentVersion, q: QuestionFigures): string {
  const question = findQuestion(instrument, q.id);
  const labels = q.typvarde.map((code) =>
    question ? (optionLabel(instrument, question, code) ?? code) : code,
  );
  return labels.length > 1
    ? `${labels.slice(0, -1).join(', ')} och ${labels.at(-1)}`
    : (labels[0] ?? '');
}

function questionColumns(instrument: InstrumentVersion): Column<QuestionFigures>[] {
  return [
    { title: 'Indikator', width: 10, cell: (q) => q.indicator },
    { title: 'Fråga', width: 7, cell: (q) => q.id },
    {
      title: 'Frågetext',
      width: 60,
      cell: (q) => ({ value: findQuestion(instrument, q.id)?.text ?? '', wrap: true }),
    },
    { title: 'Grupp', width: 22, cell: (q) => findGroup(instrument, q.group)?.label ?? q.group },
    { title: 'Nyckeltal', width: 20, cell: (q) => instrument.keyFigures[q.keyFigure].label },
    { title: 'n', width: 6, cell: (q) => q.n },
    { title: 'Positiva', width: 9, cell: (q) => q.positive },
    { title: 'Andel %', width: 9, cell: (q) => share(q.share) },
    { title: 'KI 95 % låg', width: 11, cell: (q) => share(q.ci95?.[0]) },
    { title: 'KI 95 % hög', width: 11, cell: (q) => share(q.ci95?.[1]) },
    { title: 'Typvärde', width: 24, cell: (q) => typvardeWords(instrument, q) },
    { title: 'Kvinnor n', width: 10, cell: (q) => genderN(q.byGender.kvinna) },
    { title: 'Kvinnor %', width: 10, cell: (q) => genderShare(q.byGender.kvinna) },
    { title: 'Män n', width: 7, cell: (q) => genderN(q.byGender.man) },
    { title: 'Män %', width: 7, cell: (q) => genderShare(q.byGender.man) },
    { title: 'Annat n', width: 8, cell: (q) => genderN(q.byGender.annat) },
    { title: 'Annat %', width: 8, cell: (q) => genderShare(q.byGender.annat) },
    { title: 'Riksnitt', width: 9, cell: (q) => share(q.riksnitt?.all) },
    { title: 'Riksnitt kvinnor', width: 16, cell: (q) => share(q.riksnitt?.kvinna) },
    { title: 'Riksnitt män', width: 13, cell: (q) => share(q.riksnitt?.man) },
    { title: 'Jämfört med riket', width: 18, cell: (q) => words(versusWords, q.vsRiksnitt) },
    { title: 'Förra året n', width: 13, cell: (q) => q.previous?.n ?? null },
    { title: 'Förra året %', width: 13, cell: (q) => share(q.previous?.share) },
    { title: 'Trend', width: 11, cell: (q) => words(trendWords, q.trend) },
  ];
}

function indicatorColumns(instrument: InstrumentVersion): Column<IndicatorVerdict>[] {
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
    { title: 'Jämfört med riket', width: 18, cell: (v) => words(versusWords, v.vsRiksnitt) },
    { title: 'Jämfört med förra året', width: 22, cell: (v) => words(trendWords, v.trend) },
  ];
}

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
 * Writes the report as an .xlsx workbook with the sheets Svar, Frågor and Indikatorer.
 * @example await writeFile('rapport.xlsx', await writeReportXlsx(report, nns2021))
 */
export async function writeReportXlsx(
  report: Report,
  instrument: InstrumentVersion,
): Promise<Uint8Array> {
  // Indicators none of whose questions are in the report have nothing to say here.
  const indicators = report.indicators.filter((v) =>
    report.questions.some((q) => q.indicator === v.indicator),
  );
  // Loaded on first use: the command line writing JSON should not pay for it at start-up.
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  return writeXlsxFile([
    sheet('Svar', groupColumns(report, instrument), report.groups),
    sheet('Frågor', questionColumns(instrument), report.questions),
    sheet('Indikatorer', indicatorColumns(instrument), indicators),
  ]).toBuffer();
}
