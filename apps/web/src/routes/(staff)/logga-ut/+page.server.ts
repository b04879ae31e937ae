import { redirect } from '@sveltejs/kit';
import { staffApi } from '$lib/server/api-client';
import { logout } from '$lib/services/auth.service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/oversikt');

export const actions: Actions = {
  default: async (event) => {
    await logout(staffApi(event));
    redirect(303, '/logga-in');
  },
};
