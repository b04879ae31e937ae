/**
 * @module
 * A help translation of an instrument version: question texts, option labels and group
 * names in another language. The Swedish wording stays the instrument.
 */

export interface InstrumentTranslation {
  readonly language: string;
  /** Question id → text. */
  readonly questions: Readonly<Record<string, string>>;
  /** Scale id → option code (as text) → label. */
  readonly options: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Group id → name. */
  readonly groups: Readonly<Record<string, string>>;
  readonly gender: { readonly text: string; readonly options: Readonly<Record<string, string>> };
}
