/**
 * @module
 * The addresses of a survey's pages. The language and a kiosk's idle time travel from
 * page to page in the query; the step (`steg`) says where in the survey a page is.
 */
import type { Language } from '$lib/i18n/languages';

/** Steps without JavaScript: the first questions, questions with a draft, the review. */
export type Steg = 'fragor' | 'andra' | 'granska';

/** A kiosk's seconds without activity before the warning (`?idle=`), or null for the default. */
export function idleOf(url: URL): number | null {
  const idle = Number(url.searchParams.get('idle'));
  return Number.isInteger(idle) && idle >= 3 && idle <= 3600 ? idle : null;
}

/** The query of a survey page: `?steg=fragor&lang=en&idle=60`, or `''`. */
export function surveyQuery(lang: Language, idle: number | null, steg?: Steg): string {
  const params = new URLSearchParams();
  if (steg) params.set('steg', steg);
  if (lang !== 'sv') params.set('lang', lang);
  if (idle !== null) params.set('idle', String(idle));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** A form action of the survey page with the query kept: `?/review&lang=en`. */
export function actionQuery(action: string, lang: Language, idle: number | null): string {
  const query = surveyQuery(lang, idle);
  return `?/${action}${query ? `&${query.slice(1)}` : ''}`;
}

/**
 * Where a kiosk starts the next person: the link's own defaults, Swedish and the idle
 * time the tablet was set up with, whatever the last person chose.
 */
export function kioskHome(token: string, idle: number | null): string {
  return `/s/${token}${surveyQuery('sv', idle)}`;
}
