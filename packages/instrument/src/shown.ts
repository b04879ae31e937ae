/**
 * @module
 * A value as an error message may repeat it: at most about 40 characters, so that a huge
 * input never comes back in the answer about it.
 */

/** Characters of an input that a message repeats at most. */
export const SHOWN_CHARS = 40;

/** `text` cut to SHOWN_CHARS characters, with `…` when cut. */
export function shortText(text: string): string {
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text;
}

/** A value for a message: a string in quotes, anything else as JSON, cut to size. */
export function shownValue(value: unknown): string {
  if (typeof value === 'string') return `"${shortText(value)}"`;
  return shortText(JSON.stringify(value) ?? String(value));
}
