/**
 * @module
 * The local questions page's data and forms: the round's own questions per group, the
 * ways to answer and count them, and which groups already have answers (and so are
 * locked), all from the API, which holds every rule.
 */
import { error } from '@sveltejs/kit';
import { staffApi } from '$lib/server/api-client';
import { refuse, relay } from '$lib/server/form-answer';
import { staffRound } from '$lib/server/staff-round';
import {
  addLocalQuestion,
  carryOverLocalQuestions,
  changeLocalQuestion,
  fetchLocalQuestions,
  removeLocalQuestion,
} from '$lib/services/local-questions.service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { id } = event.params;
  const { api, round } = await staffRound(event);
  const local = await fetchLocalQuestions(api, id);
  if (!local.ok) error(local.status === 410 ? 410 : 404, { message: 'Mätningen finns inte' });
  const { me } = await event.parent();
  const role = me.memberships.find((m) => m.forbundId === round.forbundId)?.role;
  return {
    round,
    local: local.body,
    mayEdit: role === 'admin' || role === 'koordinator',
  };
};

/**
 * A way to answer as the form sends it: the scale, then `k` and a key figure or `a` and
 * the answer that counts (`yesno|a|nej`); null when it is not that.
 */
function answerKind(value: FormDataEntryValue | null) {
  const [scale, how, what, ...rest] = String(value ?? '')
    .slice(0, 100)
    .split('|');
  if (!scale || !what || rest.length > 0) return null;
  if (how === 'k') return { scale, positive: { keyFigure: what } };
  if (how === 'a') return { scale, positive: { answer: what } };
  return null;
}

const text = (data: FormData) => String(data.get('text') ?? '').slice(0, 400);
const KIND_ERROR = { kind: 'välj hur frågan besvaras och vad som räknas' };

export const actions: Actions = {
  add: async (event) => {
    const data = await event.request.formData();
    const kind = answerKind(data.get('kind'));
    if (!kind) return refuse(400, 'add', KIND_ERROR, 'Rätta frågan.');
    return relay(
      'add',
      addLocalQuestion(staffApi(event), event.params.id, {
        group: String(data.get('group') ?? '').slice(0, 40),
        text: text(data),
        ...kind,
      }),
      'Frågan är tillagd.',
    );
  },
  change: async (event) => {
    const data = await event.request.formData();
    const question = String(data.get('question') ?? '').slice(0, 20);
    const kind = answerKind(data.get('kind'));
    if (!kind) return refuse(400, `change-${question}`, KIND_ERROR, 'Rätta frågan.');
    return relay(
      `change-${question}`,
      changeLocalQuestion(staffApi(event), event.params.id, question, {
        text: text(data),
        ...kind,
      }),
      'Frågan är ändrad.',
    );
  },
  remove: async (event) => {
    const data = await event.request.formData();
    const question = String(data.get('question') ?? '').slice(0, 20);
    return relay(
      'remove',
      removeLocalQuestion(staffApi(event), event.params.id, question),
      'Frågan är borttagen.',
    );
  },
  copy: async (event) =>
    relay(
      'copy',
      carryOverLocalQuestions(staffApi(event), event.params.id),
      'Förra årets lokala frågor är hämtade.',
    ),
};
