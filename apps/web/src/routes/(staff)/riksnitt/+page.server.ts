/**
 * @module
 * Riksnitt: which years of national figures are loaded, one year's figures, and for the
 * installation administrator the two CSV uploads (riksnitt and svarsfrekvens).
 */
import { nns2021 } from '@indikera/instrument';
import { fail } from '@sveltejs/kit';
import { callApi } from '$lib/server/staff-api';
import { uploadFile } from '$lib/server/upload-api';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

interface YearCount {
  readonly year: number;
  readonly count: number;
}

interface Overview {
  readonly questions: readonly YearCount[];
  readonly responseRates: readonly YearCount[];
}

interface YearFigures {
  readonly year: number;
  readonly questions: readonly {
    question: string;
    all: number | null;
    kvinna: number | null;
    man: number | null;
  }[];
  readonly responseRates: readonly { group: string; responseRate: number }[];
}

export interface FileError {
  readonly line?: number;
  readonly field: string;
  readonly message: string;
}

type Kind = 'riksnitt' | 'svarsfrekvens';

export const load: PageServerLoad = async (event) => {
  const overview = (await callApi<Overview>(event, 'GET', '/api/riksnitt')).body;
  const years = [
    ...new Set([...overview.questions, ...overview.responseRates].map((y) => y.year)),
  ].sort((a, b) => b - a);
  const asked = Number(event.url.searchParams.get('ar'));
  const year = years.includes(asked) ? asked : years[0];
  const figures =
    year === undefined
      ? null
      : (await callApi<YearFigures>(event, 'GET', `/api/riksnitt/${year}`)).body;
  const groupLabels = Object.fromEntries(nns2021.groups.map((g) => [g.id, g.label]));
  return { overview, years, figures, groupLabels };
};

async function upload(event: RequestEvent, kind: Kind) {
  const data = await event.request.formData();
  const file = data.get('file');
  if (!(file instanceof File) || file.size === 0)
    return fail(400, { kind, message: 'Välj en CSV-fil.', errors: [] as FileError[] });
  const path = kind === 'riksnitt' ? '/api/riksnitt' : '/api/riksnitt/svarsfrekvens';
  const res = await uploadFile<{
    years: number[];
    rows: number;
    detail?: string;
    errors?: FileError[];
  }>(event, path, file, 'text/csv');
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
