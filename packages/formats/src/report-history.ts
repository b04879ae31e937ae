/**
 * @module
 * The earlier years of a report (`--history`, earlier rounds), as every export lays them
 * out: one set of columns per year, oldest first.
 */
import type { HistoryFigures, Report, ReportQuestion } from '@indikera/indicators';

/** Every earlier year any question of the report has, oldest first. */
export function historyYears(report: Report): number[] {
  const years = new Set<number>();
  for (const q of report.questions) {
    if ('history' in q) for (const h of q.history ?? []) years.add(h.year);
  }
  return [...years].sort((a, b) => a - b);
}

/** The question's figure in an earlier year, if that year asked it. */
export function historyIn(q: ReportQuestion, year: number): HistoryFigures | undefined {
  return 'history' in q ? q.history?.find((h) => h.year === year) : undefined;
}
