/**
 * @module
 * An indicator's questions as its section shows them: the rows with figures, the rows
 * withheld by disclosure control, the key figures in words and one legend per scale.
 * Only wording and order: every figure is the report's own.
 */
import { keyFigureDefinition, typvardeWords } from '@indikera/formats/report-words';
import {
  isWithheld,
  type QuestionFigures,
  type ReportQuestion,
  type WithheldQuestion,
} from '@indikera/indicators';
import { findQuestion, type InstrumentVersion, keyFigureLabel } from '@indikera/instrument';
import { type DistributionSegment, distributionSegments } from './report-format';

export interface WithheldRow {
  readonly q: WithheldQuestion;
  readonly text: string;
  readonly group: string;
  readonly keyFigure: string;
}

export interface QuestionRow {
  readonly q: QuestionFigures;
  readonly text: string;
  readonly group: string;
  readonly keyFigure: string;
  readonly typvarde: string;
  readonly segments: readonly DistributionSegment[];
}

/** Questions withheld keep their row, saying so, and show no figure at all. */
export function withheldRows(
  instrument: InstrumentVersion,
  questions: readonly ReportQuestion[],
  groupLabel: (id: string) => string,
): WithheldRow[] {
  return questions.filter(isWithheld).map((q) => ({
    q,
    text: findQuestion(instrument, q.id)?.text ?? q.id,
    group: groupLabel(q.group),
    keyFigure: keyFigureLabel(instrument, q.keyFigure),
  }));
}

export function questionRows(
  instrument: InstrumentVersion,
  questions: readonly ReportQuestion[],
  groupLabel: (id: string) => string,
): QuestionRow[] {
  return questions
    .filter((q): q is QuestionFigures => !isWithheld(q))
    .map((q) => {
      const question = findQuestion(instrument, q.id);
      return {
        q,
        text: question?.text ?? q.id,
        group: groupLabel(q.group),
        keyFigure: keyFigureLabel(instrument, q.keyFigure),
        typvarde: typvardeWords(instrument, question, q.typvarde),
        segments: distributionSegments(instrument, question, q),
      };
    });
}

/** The key figures in words, once per kind in use ("Klart positiva svar: andel som …"). */
export function keyFigureDefinitions(
  instrument: InstrumentVersion,
  questions: readonly ReportQuestion[],
): string[] {
  const seen = new Set<string>();
  for (const q of questions) {
    const question = findQuestion(instrument, q.id);
    if (!question) continue;
    const label = keyFigureLabel(instrument, q.keyFigure);
    seen.add(`${label}: ${keyFigureDefinition(instrument, question)}`);
  }
  return [...seen];
}

/** One legend per scale in use, in the order the questions first use them. */
export function scaleLegends(rows: readonly QuestionRow[]): [string, string[]][] {
  const seen = new Map<string, string[]>();
  for (const row of rows) {
    const labels = row.segments.map((s) => s.label);
    const key = labels.join('|');
    if (!seen.has(key)) seen.set(key, labels);
  }
  return [...seen.entries()];
}
