/**
 * @module
 * A round's archive package and gallring, for the förbund's admins: the API decides what
 * is allowed; this page shows the state and relays the two actions.
 */
import { error, fail } from '@sveltejs/kit';
import { callApi, fieldErrors } from '$lib/server/staff-api';
import type { Round } from '$lib/staff/types';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { id } = event.params;
  if (!/^[1-9]\d*$/.test(id)) error(404, { message: 'Mätningen finns inte' });
  const round = await callApi<Round>(event, 'GET', `/api/rounds/${id}`);
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

export const actions: Actions = {
  date: async (event) => {
    const data = await event.request.formData();
    const cullAfter = data.get('clear') ? null : String(data.get('cullAfter') ?? '').slice(0, 20);
    if (cullAfter === '') {
      const message = 'ange en dag';
      return fail(400, { form: 'date', errors: { cullAfter: message }, message });
    }
    const res = await callApi(event, 'PUT', `/api/rounds/${event.params.id}/gallring`, {
      cullAfter,
    });
    if (!res.ok) {
      const errors = fieldErrors(res.body);
      return fail(res.status, {
        form: 'date',
        errors,
        message: errors.cullAfter ?? 'Datumet sparades inte.',
      });
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
    const res = await callApi<{ responses: number }>(
      event,
      'POST',
      `/api/rounds/${event.params.id}/gallring/cull`,
      { confirm: String(data.get('confirm') ?? '').slice(0, 200) },
    );
    if (!res.ok) {
      const detail = (res.body as { detail?: string } | null)?.detail;
      const errors = fieldErrors(res.body);
      return fail(res.status, {
        form: 'cull',
        errors,
        message: errors.confirm ?? detail ?? 'Svaren gallrades inte.',
      });
    }
    return { form: 'cull', done: `${res.body.responses} enkäter är gallrade.` };
  },
};
