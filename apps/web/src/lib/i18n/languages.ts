/**
 * @module
 * The interface languages. Swedish is the instrument's language; others are help
 * translations. A language declares its direction, so a right-to-left one needs no code.
 */

export const languages = {
  sv: { name: 'Svenska', dir: 'ltr' },
  en: { name: 'English', dir: 'ltr' },
} as const;

export type Language = keyof typeof languages;

export const DEFAULT_LANGUAGE: Language = 'sv';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(languages, value);
}

/** The language asked for in the address (`?lang=en`), else Swedish. */
export function languageOf(url: URL): Language {
  const asked = url.searchParams.get('lang');
  return isLanguage(asked) ? asked : DEFAULT_LANGUAGE;
}
