/**
 * @module
 * A round's archive package and gallring, for the förbund's admins: the API decides what
 * is allowed; this page shows the state and relays the two actions.
 */
import { error, fail } from '@sveltejs/kit';
import { staffApi } from '$lib/server/api-client';
import { fieldErrors } from '$lib/services/api-answer';
import { cullAnswers, setCullDate } from '$lib/services/archive.service';
import { fetchRound } from '$lib/services/rounds.service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { id } = event.params;
  if (!/^[1-9]\d*$/.test(id)) error(404, { message: 'Mätningen finns inte' });
  const round = await fetchRound(staffApi(event), id);
  if (!round.ok) error(404, { message: 'Mätningen finns inte' });
  const { me } = await event.parent();
  const role = me.memberships.find((m) => m.forbundId === round.body.forbundId)?.role;
  if (role !== 'admin')
    error(403, { message: 'Bara förbundets administratörer arkiverar och gallrar.' });
  // The day in Sweden, as the API judges "from this day".
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' }).format(
    new Date(),
  );
  return { round: round.body, today };
};

/** A refused form: its errors by field, and what to say. */
function refuse(status: number, form: string, errors: Record<string, string>, message: string) {
  return fail(status, { form, errors, message });
}

const detailOf = (body: unknown) => (body as { detail?: string } | null)?.detail;

export const actions: Actions = {
  date: async (event) => {
    const data = await event.request.formData();
    const cullAfter = data.get('clear') ? null : String(data.get('cullAfter') ?? '').slice(0, 20);
    if (cullAfter === '') return refuse(400, 'date', { cullAfter: 'ange en dag' }, 'ange en dag');
    const res = await setCullDate(staffApi(event), event.params.id, cullAfter);
    if (!res.ok) {
      const errors = fieldErrors(res.body);
      return refuse(res.status, 'date', errors, errors.cullAfter ?? 'Datumet sparades inte.');
    }
    return {
      form: 'date',
      done:
        cullAfter === null
          ? 'Gallringsdatumet är borttaget.'
          : `Svaren får gallras från och med ${cullAfter}.`,
    };
  },
  cull: async (event) => {
    const data = await event.request.formData();
    const confirm = String(data.get('confirm') ?? '').slice(0, 200);
    const res = await cullAnswers(staffApi(event), event.params.id, confirm);
    if (!res.ok) {
      const errors = fieldErrors(res.body);
      return refuse(
        res.status,
        'cull',
        errors,
        errors.confirm ?? detailOf(res.body) ?? 'Svaren gallrades inte.',
      );
    }
    return { form: 'cull', done: `${res.body.responses} enkäter är gallrade.` };
  },
};
