import { fail, redirect } from '@sveltejs/kit';
import { staffApi } from '$lib/server/api-client';
import { fieldErrors } from '$lib/services/api-answer';
import { listInstruments } from '$lib/services/instruments.service';
import { closeRound, createRound, listRounds, openRound } from '$lib/services/rounds.service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const api = staffApi(event);
  const rounds = await listRounds(api);
  const instruments = await listInstruments(api);
  return {
    rounds: rounds.ok ? rounds.body : [],
    // Newest first: a new round is answered on the newest added unless chosen otherwise.
    instruments: (instruments.ok ? instruments.body : [])
      .map((i) => ({ version: i.version, name: i.name }))
      .reverse(),
    thisYear: new Date().getFullYear(),
  };
};

function roundId(data: FormData): number {
  return Number(data.get('roundId'));
}

export const actions: Actions = {
  create: async (event) => {
    const data = await event.request.formData();
    const values = {
      forbundId: Number(data.get('forbundId')),
      name: String(data.get('name') ?? '').trim(),
      year: Number(data.get('year')),
      instrumentVersion: String(data.get('instrumentVersion') ?? '') || undefined,
      startsOn: String(data.get('startsOn') ?? '') || null,
      endsOn: String(data.get('endsOn') ?? '') || null,
    };
    const res = await createRound(staffApi(event), values);
    if (!res.ok)
      return fail(res.status === 403 ? 403 : 400, {
        values,
        errors: fieldErrors(res.body),
        status: res.status,
      });
    redirect(303, `/matningar/${res.body.id}/lankar`);
  },
  open: async (event) => {
    const res = await openRound(staffApi(event), roundId(await event.request.formData()));
    if (!res.ok) return fail(res.status, { errors: {}, status: res.status });
    return { done: 'Mätningen är öppen för svar.' };
  },
  close: async (event) => {
    const res = await closeRound(staffApi(event), roundId(await event.request.formData()));
    if (!res.ok) return fail(res.status, { errors: {}, status: res.status });
    return { done: 'Mätningen är stängd. Länkarna tar inte emot fler svar.' };
  },
};
