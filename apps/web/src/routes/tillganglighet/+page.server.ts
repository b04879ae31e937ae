import { fetchAccessibilityContact } from '$lib/server/survey-api';
import type { PageServerLoad } from './$types';

/** Opened from a questionnaire (`?lank=<token>`): the contact of that link's förbund. */
export const load: PageServerLoad = async ({ url }) => {
  const token = url.searchParams.get('lank');
  const valid = token !== null && /^[A-Za-z0-9_-]{1,100}$/.test(token);
  return { contact: valid ? await fetchAccessibilityContact(token) : null };
};
