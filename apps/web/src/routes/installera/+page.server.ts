import { fail, redirect } from '@sveltejs/kit';
import { staffApi } from '$lib/server/api-client';
import { fieldErrors } from '$lib/services/api-answer';
import { fetchSetupStatus, login, setUp } from '$lib/services/auth.service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const setup = await fetchSetupStatus(staffApi(event));
  if (setup.ok && !setup.body.needed) redirect(303, '/logga-in');
  return {};
};

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const values = {
      forbundName: String(data.get('forbundName') ?? '').trim(),
      name: String(data.get('name') ?? '').trim(),
      email: String(data.get('email') ?? '').trim(),
      password: String(data.get('password') ?? ''),
    };
    const api = staffApi(event);
    const res = await setUp(api, values);
    if (res.status === 409) redirect(303, '/logga-in');
    if (!res.ok)
      return fail(400, { values: { ...values, password: '' }, errors: fieldErrors(res.body) });
    await login(api, { email: values.email, password: values.password });
    redirect(303, '/oversikt');
  },
};
