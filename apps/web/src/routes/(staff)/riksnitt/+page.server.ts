/**
 * @module
 * Riksnitt: which years of national figures are loaded, one year's figures, and for the
 * installation administrator the two CSV uploads (riksnitt and svarsfrekvens).
 */
import { error, fail } from '@sveltejs/kit';
import { staffApi } from '$lib/server/api-client';
import type { FieldError } from '$lib/services/api-types';
import { listInstruments } from '$lib/services/instruments.service';
import {
  fetchRiksnittYear,
  fetchRiksnittYears,
  uploadRiksnitt,
} from '$lib/services/riksnitt.service';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

type Kind = 'riksnitt' | 'svarsfrekvens';

export const load: PageServerLoad = async (event) => {
  const api = staffApi(event);
  const loaded = await fetchRiksnittYears(api);
  if (!loaded.ok) error(loaded.status, { message: 'Riksnitten kunde inte hämtas' });
  const overview = loaded.body;
  const years = [
    ...new Set([...overview.questions, ...overview.responseRates].map((y) => y.year)),
  ].sort((a, b) => b - a);
  const asked = Number(event.url.searchParams.get('ar'));
  const year = years.includes(asked) ? asked : years[0];
  const ofYear = year === undefined ? null : await fetchRiksnittYear(api, year);
  const figures = ofYear?.ok ? ofYear.body : null;
  // The groups of every version in the registry (a later version's name wins).
  const versions = await listInstruments(api);
  const groupLabels = Object.assign(
    {},
    ...(versions.ok ? versions.body : []).map((v) => v.groupLabels),
  ) as Record<string, string>;
  return { overview, years, figures, groupLabels };
};

async function upload(event: RequestEvent, kind: Kind) {
  const data = await event.request.formData();
  const file = data.get('file');
  if (!(file instanceof File) || file.size === 0)
    return fail(400, { kind, message: 'Välj en CSV-fil.', errors: [] as FieldError[] });
  const res = await uploadRiksnitt(staffApi(event), kind, file);
  if (!res.ok)
    return fail(res.status === 422 ? 422 : 400, {
      kind,
      message: res.body.detail ?? 'Filen kunde inte läsas in.',
      errors: res.body.errors ?? [],
    });
  return { kind, years: res.body.years, rows: res.body.rows };
}

export const actions: Actions = {
  riksnitt: (event) => upload(event, 'riksnitt'),
  svarsfrekvens: (event) => upload(event, 'svarsfrekvens'),
};
