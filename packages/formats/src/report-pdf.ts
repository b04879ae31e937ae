/**
 * @module
 * The report as an A4 PDF for the archive package: what the printed report page shows,
 * in the same words (report-words), with the koordinator's comments. Percents are printed
 * whole, as on the page; a suppressed gender cell is `–`, a withheld question says why.
 * Standard PDF fonts only (Helvetica in WinAnsi covers Swedish), so nothing is read from
 * disk and the file stays small.
 */
import {
  type GenderCell,
  type GroupSummary,
  type IndicatorVerdict,
  isSuppressed,
  isWithheld,
  type Report,
  type ReportQuestion,
} from '@indikera/indicators';
import { findGroup, findQuestion, type InstrumentVersion } from '@indikera/instrument';
import type PDFDocument from 'pdfkit';
import { kommentarOf, type ReportComments } from './report-comments';
import {
  COMPARISON_RULE,
  comparedWith,
  INSTALLATION_AVERAGE_NOTE,
  LOCAL_QUESTIONS_HEADING,
  LOCAL_QUESTIONS_NOTE,
  percentText,
  SUPPRESSED_EXPLANATION,
  SUPPRESSED_MARK,
  shareText,
  trendText,
  typvardeWords,
  versusText,
  WITHHELD_TEXT,
} from './report-words';

export interface ReportPdfTitle {
  /** The förbund's name. */
  readonly forbund: string;
  /** The round's name, e.g. "Mätning 2021". */
  readonly round: string;
  /** `YYYY-MM-DD`: the day the file was made. */
  readonly madeOn: string;
  /** The disclosure threshold the figures were published under. */
  readonly threshold: number;
}

type Doc = InstanceType<typeof PDFDocument>;

const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';

function heading(doc: Doc, text: string, size: number): void {
  doc.moveDown(0.6).font(BOLD).fontSize(size).text(text).font(FONT).fontSize(9).moveDown(0.3);
}

function paragraph(doc: Doc, text: string): void {
  doc.font(FONT).fontSize(9).text(text).moveDown(0.4);
}

function table(doc: Doc, widths: readonly (number | '*')[], rows: readonly string[][]): void {
  doc.fontSize(8).table({
    columnStyles: [...widths],
    // pdfkit 0.20 takes a cell font as `{ src }`; its published types predate that.
    rowStyles: (row: number) =>
      ({ font: { src: row === 0 ? BOLD : FONT } }) as PDFKit.Mixins.RowStyle,
    data: rows.map((r) => [...r]),
  });
  doc.font(FONT).fontSize(9).moveDown(0.5);
}

function genderShare(cell: GenderCell): string {
  return isSuppressed(cell) ? SUPPRESSED_MARK : shareText(cell);
}

function groupRows(report: Report, instrument: InstrumentVersion): string[][] {
  const asked = report.groups.some((g) => g.asked !== undefined);
  const header = ['Respondentgrupp', 'Inkomna svar', 'Kvinnor', 'Män', 'Annat/ej uppgivet'];
  if (asked) header.push('Tillfrågade', 'Svarsfrekvens');
  const row = (g: GroupSummary) => {
    const cells = [
      findGroup(instrument, g.group)?.label ?? g.group,
      String(g.responses),
      String(g.byGender.kvinna),
      String(g.byGender.man),
      String(g.byGender.annat),
    ];
    if (asked)
      cells.push(g.asked === undefined ? '' : String(g.asked), percentText(g.responseRate));
    return cells;
  };
  return [header, ...report.groups.map(row)];
}

function questionRow(instrument: InstrumentVersion, q: ReportQuestion): string[] {
  const question = findQuestion(instrument, q.id);
  const text = `${q.id}. ${question?.text ?? ''}`;
  const group = findGroup(instrument, q.group)?.label ?? q.group;
  const riksnitt = percentText(q.riksnitt?.all);
  if (isWithheld(q)) return [text, group, WITHHELD_TEXT, '', '', '', '', riksnitt, ''];
  return [
    text,
    group,
    String(q.n),
    shareText(q),
    typvardeWords(instrument, question, q.typvarde),
    genderShare(q.byGender.kvinna),
    genderShare(q.byGender.man),
    riksnitt,
    q.previous ? shareText(q.previous) : '',
  ];
}

const GROUP_WIDTHS = ['*', 52, 44, 36, 60, 52, 60] as const;

const QUESTION_HEADER = [
  'Fråga',
  'Grupp',
  'n',
  'Klart positiva',
  'Typvärde',
  'Kvinnor',
  'Män',
  'Riksnitt',
  'Förra året',
];
const QUESTION_WIDTHS = ['*', 70, 38, 42, 62, 38, 32, 38, 38] as const;

function indicatorSection(
  doc: Doc,
  report: Report,
  instrument: InstrumentVersion,
  verdict: IndicatorVerdict,
  comments: ReportComments | undefined,
): void {
  const text = instrument.indicators.find((i) => i.number === verdict.indicator)?.text ?? '';
  heading(doc, `Indikator ${verdict.indicator}. ${text}`, 11);
  paragraph(
    doc,
    comparedWith(
      `Jämfört med riket: ${versusText(verdict.vsRiksnitt)}. Jämfört med förra året: ${trendText(verdict.trend)}.`,
      report.riksnittSource,
    ),
  );
  const questions = report.questions.filter((q) => q.indicator === verdict.indicator);
  table(doc, QUESTION_WIDTHS, [
    QUESTION_HEADER.map((h) => comparedWith(h, report.riksnittSource)),
    ...questions.map((q) => questionRow(instrument, q)),
  ]);
  const kommentar = kommentarOf(comments, verdict.indicator);
  if (kommentar !== '') {
    doc.font(BOLD).text('Kommentar').font(FONT);
    paragraph(doc, kommentar);
  }
}

/** Collects the PDF stream into one array once the document is ended. */
function collect(doc: Doc): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
}

/**
 * Writes the report as an A4 PDF: Inkomna svar, then each indicator's questions with its
 * verdicts and Kommentar, the Sammanfattning first.
 * @example await writeFile('rapport.pdf', await writeReportPdf(report, nns2021, title))
 */
export async function writeReportPdf(
  report: Report,
  instrument: InstrumentVersion,
  title: ReportPdfTitle,
  comments?: ReportComments,
): Promise<Uint8Array> {
  // Loaded on first use, like the workbook writer: most callers never make a PDF.
  const { default: PDFKit } = await import('pdfkit');
  const [year, month, day] = title.madeOn.split('-').map(Number);
  const name = `Indikatorrapport ${title.round}, ${title.forbund}`;
  const doc = new PDFKit({
    size: 'A4',
    margin: 42,
    lang: 'sv-SE',
    displayTitle: true,
    info: {
      Title: name,
      Subject: `NNS-indikatorer ${report.year ?? ''}`.trim(),
      Creator: 'Indikera',
      CreationDate: new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)),
    },
  });
  const done = collect(doc);
  doc.font(BOLD).fontSize(16).text(name);
  paragraph(
    doc,
    `År ${report.year ?? 'okänt'}. Frågeformulär ${instrument.name}. Utskriven ${title.madeOn}. Siffror som bygger på färre än ${title.threshold} personer visas inte.`,
  );
  if (comments && comments.sammanfattning !== '') {
    heading(doc, 'Sammanfattning', 12);
    paragraph(doc, comments.sammanfattning);
  }
  heading(doc, 'Inkomna svar', 12);
  const groups = groupRows(report, instrument);
  table(doc, GROUP_WIDTHS.slice(0, groups[0]?.length), groups);
  for (const verdict of report.indicators) {
    if (!report.questions.some((q) => q.indicator === verdict.indicator)) continue;
    indicatorSection(doc, report, instrument, verdict, comments);
  }
  const local = report.questions.filter((q) => q.local);
  if (local.length > 0) {
    heading(doc, LOCAL_QUESTIONS_HEADING, 11);
    paragraph(doc, LOCAL_QUESTIONS_NOTE);
    table(doc, QUESTION_WIDTHS, [QUESTION_HEADER, ...local.map((q) => questionRow(instrument, q))]);
  }
  heading(doc, 'Så läser du rapporten', 11);
  paragraph(doc, SUPPRESSED_EXPLANATION);
  paragraph(doc, COMPARISON_RULE);
  if (report.riksnittSource === 'installation') paragraph(doc, INSTALLATION_AVERAGE_NOTE);
  doc.end();
  return done;
}
