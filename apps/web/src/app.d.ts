import type { Language } from '$lib/i18n/languages';

declare global {
  namespace App {
    interface Locals {
      lang: Language;
    }
    interface Error {
      message: string;
      /** What the person can do about it, in their language. */
      hint?: string;
    }
    interface PageState {
      /** The step of a questionnaire, as a history entry of its own. */
      step?: 'start' | 'questions' | 'review' | 'saved-offline';
    }
  }
}
