/**
 * @module
 * The koordinator's words that travel with a round's report into its files: the
 * Sammanfattning and a Kommentar per indicator (stored by the platform, not in the
 * report contract).
 */
/** About a printed page of text: a summary, not the annual report itself. */
export const SAMMANFATTNING_MAX = 6000;
/** About half a page per indicator. */
export const KOMMENTAR_MAX = 3000;

export interface ReportComments {
  readonly sammanfattning: string;
  readonly kommentarer: readonly { readonly indicator: number; readonly text: string }[];
}

export function kommentarOf(
  comments: ReportComments | undefined,
  indicator: number | undefined,
): string {
  if (indicator === undefined) return '';
  return comments?.kommentarer.find((k) => k.indicator === indicator)?.text ?? '';
}
