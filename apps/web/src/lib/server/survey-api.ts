/**
 * @module
 * The respondent pages talk to the same API as the tablets, in-process, through the
 * survey service: the page server adds nothing of its own to what is stored. Here the
 * service's outcomes become the error pages a person without JavaScript sees.
 */
import { error } from '@sveltejs/kit';
import type { Language } from '$lib/i18n/languages';
import { messagesFor } from '$lib/i18n/messages';
import {
  fetchAccessibilityContact as contactOfLink,
  type ResponseBody,
  submitResponse,
  fetchSurvey as surveyOfLink,
} from '$lib/services/survey.service';
import { publicApi } from './api-client';

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

const tooLarge: Record<Language, { message: string; hint: string }> = {
  sv: {
    message: 'Svaren är för stora för att skickas',
    hint: 'Svaren är inte sparade. Gå tillbaka och försök igen.',
  },
  en: {
    message: 'The answers are too large to send',
    hint: 'The answers are not saved. Go back and try again.',
  },
};

/** The link's questionnaire, or the error page for an unknown (404) or closed (410) one. */
export async function fetchSurvey(token: string, lang: Language) {
  const res = await surveyOfLink(publicApi('http://localhost'), token);
  if (res.ok) return res.body;
  if (res.status === 404 || res.status === 400) error(404, missing[lang]);
  if (res.status === 410) error(410, gone[lang]);
  error(500, { message: messagesFor(lang).sendFailed });
}

/**
 * Posts one response as the tablets do, from the person's address (for the rate limit);
 * the API stores it once per id. Resolves when stored, or with the errors by question;
 * anything else is the error page that says what happened.
 */
export async function postResponse(
  token: string,
  body: ResponseBody,
  lang: Language,
  clientAddress: string,
): Promise<
  { readonly ok: true } | { readonly ok: false; readonly errors: Record<string, string> }
> {
  const outcome = await submitResponse(publicApi('http://localhost', clientAddress), token, body);
  if (outcome.kind === 'stored') return { ok: true };
  if (outcome.kind === 'invalid') return { ok: false, errors: { ...outcome.errors } };
  const pages: Record<typeof outcome.kind, readonly [number, App.Error]> = {
    missing: [404, missing[lang]],
    closed: [410, gone[lang]],
    'too-large': [413, tooLarge[lang]],
    'too-fast': [429, tooFast[lang]],
    unreachable: [500, { message: messagesFor(lang).sendFailed }],
  };
  const [status, page] = pages[outcome.kind];
  error(status, page);
}

/** The accessibility contact of the förbund behind a link, or null for an unknown link. */
export async function fetchAccessibilityContact(token: string) {
  const res = await contactOfLink(publicApi('http://localhost'), token);
  return res.ok ? res.body : null;
}
