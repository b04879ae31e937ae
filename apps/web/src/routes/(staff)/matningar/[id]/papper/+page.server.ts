/**
 * Paper entry: a koordinator types one paper questionnaire at a time for a round. Each
 * form carries an id made when it is shown, so that saving the same form twice stores it
 * once; a batch label and the count in it go from one form to the next.
 */
import { isGender } from '@indikera/instrument';
import { error, fail } from '@sveltejs/kit';
import { withQuestionNumbers } from '$lib/entry/question-numbers';
import { staffApi } from '$lib/server/api-client';

import { fieldErrors } from '$lib/services/api-answer';
import { listInsatser } from '$lib/services/forbund.service';
import { enterPaper } from '$lib/services/responses.service';
import { fetchRound, roundInstrument } from '$lib/services/rounds.service';
import { mayCollect } from '$lib/staff/roles';
import { showSurvey } from '$lib/survey/survey';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** Today in Sweden, `YYYY-MM-DD`. */
function today(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
}

export const load: PageServerLoad = async (event) => {
  const api = staffApi(event);
  const round = await fetchRound(api, event.params.id);
  if (!round.ok) error(404, { message: 'Mätningen finns inte' });
  const { me } = await event.parent();
  const role = me.memberships.find((m) => m.forbundId === round.body.forbundId)?.role;
  if (!mayCollect(role))
    error(403, { message: 'Bara koordinatorer och administratörer registrerar pappersenkäter' });
  const insatser = await listInsatser(api, round.body.forbundId);
  const found = await roundInstrument(api, round.body.id);
  if (!found.ok) error(404, { message: 'Mätningen finns inte' });
  const instrument = found.body;
  const groups = instrument.groups.map((g) => ({ id: g.id, label: g.label }));
  const asked = event.url.searchParams.get('grupp') ?? '';
  const group = groups.some((g) => g.id === asked) ? asked : null;
  return {
    round: round.body,
    insatser: insatser.ok ? insatser.body : [],
    groups,
    group,
    survey: group === null ? null : showSurvey(instrument, group, 'sv'),
    formId: crypto.randomUUID(),
    today: today(),
  };
};

/** The questions of a group as the paper form numbers them, for the error messages. */
async function questionsOf(event: RequestEvent, group: string) {
  const found = await roundInstrument(staffApi(event), event.params.id);
  if (!found.ok) return [];
  const instrument = found.body;
  if (!instrument.groups.some((g) => g.id === group)) return [];
  return showSurvey(instrument, group, 'sv').questions;
}

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const values: Record<string, string> = {};
    for (const [key, value] of data) if (typeof value === 'string') values[key] = value;
    const text = (name: string) => (values[name] ?? '').trim();
    const answers: Record<string, number | string> = {};
    for (const [key, value] of Object.entries(values)) {
      if (!key.startsWith('q-') || value === '') continue;
      answers[key.slice(2)] = /^\d+$/.test(value) ? Number(value) : value;
    }
    const id = /^[0-9a-f-]{36}$/i.test(text('id')) ? text('id') : crypto.randomUUID();
    const insatsId = text('insatsId');
    const batch = text('batch');
    const kon = text('kon');
    if (kon !== '' && !isGender(kon)) {
      return fail(400, {
        errors: { kon: 'välj kvinna, man, annat eller inget' } as Record<string, string>,
        problem: null,
        values: { ...values, id },
      });
    }
    const body = {
      id,
      group: text('group'),
      kon: isGender(kon) ? kon : null,
      insatsId: insatsId === '' ? null : Number(insatsId),
      answeredOn: text('answeredOn') === '' ? undefined : text('answeredOn'),
      batch: batch === '' ? undefined : batch,
      answers,
    };
    const res = await enterPaper(staffApi(event), event.params.id, body);
    const previous = Number(text('batchCount')) || 0;
    const sameBatch = text('previousBatch') === batch;
    if (res.status === 409 || res.status === 403 || res.status === 404) {
      const detail = (res.body as { detail?: string } | null)?.detail;
      return fail(res.status, {
        errors: {} as Record<string, string>,
        problem: detail ?? 'Blanketten kunde inte sparas.',
        values: { ...values, id },
      });
    }
    if (!res.ok) {
      const errors: Record<string, string> = {};
      const questions = await questionsOf(event, text('group'));
      for (const [field, message] of Object.entries(fieldErrors(res.body)))
        errors[field.startsWith('answers.') ? field.slice('answers.'.length) : field] =
          withQuestionNumbers(message, questions);
      const problem =
        Object.keys(errors).length === 0
          ? ((res.body as { detail?: string } | null)?.detail ?? 'Blanketten kunde inte sparas.')
          : null;
      return fail(400, { errors, problem, values: { ...values, id } });
    }
    const count = (sameBatch ? previous : 0) + (res.body.status === 'created' ? 1 : 0);
    return {
      saved: true,
      duplicate: res.body.status === 'duplicate',
      batch,
      batchCount: count,
      answeredOn: body.answeredOn ?? '',
      insatsId,
    };
  },
};
