/**
 * @module
 * The socialt bokslut page's data and forms: the round's målområden and targets with
 * their results, all from the API (which computes every figure, disclosure control
 * applied); the questions and options of the round's version for setting targets up.
 */
import { findQuestion, scaleOf } from '@indikera/instrument';
import { error } from '@sveltejs/kit';
import { staffApi } from '$lib/server/api-client';
import { refuse, relay } from '$lib/server/form-answer';
import { staffRound } from '$lib/server/staff-round';
import {
  addMalomrade,
  addTarget,
  carryOverTargets,
  fetchBokslut,
  removeMalomrade,
  removeTarget,
  setMargin,
  setOutcome,
} from '$lib/services/bokslut.service';
import { fetchRound, roundInstrument } from '$lib/services/rounds.service';
import { alikeQuestions } from '$lib/staff/alike-questions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { id } = event.params;
  const { api, round } = await staffRound(event);
  const bokslut = await fetchBokslut(api, id);
  if (!bokslut.ok)
    error(bokslut.status === 410 ? 410 : 404, { message: 'Det sociala bokslutet finns inte' });
  const { me } = await event.parent();
  const role = me.memberships.find((m) => m.forbundId === round.forbundId)?.role;
  const found = await roundInstrument(api, round.id);
  if (!found.ok) error(404, { message: 'Mätningen finns inte' });
  const instrument = found.body;
  const questions = instrument.questions.map((q) => ({
    id: q.id,
    group: instrument.groups.find((g) => g.id === q.group)?.label ?? q.group,
    number: q.number,
    indicator: q.indicator,
    text: q.text,
    scale: q.scale,
  }));
  // Step two of a target on questions: the chosen question, its options, and the same
  // question (indicator and scale) in the other groups.
  const chosenId = event.url.searchParams.get('fraga');
  const chosen = questions.find((q) => q.id === chosenId);
  const chosenQuestion = findQuestion(instrument, chosenId ?? '');
  const area = Number(event.url.searchParams.get('omrade'));
  const choice =
    chosen && chosenQuestion
      ? {
          area,
          question: chosen,
          alike: alikeQuestions(questions, chosen),
          options: scaleOf(instrument, chosenQuestion).options.map((o) => ({
            code: String(o.code),
            label: o.label,
          })),
        }
      : null;
  return {
    round,
    bokslut: bokslut.body,
    instrument,
    questions,
    choice,
    mayEdit: role === 'admin' || role === 'koordinator',
    isAdmin: role === 'admin',
  };
};

/** A number as people type it in Sweden: `9,5` or `9.5`; null for an empty field. */
function numberOf(value: FormDataEntryValue | null): number | null | 'invalid' {
  const text = String(value ?? '')
    .trim()
    .replace(',', '.')
    .replace(/\s/g, '');
  if (text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : 'invalid';
}

const text = (data: FormData, name: string) => String(data.get(name) ?? '').slice(0, 600);

export const actions: Actions = {
  area: async (event) => {
    const data = await event.request.formData();
    return relay(
      'area',
      addMalomrade(staffApi(event), event.params.id, text(data, 'name')),
      'Målområdet är tillagt.',
    );
  },
  question: async (event) => {
    const data = await event.request.formData();
    const share = numberOf(data.get('share'));
    if (share === null || share === 'invalid') {
      return refuse(400, 'question', { share: 'ange målet i procent, t.ex. 80' }, 'Rätta målet.');
    }
    const goal = text(data, 'goal').trim();
    return relay(
      'question',
      addTarget(staffApi(event), Number(data.get('area')), {
        kind: 'question',
        ...(goal ? { goal } : {}),
        questions: data.getAll('questions').map(String).slice(0, 10),
        options: data.getAll('options').map(String).slice(0, 11),
        share,
      }),
      'Målet är tillagt.',
    );
  },
  manual: async (event) => {
    const data = await event.request.formData();
    const value = numberOf(data.get('value'));
    const outcome = numberOf(data.get('outcome'));
    const errors: Record<string, string> = {};
    if (value === null || value === 'invalid')
      errors.value = 'ange målvärdet som ett tal, t.ex. 9,0';
    if (outcome === 'invalid') errors.outcome = 'ange utfallet som ett tal, eller lämna tomt';
    if (value === null || value === 'invalid' || outcome === 'invalid')
      return refuse(400, 'manual', errors, 'Rätta uppgifterna.');
    const goal = text(data, 'goal').trim();
    return relay(
      'manual',
      addTarget(staffApi(event), Number(data.get('area')), {
        kind: 'manual',
        ...(goal ? { goal } : {}),
        statement: text(data, 'statement'),
        value,
        unit: text(data, 'unit').trim().slice(0, 40),
        direction: data.get('direction') === 'atMost' ? 'atMost' : 'atLeast',
        outcome,
      }),
      'Målet är tillagt.',
    );
  },
  outcome: async (event) => {
    const data = await event.request.formData();
    const outcome = numberOf(data.get('outcome'));
    if (outcome === 'invalid') {
      return refuse(
        400,
        'outcome',
        { outcome: 'ange utfallet som ett tal, eller lämna tomt' },
        'Rätta utfallet.',
      );
    }
    return relay(
      'outcome',
      setOutcome(staffApi(event), Number(data.get('target')), outcome),
      outcome === null ? 'Utfallet är borttaget.' : 'Utfallet är sparat.',
    );
  },
  removeTarget: async (event) => {
    const data = await event.request.formData();
    return relay(
      'remove',
      removeTarget(staffApi(event), Number(data.get('target'))),
      'Målet är borttaget.',
    );
  },
  removeArea: async (event) => {
    const data = await event.request.formData();
    return relay(
      'remove',
      removeMalomrade(staffApi(event), Number(data.get('area'))),
      'Målområdet är borttaget.',
    );
  },
  copy: async (event) =>
    relay(
      'copy',
      carryOverTargets(staffApi(event), event.params.id),
      'Förra årets mål är hämtade.',
    ),
  margin: async (event) => {
    const data = await event.request.formData();
    const round = await fetchRound(staffApi(event), event.params.id);
    const points = numberOf(data.get('points'));
    if (!round.ok || points === null || points === 'invalid' || !Number.isInteger(points)) {
      return refuse(
        400,
        'margin',
        { points: 'ange ett heltal mellan 0 och 50' },
        'Rätta marginalen.',
      );
    }
    return relay(
      'margin',
      setMargin(staffApi(event), round.body.forbundId, points),
      'Marginalen är sparad.',
    );
  },
};
