/**
 * @module
 * The report's Swedish words, once: verdicts, arrows, percents as printed, typvärde and
 * key figures in words, the dash of a suppressed cell and the rule behind the verdicts.
 * The page, the Markdown, the CSV and the workbook all say it the same way. Pure, and
 * small enough for the browser (imported as `@indikera/formats/report-words`).
 */
import {
  type Figure,
  type HistoryFigures,
  type IndicatorVerdict,
  printedPercent,
  printedShare,
  type Report,
  type TargetResult,
  type TargetVerdict,
} from '@indikera/indicators';
import {
  type InstrumentVersion,
  optionLabel,
  positiveCodes,
  type Question,
  scaleOf,
} from '@indikera/instrument';

export type VersusVerdict = NonNullable<IndicatorVerdict['vsRiksnitt']>;
export type TrendVerdict = NonNullable<IndicatorVerdict['trend']>;

/** What a suppressed gender cell shows, in every format. */
export const SUPPRESSED_MARK = '–';

export const SUPPRESSED_EXPLANATION =
  '– = visas inte: färre än sex svar, eller dolt så att ett dolt värde inte kan räknas fram ur totalen.';

/** What a question withheld by disclosure control says in place of its figures. */
export const WITHHELD_TEXT = 'för få svar för att visa';

/** The rule behind every verdict, in one sentence beside Tabell 10 and the tables. */
export const COMPARISON_RULE =
  'Jämförelserna görs på de hela procenttal som visas: en skillnad på 2 procentenheter eller mer räknas som högre eller lägre, och en indikator bedöms på medelvärdet av sina frågors skillnader (blandat när högre och lägre värden tar ut varandra).';

export const NO_COMPARISON = 'Ingen jämförelse';

export const versusWords: Readonly<Record<VersusVerdict, string>> = {
  higher: 'Högre än riket',
  same: 'I nivå med riket',
  lower: 'Lägre än riket',
  mixed: 'Blandat: värdena tar ut varandra',
};

/** The arrow goes beside the words, never instead of them. */
export const trendArrows: Readonly<Record<TrendVerdict, string>> = {
  up: '↑',
  flat: '→',
  down: '↓',
  mixed: '',
};

export const trendWords: Readonly<Record<TrendVerdict, string>> = {
  up: 'Högre än förra året',
  flat: 'Som förra året',
  down: 'Lägre än förra året',
  mixed: 'Blandat: värdena tar ut varandra',
};

export function versusText(v: VersusVerdict | null): string {
  return v ? versusWords[v] : NO_COMPARISON;
}

/** @example trendText('up', true) // '↑ Högre än förra året' */
export function trendText(t: TrendVerdict | null, withArrow = false): string {
  if (!t) return NO_COMPARISON;
  return withArrow && trendArrows[t] ? `${trendArrows[t]} ${trendWords[t]}` : trendWords[t];
}

/** A percentage as printed, rounded half up to a whole percent (75.5 → "76 %"); '' for none. */
export function percentText(value: number | null | undefined): string {
  const printed = printedPercent(value ?? null);
  return printed === null ? '' : `${printed} %`;
}

/** A figure's share as printed, in integers exactly as the verdicts are judged. */
export function shareText(figure: Figure | null | undefined): string {
  const printed = figure ? printedShare(figure.positive, figure.n) : null;
  return printed === null ? '' : `${printed} %`;
}

/** Where a report's riksnitt figures come from: absent, the official riksnitt. */
export type RiksnittSource = Report['riksnittSource'];

/** What the installation's pooled figures are called where a report compares with them. */
export const INSTALLATION_AVERAGE = 'Installationens snitt';

/** Beside a report that compares with the installation's pooled figures, in every format. */
export const INSTALLATION_AVERAGE_NOTE =
  'Installationens snitt: de samlade siffrorna från de förbund i installationen som räknar in sina svar. Det är inte det officiella riksnittet, som inte är inläst för året.';

/**
 * A heading or verdict of the report, said of what the report compares with: unchanged
 * for the official riksnitt; for the installation's pooled figures "riksnitt" and "riket"
 * become "installationens snitt", so that no reader takes them for the official riksnitt.
 * @example comparedWith('Jämfört med riket', 'installation') // 'Jämfört med installationens snitt'
 */
export function comparedWith(text: string, source: RiksnittSource): string {
  if (source !== 'installation') return text;
  return text
    .replace(/Riksnittet|Riksnitt|Riket/g, INSTALLATION_AVERAGE)
    .replace(/riksnittet|riket/g, INSTALLATION_AVERAGE.toLowerCase())
    .replace(/riksnitt/g, 'installationens_snitt');
}

/** The rows of a pooled question (riksnivå): everyone, then each kön, as the page names them. */
export const POOLED_CELL_ROWS = [
  ['all', 'Alla'],
  ['kvinna', 'Kvinnor'],
  ['man', 'Män'],
  ['annat', 'Annat eller ej uppgivet'],
] as const;

/** The heading of the years side by side, in every format. */
/** The heading of a förbund's own questions, after the NNS questions, in every format. */
export const LOCAL_QUESTIONS_HEADING = 'Lokala frågor';

/** What the report says of the local questions under their heading. */
export const LOCAL_QUESTIONS_NOTE =
  'Förbundets egna frågor i mätningen, utöver NNS-frågorna: samma siffror och samma skydd för små grupper, men ingen indikator och inget riksnitt.';

/** What the Indikator column says of a local question, which measures no indicator. */
export const LOCAL_QUESTION_MARK = 'Lokal fråga';

/** The Indikator column of a question: its number, or that it is a local question. */
export function indicatorText(question: { readonly indicator?: number }): string {
  return question.indicator === undefined ? LOCAL_QUESTION_MARK : String(question.indicator);
}

export const HISTORY_HEADING = 'Över åren';

/**
 * One earlier year of a question as printed: its share, the dash when that year's
 * disclosure control withheld it, and the question's id that year where it differed.
 * @example historyText({ year: 2021, question: 'DP2', n: 10, positive: 6, share: 60 }, 'DP8') // '60 % (DP2)'
 */
export function historyText(year: HistoryFigures, questionId: string): string {
  const shown = 'withheld' in year ? SUPPRESSED_MARK : shareText(year);
  return year.question === questionId ? shown : `${shown} (${year.question})`.trim();
}

/** Swedish list: "A", "A och B", "A, B och C". */
export function swedishList(words: readonly string[]): string {
  return words.length > 1
    ? `${words.slice(0, -1).join(', ')} och ${words.at(-1)}`
    : (words[0] ?? '');
}

/** Typvärde in words: every tied option by its label ("Ofta och Alltid"). */
export function typvardeWords(
  instrument: InstrumentVersion,
  question: Question | undefined,
  typvarde: readonly string[],
): string {
  return swedishList(
    typvarde.map((code) => (question ? (optionLabel(instrument, question, code) ?? code) : code)),
  );
}

const countWords = ['', 'den högsta', 'de två högsta', 'de tre högsta'] as const;

/**
 * The key figure of a question in words, as the national reports define it.
 * @example keyFigureDefinition(nns, DP1) // 'andel som svarar på de två högsta svarsalternativen (För det mesta, Alltid)'
 */
export function keyFigureDefinition(instrument: InstrumentVersion, question: Question): string {
  const positive = positiveCodes(instrument, question);
  const labels = positive.map((code) => optionLabel(instrument, question, code) ?? String(code));
  if (scaleOf(instrument, question).kind === 'yesno')
    return `andel som svarar ${labels.join(', ')}`;
  const count = countWords[positive.length] ?? `de ${positive.length} högsta`;
  return `andel som svarar på ${count} svarsalternativen (${labels.join(', ')})`;
}

/** A target's verdict, in words beside its colour. */
export const targetVerdictWords: Readonly<Record<TargetVerdict, string>> = {
  met: 'Uppfyllt',
  near: 'Nära målet',
  notMet: 'Ej uppfyllt',
};

/** A target on questions none of whose answers are in the report (yet). */
export const NO_ANSWERS_YET = 'Inga svar i rapporten';

/** A target entered by hand whose outcome is not (yet) known, as the seeds say it. */
export const MISSING_OUTCOME = 'Utfall saknas';

const decimal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

/** A number as a Swede writes it: `9,5`. */
export function numberText(value: number): string {
  return decimal.format(value).replace('\u2212', '-');
}

/** What a target's result says: "66 % (63/95)", "9,5 sjukdagar", "Utfall saknas". */
export function targetResultText(result: TargetResult, unit = ''): string {
  if (result.kind === 'manual') {
    if (result.outcome === null) return MISSING_OUTCOME;
    return unit === '%'
      ? `${numberText(result.outcome)} %`
      : `${numberText(result.outcome)} ${unit}`.trim();
  }
  if ('withheld' in result) return WITHHELD_TEXT;
  if (result.share === null) return NO_ANSWERS_YET;
  return `${result.share} % (${result.positive}/${result.n})`;
}

export function targetVerdictText(result: TargetResult): string {
  if ('withheld' in result || result.verdict === null) return '';
  return targetVerdictWords[result.verdict];
}

/**
 * A target on questions in the seeds' words: "80 % av dem som svarat på frågan ”…” anger
 * som svar: ofta, för det mesta eller alltid". Questions with the same words (the same
 * question to several groups) are named once.
 */
export function questionTargetText(
  instrument: InstrumentVersion,
  target: {
    readonly questions: readonly string[];
    readonly options: readonly string[];
    readonly share: number;
  },
): string {
  const questions = target.questions
    .map((id) => instrument.questions.find((q) => q.id === id))
    .filter((q): q is Question => q !== undefined);
  const texts = [...new Set(questions.map((q) => `”${q.text}”`))];
  const first = questions[0];
  const labels = target.options.map((code) =>
    (first ? (optionLabel(instrument, first, code) ?? code) : code).toLowerCase(),
  );
  const frågan = texts.length > 1 ? 'frågorna' : 'frågan';
  const list = texts.length > 1 ? swedishList(texts) : (texts[0] ?? '');
  const verb = labels.length > 1 ? 'eller' : '';
  const answer =
    labels.length > 1
      ? `${labels.slice(0, -1).join(', ')} ${verb} ${labels.at(-1)}`
      : (labels[0] ?? '');
  return `${numberText(target.share)} % av dem som svarat på ${frågan} ${list} anger som svar: ${answer}`;
}

/** A target entered by hand: its statement and the value aimed at. */
export function manualTargetText(target: {
  readonly statement: string;
  readonly value: number;
  readonly unit: string;
  readonly direction: 'atLeast' | 'atMost';
}): string {
  const unit = target.unit === '%' ? ' %' : target.unit ? ` ${target.unit}` : '';
  const bound = target.direction === 'atMost' ? 'högst' : 'minst';
  return `${target.statement} (mål: ${bound} ${numberText(target.value)}${unit})`;
}

/** What a target asks, structurally the API's target. */
export type TargetSpec =
  | {
      readonly kind: 'question';
      readonly questions: readonly string[];
      readonly options: readonly string[];
      readonly share: number;
    }
  | {
      readonly kind: 'manual';
      readonly statement: string;
      readonly value: number;
      readonly unit: string;
      readonly direction: 'atLeast' | 'atMost';
    };

/** What a target aims at, in words. */
export function targetText(instrument: InstrumentVersion, target: TargetSpec): string {
  return target.kind === 'question'
    ? questionTargetText(instrument, target)
    : manualTargetText(target);
}
