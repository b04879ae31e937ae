import { fail, redirect } from '@sveltejs/kit';
import { fetchSurvey, postResponse } from '$lib/server/survey-api';
import { dropDraft, keepDraft, readDraft } from '$lib/server/survey-draft';
import { idleOf, type Steg, surveyQuery } from '$lib/survey/addresses';
import type { Draft } from '$lib/survey/draft';
import { readForm, showSurvey } from '$lib/survey/survey';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  const { params, url, locals } = event;
  const survey = await fetchSurvey(params.token, locals.lang);
  const { instrument } = survey;
  const steg = url.searchParams.get('steg');
  // A start page is a fresh person: nothing of an earlier draft stays.
  if (steg === null) dropDraft(event);
  const draft = steg === 'andra' || steg === 'granska' ? readDraft(event) : null;
  const errors = draft ? readForm(instrument, survey.group.id, draft, locals.lang).errors : {};
  const step =
    steg === null
      ? ('start' as const)
      : steg === 'granska' && draft && Object.keys(errors).length === 0
        ? ('review' as const)
        : ('questions' as const);
  return {
    token: params.token,
    lang: locals.lang,
    idle: idleOf(url),
    forbund: survey.forbund.name,
    insats: survey.insats?.name ?? null,
    kiosk: survey.kiosk,
    group: survey.group.id,
    instrument,
    shown: showSurvey(instrument, survey.group.id, locals.lang),
    step,
    values: draft ?? {},
    errors,
    // For the form without JavaScript; with JavaScript each respondent gets a fresh id.
    responseId: draft?.id ?? crypto.randomUUID(),
  };
};

function formValues(data: FormData): Draft {
  const values: Draft = {};
  for (const [key, value] of data) if (typeof value === 'string') values[key] = value;
  return values;
}

/** The page of a step, with the language and idle time kept; `#fragment` optional. */
function stepAddress(event: RequestEvent, steg: Steg, fragment = ''): string {
  return `/s/${event.params.token}${surveyQuery(event.locals.lang, idleOf(event.url), steg)}${fragment}`;
}

/** The posted answers, with the instrument's reading of them. */
async function readPosted(event: RequestEvent) {
  const values = formValues(await event.request.formData());
  const survey = await fetchSurvey(event.params.token, event.locals.lang);
  const read = readForm(survey.instrument, survey.group.id, values, event.locals.lang);
  return { values, read };
}

/** Only the answers of a posted form go into the draft, never a button's own field. */
function answersOf(values: Draft): Draft {
  const answers: Draft = {};
  for (const [key, value] of Object.entries(values))
    if (/^(q-|kon$|id$)/.test(key) && value !== '') answers[key] = value;
  return answers;
}

export const actions: Actions = {
  /** From the questions to the review, or back with every error beside its question. */
  review: async (event) => {
    const { values, read } = await readPosted(event);
    keepDraft(event, answersOf(values));
    if (Object.keys(read.errors).length > 0)
      redirect(303, stepAddress(event, 'andra', '#fel-rubrik'));
    redirect(303, stepAddress(event, 'granska'));
  },
  /**
   * Back to the questions, answers kept; with `ta-bort` one answer taken back (a
   * question id, or `kon`), and every follow-up that no longer applies checked again.
   */
  edit: async (event) => {
    const values = formValues(await event.request.formData());
    const removed = values['ta-bort'];
    const answers = answersOf(values);
    if (removed) delete answers[removed === 'kon' ? 'kon' : `q-${removed}`];
    keepDraft(event, answers);
    const fragment = removed && /^[A-Za-z0-9]{1,8}$/.test(removed) ? `#fraga-${removed}` : '';
    redirect(303, stepAddress(event, 'andra', fragment));
  },
  /** Stores the response through the API, then the thank-you page (post, redirect, get). */
  submit: async (event) => {
    const { values, read } = await readPosted(event);
    const { params, locals, url } = event;
    if (Object.keys(read.errors).length > 0) {
      keepDraft(event, answersOf(values));
      redirect(303, stepAddress(event, 'andra', '#fel-rubrik'));
    }
    const outcome = await postResponse(
      params.token,
      { id: values.id ?? crypto.randomUUID(), kon: read.kon, answers: read.answers },
      locals.lang,
      event.getClientAddress(),
    );
    if (!outcome.ok)
      return fail(400, { step: 'questions' as const, values, errors: outcome.errors });
    dropDraft(event);
    redirect(303, `/s/${params.token}/tack${surveyQuery(locals.lang, idleOf(url))}`);
  },
};
