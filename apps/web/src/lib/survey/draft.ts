/**
 * @module
 * A questionnaire's answers while they are being given: in the tab's session storage
 * with JavaScript, in a short-lived cookie for the review without it. Both are read
 * back only through `parseDraft`, which takes nothing but answer-shaped values.
 */
// Zod's tree-shakable build: this module runs in the respondent's browser too, where
// every kilobyte counts on an old tablet (the whole of zod would add about 30 kB).
import { z } from 'zod/mini';

/** The form values of one questionnaire: `q-DA1` → "5", `kon` → "kvinna", `id` → uuid. */
const draftSchema = z
  .record(
    z.string().check(z.regex(/^(q-[A-Z]{1,3}\d{1,2}|kon|id)$/)),
    z.string().check(z.maxLength(64)),
  )
  .check(z.refine((values) => Object.keys(values).length <= 64));

export type Draft = Record<string, string>;

/** The draft in a stored text, or null when there is none or it is not a draft. */
export function parseDraft(text: string | null | undefined): Draft | null {
  if (!text || text.length > 4096) return null;
  try {
    const parsed = draftSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Session storage key of a link's answers in progress. */
export const draftKey = (token: string) => `indikera-svar:${token}`;

/** The cookie that carries the answers to the review without JavaScript. */
export const DRAFT_COOKIE = 'indikera_utkast';
