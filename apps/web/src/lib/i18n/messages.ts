/**
 * @module
 * The messages of a language. Adding a language is adding a file here and a line in
 * languages.ts.
 */
import { en } from './en';
import type { Language } from './languages';
import { type Messages, sv } from './sv';

const all: Readonly<Record<Language, Messages>> = { sv, en };

export function messagesFor(lang: Language): Messages {
  return all[lang];
}
