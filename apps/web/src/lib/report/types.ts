/**
 * @module
 * The report page's own shapes: its filters, the rows of Sammanfattning and the state of
 * a comment form. What the API answers is typed from the API (`$lib/services/api-types`).
 */
import type { IndicatorVerdict } from '@indikera/indicators';

/** The filters in force: null or '' where the report covers everything. */
export interface ReportFilterState {
  readonly insats: number | null;
  readonly group: string;
}

/** A row of Sammanfattning (Tabell 10). */
export interface SummaryRow {
  readonly indicator: number;
  readonly text: string;
  readonly verdict: IndicatorVerdict | undefined;
  /** "DP1 Alltid, DA1 Ofta": the typvärde of each question. */
  readonly typvarde: string;
  /** Why the indicator has no questions, where it has none. */
  readonly note?: string;
}

/** What the page says after a comment was posted. */
export interface CommentFormState {
  readonly about?: string;
  readonly text?: string;
  readonly error?: string;
  readonly saved?: string;
}

/** Earlier years the report page and its downloads set beside the round: all it may show. */
export const REPORT_YEARS = 5;
