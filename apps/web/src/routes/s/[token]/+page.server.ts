import { getInstrument } from '@indikera/instrument';
import { fail, redirect } from '@sveltejs/kit';
import { fetchSurvey, postResponse } from '$lib/server/survey-api';
import { readForm, showSurvey } from '$lib/survey/survey';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async ({ params, url, locals }) => {
  const survey = await fetchSurvey(params.token, locals.lang);
  const instrument = getInstrument(survey.instrumentVersion);
  return {
    token: params.token,
    lang: locals.lang,
    forbund: survey.forbund.name,
    insats: survey.insats?.name ?? null,
    kiosk: survey.kiosk,
    group: survey.group.id,
    instrumentVersion: survey.instrumentVersion,
    shown: showSurvey(instrument, survey.group.id, locals.lang),
    step: url.searchParams.get('steg') === 'fragor' ? ('questions' as const) : ('start' as const),
    // For the form without JavaScript; with JavaScript each respondent gets a fresh id.
    responseId: crypto.randomUUID(),
  };
};

function formValues(data: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of data) if (typeof value === 'string') values[key] = value;
  return values;
}

/**
 * A posted questionnaire, read and checked with the instrument's rules: the form values,
 * and either the reading or the failure that sends the person back to the questions.
 */
async function readPosted({ request, params, locals }: RequestEvent) {
  const values = formValues(await request.formData());
  const survey = await fetchSurvey(params.token, locals.lang);
  const read = readForm(
    getInstrument(survey.instrumentVersion),
    survey.group.id,
    values,
    locals.lang,
  );
  const invalid =
    Object.keys(read.errors).length > 0
      ? fail(400, { step: 'questions' as const, values, errors: read.errors })
      : null;
  return { values, read, invalid };
}

export const actions: Actions = {
  /** From the questions to the review, or back with every error beside its question. */
  review: async (event) => {
    const posted = await readPosted(event);
    if (posted.invalid) return posted.invalid;
    return { step: 'review' as const, values: posted.values, errors: {} };
  },
  /** Back from the review to the questions, answers kept. */
  edit: async ({ request }) => {
    return { step: 'questions' as const, values: formValues(await request.formData()), errors: {} };
  },
  /** Stores the response through the API, then the thank-you page (post, redirect, get). */
  submit: async (event) => {
    const posted = await readPosted(event);
    if (posted.invalid) return posted.invalid;
    const { values, read } = posted;
    const { params, locals } = event;
    const outcome = await postResponse(
      params.token,
      { id: values.id ?? crypto.randomUUID(), kon: read.kon, answers: read.answers },
      locals.lang,
      event.getClientAddress(),
    );
    if (!outcome.ok)
      return fail(400, { step: 'questions' as const, values, errors: outcome.errors });
    redirect(303, `/s/${params.token}/tack${locals.lang === 'sv' ? '' : `?lang=${locals.lang}`}`);
  },
};
