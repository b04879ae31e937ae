/**
 * @module
 * Riksnitt: which years are loaded, one year's figures, and the two CSV uploads.
 */
import { type Api, answer } from './api-answer';

export const fetchRiksnittYears = (api: Api) => answer(api.api.riksnitt.$get());

export const fetchRiksnittYear = (api: Api, year: number) =>
  answer(api.api.riksnitt[':year'].$get({ param: { year: String(year) } }));

/** A riksnitt (`riksnitt`) or svarsfrekvens (`svarsfrekvens`) CSV file, as it was sent. */
export function uploadRiksnitt(api: Api, kind: 'riksnitt' | 'svarsfrekvens', file: Blob) {
  const options = { headers: { 'Content-Type': 'text/csv' }, init: { body: file } };
  return answer(
    kind === 'riksnitt'
      ? api.api.riksnitt.$post(undefined, options)
      : api.api.riksnitt.svarsfrekvens.$post(undefined, options),
  );
}
