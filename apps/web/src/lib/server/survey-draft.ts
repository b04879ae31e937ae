/**
 * @module
 * Without JavaScript every step of a survey is a page of its own (post, redirect, get):
 * the answers wait for the review in a cookie of that link only, gone at the thank-you
 * page, at the start page and after two hours. So neither Back nor reload after a
 * submit finds anything of them.
 */
import type { Cookies } from '@sveltejs/kit';
import { DRAFT_COOKIE, type Draft, parseDraft } from '$lib/survey/draft';

const DRAFT_SECONDS = 2 * 60 * 60;

interface Place {
  readonly cookies: Cookies;
  readonly params: { readonly token: string };
  readonly url: URL;
}

function options({ params, url }: Place) {
  return {
    path: `/s/${params.token}`,
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: url.protocol === 'https:',
  };
}

export function readDraft(place: Place): Draft | null {
  return parseDraft(place.cookies.get(DRAFT_COOKIE));
}

export function keepDraft(place: Place, values: Draft): void {
  place.cookies.set(DRAFT_COOKIE, JSON.stringify(values), {
    ...options(place),
    maxAge: DRAFT_SECONDS,
  });
}

export function dropDraft(place: Place): void {
  if (place.cookies.get(DRAFT_COOKIE) !== undefined)
    place.cookies.delete(DRAFT_COOKIE, options(place));
}
