/**
 * @module
 * Names as people type them (förbund, insatser, rounds, users), made safe to store and
 * to show: Unicode NFC, without zero-width spaces, without spaces or invisible characters
 * at the ends (joiners inside stay: some scripts and emoji need them), and refused
 * when they hold control characters (NUL, line breaks, tabs), characters that turn the
 * text's direction, broken UTF-16, or nothing visible at all.
 */
import { z } from '@hono/zod-openapi';

export type NameResult =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly message: string };

const LONE_SURROGATE = /\p{Cs}/u;
const CONTROL = /\p{Cc}/u;
const DIRECTION = /[\u202A-\u202E\u2066-\u2069]/u;
/** Invisible characters with no use inside a name (zero-width space, word joiners). */
const ZERO_WIDTH = /[\u200B\u2060\uFEFF]/gu;
/** Spaces and invisible (format) characters at either end. */
const INVISIBLE_ENDS = /^[\s\p{Cf}]+|[\s\p{Cf}]+$/gu;

/** @param empty what to say of a text with nothing visible in it */
export function cleanName(text: string, empty = 'ange ett namn med synliga tecken'): NameResult {
  if (LONE_SURROGATE.test(text)) return { ok: false, message: 'innehåller ogiltiga tecken' };
  if (CONTROL.test(text))
    return { ok: false, message: 'får inte innehålla styrtecken (som radbrytning eller tabb)' };
  if (DIRECTION.test(text))
    return { ok: false, message: 'får inte innehålla tecken som vänder textens riktning' };
  const value = text.normalize('NFC').replace(ZERO_WIDTH, '').replace(INVISIBLE_ENDS, '');
  if (value === '') return { ok: false, message: empty };
  return { ok: true, value };
}

/**
 * A name field of a request (or another one-line text): cleaned as above, at most `max`
 * characters; `empty` says what is missing when nothing visible is left.
 */
export function nameSchema(max = 200, empty?: string) {
  return z
    .string()
    .max(max)
    .transform((text, ctx) => {
      const result = cleanName(text, empty);
      if (result.ok) return result.value;
      ctx.addIssue({ code: 'custom', message: result.message });
      return z.NEVER;
    });
}
