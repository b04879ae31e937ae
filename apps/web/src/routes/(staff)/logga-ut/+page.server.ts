import { redirect } from '@sveltejs/kit';
import { callApi } from '$lib/server/staff-api';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/oversikt');

export const actions: Actions = {
  default: async (event) => {
    await callApi(event, 'POST', '/api/auth/logout');
    redirect(303, '/logga-in');
  },
};
