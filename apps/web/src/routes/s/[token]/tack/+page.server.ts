import { fetchSurvey } from '$lib/server/survey-api';
import { dropDraft } from '$lib/server/survey-draft';
import { idleOf } from '$lib/survey/addresses';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { params, locals, url } = event;
  const survey = await fetchSurvey(params.token, locals.lang);
  // Sent: nothing of the answers may wait in the browser any longer.
  dropDraft(event);
  return { token: params.token, lang: locals.lang, kiosk: survey.kiosk, idle: idleOf(url) };
};
