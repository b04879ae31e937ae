import { fetchSurvey } from '$lib/server/survey-api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
  const survey = await fetchSurvey(params.token, locals.lang);
  return { token: params.token, lang: locals.lang, kiosk: survey.kiosk };
};
