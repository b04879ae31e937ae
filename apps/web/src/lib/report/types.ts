/**
 * @module
 * What the report page reads from the API besides the report itself: the round and the
 * förbund's insatser. Only the fields the page uses.
 */
import type { IndicatorVerdict, Report } from '@indikera/indicators';

/** The API's report: formats.md with what disclosure control tells the reader. */
export interface RoundReport extends Report {
  readonly disclosure: { readonly threshold: number; readonly releases: number };
}

export interface ReportRound {
  readonly id: number;
  readonly forbundId: number;
  readonly name: string;
  readonly year: number;
  readonly instrumentVersion: string;
  readonly status: 'open' | 'closed';
  readonly byInsats: readonly InsatsCount[];
}

/** Answers per group and insats in the round (null: no insats). */
export interface InsatsCount {
  readonly group: string;
  readonly insatsId: number | null;
  readonly insatsName: string | null;
  readonly responses: number;
}

export interface ReportInsats {
  readonly id: number;
  readonly name: string;
}

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

/** The koordinator's Sammanfattning and Kommentar per indicator (GET …/comments). */
export interface ReportCommentsData {
  readonly sammanfattning: string;
  readonly kommentarer: readonly { readonly indicator: number; readonly text: string }[];
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
