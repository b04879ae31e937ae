/**
 * @module
 * The koordinator's words that travel with a round's report into its files: the
 * Sammanfattning and a Kommentar per indicator (stored by the platform, not in the
 * report contract).
 */
export interface ReportComments {
  readonly sammanfattning: string;
  readonly kommentarer: readonly { readonly indicator: number; readonly text: string }[];
}

export function kommentarOf(comments: ReportComments | undefined, indicator: number): string {
  return comments?.kommentarer.find((k) => k.indicator === indicator)?.text ?? '';
}
