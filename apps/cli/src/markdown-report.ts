/**
 * @module
 * The report as readable Swedish Markdown, laid out like the national reports (003):
 * responses per group and gender, then per indicator its questions with klart positiva,
 * kvinnor, män, riksnitt, last year in parentheses, n and typvärde, then a summary.
 */

import {
  COMPARISON_RULE,
  HISTORY_HEADING,
  historyIn,
  historyText,
  historyYears,
  percentText,
  SUPPRESSED_EXPLANATION,
  SUPPRESSED_MARK,
  shareText,
  trendText,
  typvardeWords,
  versusText,
  WITHHELD_TEXT,
} from '@indikera/formats';
import {
  type GenderCell,
  type GenderVerdict,
  type IndicatorVerdict,
  isSuppressed,
  isWithheld,
  type QuestionFigures,
  type Report,
} from '@indikera/indicators';
import {
  findGroup,
  findQuestion,
  type InstrumentVersion,
  keyFigureLabel,
} from '@indikera/instrument';

function withPrevious(now: string, before: string | null): string {
  return before === null || before === '' ? now : `${now} (${before})`;
}

function genderCell(cell: GenderCell): string {
  return isSuppressed(cell) ? SUPPRESSED_MARK : shareText(cell);
}

function verdictWords(v: IndicatorVerdict): [string, string] {
  return [versusText(v.vsRiksnitt), trendText(v.trend, true)];
}

function table(
  header: readonly string[],
  align: string,
  rows: readonly (readonly string[])[],
): string[] {
  const escapePipe = (cell: string) => cell.replaceAll('|', '\\|');
  return [
    `| ${header.join(' | ')} |`,
    `|${align}|`,
    ...rows.map((r) => `| ${r.map(escapePipe).join(' | ')} |`),
    '',
  ];
}

function groupSection(report: Report, instrument: InstrumentVersion): string[] {
  const rows = report.groups.map((g) => [
    findGroup(instrument, g.group)?.label ?? g.group,
    String(g.responses),
    String(g.byGender.kvinna),
    String(g.byGender.man),
    String(g.byGender.annat),
  ]);
  const total = (pick: (g: Report['groups'][number]) => number) =>
    String(report.groups.reduce((sum, g) => sum + pick(g), 0));
  rows.push([
    '**Totalt**',
    total((g) => g.responses),
    total((g) => g.byGender.kvinna),
    total((g) => g.byGender.man),
    total((g) => g.byGender.annat),
  ]);
  return [
    '## Inkomna svar',
    '',
    ...table(
      ['Respondentgrupp', 'Inkomna svar', 'Varav kvinnor', 'Varav män', 'Annat/ej uppgivet kön'],
      '---|---:|---:|---:|---:',
      rows,
    ),
  ];
}

function indicatorSection(
  report: Report,
  instrument: InstrumentVersion,
  verdict: IndicatorVerdict,
): string[] {
  const indicator = instrument.indicators.find((i) => i.number === verdict.indicator);
  const questions = report.questions.filter((q) => q.indicator === verdict.indicator);
  if (!indicator || questions.length === 0) return [];
  const rows = questions.map((q) => {
    const question = findQuestion(instrument, q.id);
    if (!question) return [];
    if (isWithheld(q)) {
      const described = [
        `${q.id}. ${question.text}`,
        findGroup(instrument, q.group)?.label ?? q.group,
      ];
      const riksnitt = [q.riksnitt?.all, q.riksnitt?.kvinna, q.riksnitt?.man].map(percentText);
      return [
        ...described,
        keyFigureLabel(instrument, q.keyFigure),
        WITHHELD_TEXT,
        '',
        '',
        ...riksnitt,
        '',
        '',
      ];
    }
    return [
      `${q.id}. ${question.text}`,
      findGroup(instrument, q.group)?.label ?? q.group,
      keyFigureLabel(instrument, q.keyFigure),
      withPrevious(shareText(q), q.previous ? shareText(q.previous) : null),
      genderCell(q.byGender.kvinna),
      genderCell(q.byGender.man),
      percentText(q.riksnitt?.all),
      percentText(q.riksnitt?.kvinna),
      percentText(q.riksnitt?.man),
      withPrevious(String(q.n), q.previous ? String(q.previous.n) : null),
      typvardeWords(instrument, question, q.typvarde),
    ];
  });
  const [vsRiket, vsLastYear] = verdictWords(verdict);
  return [
    `## Indikator ${indicator.number}: ${indicator.text}`,
    '',
    ...table(
      [
        'Fråga',
        'Grupp',
        'Nyckeltal',
        'Andel',
        'Kvinnor',
        'Män',
        'Riksnittet',
        'Riket kvinnor',
        'Riket män',
        'n',
        'Typvärde',
      ],
      '---|---|---|---:|---:|---:|---:|---:|---:|---:|---',
      rows,
    ),
    `Jämfört med riket: ${vsRiket}. Jämfört med förra året: ${vsLastYear}.`,
    '',
  ];
}

/** Each question's share year by year, when the report has earlier rounds beside it. */
function historySection(report: Report): string[] {
  const years = historyYears(report);
  if (years.length === 0) return [];
  const rows = report.questions
    .filter((q): q is QuestionFigures => !isWithheld(q))
    .map((q) => [
      q.id,
      ...years.map((year) => {
        const then = historyIn(q, year);
        return then ? historyText(then, q.id) : '';
      }),
      shareText(q),
    ]);
  return [
    `## ${HISTORY_HEADING}`,
    '',
    ...table(
      ['Fråga', ...years.map(String), report.year === null ? 'Nu' : String(report.year)],
      ['---', ...years.map(() => '---:'), '---:'].join('|'),
      rows,
    ),
  ];
}

/** @example writeMarkdownReport(buildReport({ instrument, tally, year: 2021 }), instrument) */
export function writeMarkdownReport(report: Report, instrument: InstrumentVersion): string {
  const title = report.year === null ? 'Indikatorrapport' : `Indikatorrapport ${report.year}`;
  const summary = report.indicators
    .filter((v) => report.questions.some((q) => q.indicator === v.indicator))
    .map((v) => {
      const text = instrument.indicators.find((i) => i.number === v.indicator)?.text ?? '';
      const gender = (g: GenderVerdict) =>
        `${versusText(g.vsRiksnitt)}, ${trendText(g.trend, true).toLowerCase()}`;
      return [
        `${v.indicator}. ${text}`,
        ...verdictWords(v),
        gender(v.byGender.kvinna),
        gender(v.byGender.man),
      ];
    });
  return [
    `# ${title}`,
    '',
    `${instrument.name}, version ${report.instrumentVersion}. Andelar av dem som besvarat frågan;`,
    'föregående mätning inom parentes.',
    '',
    ...groupSection(report, instrument),
    ...report.indicators.flatMap((v) => indicatorSection(report, instrument, v)),
    ...historySection(report),
    '## Sammanfattning',
    '',
    ...table(
      ['Indikator', 'Jämfört med riket', 'Jämfört med förra året', 'Kvinnor', 'Män'],
      '---|---|---|---|---',
      summary,
    ),
    COMPARISON_RULE,
    '',
    SUPPRESSED_EXPLANATION,
    '',
  ].join('\n');
}
