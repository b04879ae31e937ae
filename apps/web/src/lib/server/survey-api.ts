/**
 * @module
 * The respondent pages talk to the same API as the tablets, in-process: the page server
 * adds nothing of its own to what is stored.
 */
import { error } from '@sveltejs/kit';
import type { Language } from '$lib/i18n/languages';
import { messagesFor } from '$lib/i18n/messages';
import { getPlatform } from './platform';

export interface SurveyData {
  readonly round: { readonly id: number; readonly name: string; readonly year: number };
  readonly forbund: { readonly name: string };
  readonly instrumentVersion: string;
  readonly group: { readonly id: string; readonly label: string };
  readonly insats: { readonly id: number; readonly name: string } | null;
  readonly kiosk: boolean;
}

const gone: Record<Language, { message: string; hint: string }> = {
  sv: {
    message: 'Enkäten tar inte emot svar längre',
    hint: 'Mätningen är avslutad eller länken är inte aktiv. Fråga den som gav dig länken om du vill svara.',
  },
  en: {
    message: 'The survey no longer takes answers',
    hint: 'The round has ended or the link is no longer active. Ask whoever gave you the link.',
  },
};
const tooFast: Record<Language, { message: string; hint: string }> = {
  sv: {
    message: 'För många svar på kort tid',
    hint: 'Svaren är inte sparade än. Vänta en minut och skicka dem igen med knappen Tillbaka i webbläsaren.',
  },
  en: {
    message: 'Too many answers in a short time',
    hint: 'The answers are not saved yet. Wait a minute and send them again with the browser’s Back button.',
  },
};
const missing: Record<Language, { message: string; hint: string }> = {
  sv: {
    message: 'Enkäten finns inte',
    hint: 'Kontrollera adressen, eller fråga den som gav dig länken.',
  },
  en: {
    message: 'There is no such survey',
    hint: 'Check the address, or ask whoever gave you the link.',
  },
};

/** The link's questionnaire, or the error page for an unknown (404) or closed (410) one. */
export async function fetchSurvey(token: string, lang: Language): Promise<SurveyData> {
  const res = await getPlatform().api.request(`/api/s/${encodeURIComponent(token)}`);
  if (res.status === 404) error(404, missing[lang]);
  if (res.status === 410) error(410, gone[lang]);
  if (!res.ok) error(500, { message: messagesFor(lang).sendFailed });
  return (await res.json()) as SurveyData;
}

export type PostOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly status: number; readonly errors: Record<string, string> };

/**
 * Posts one response as the tablets do, from the person's address (for the rate limit);
 * the API stores it once per id.
 */
export async function postResponse(
  token: string,
  body: { id: string; kon: string | null; answers: Record<string, unknown> },
  lang: Language,
  clientAddress: string,
): Promise<PostOutcome> {
  const res = await getPlatform().api.request(
    `/api/s/${encodeURIComponent(token)}/responses`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    },
    { clientAddress },
  );
  if (res.status === 201 || res.status === 200) return { ok: true };
  if (res.status === 410) error(410, gone[lang]);
  if (res.status === 404) error(404, missing[lang]);
  if (res.status === 429) error(429, tooFast[lang]);
  const problem = (await res.json().catch(() => ({}))) as {
    errors?: { field: string; message: string }[];
  };
  const errors: Record<string, string> = {};
  for (const e of problem.errors ?? []) errors[e.field.replace(/^answers\./, '')] = e.message;
  return { ok: false, status: res.status, errors };
}

export interface AccessibilityContact {
  readonly forbund: string;
  readonly email: string | null;
  readonly phone: string | null;
  /** `YYYY-MM-DD`, or null while the förbund has set no contact. */
  readonly reviewedOn: string | null;
}

/** The accessibility contact of the förbund behind a link, or null for an unknown link. */
export async function fetchAccessibilityContact(
  token: string,
): Promise<AccessibilityContact | null> {
  const res = await getPlatform().api.request(`/api/s/${encodeURIComponent(token)}/tillganglighet`);
  return res.ok ? ((await res.json()) as AccessibilityContact) : null;
}
