import { fail, redirect } from '@sveltejs/kit';
import { callApi, fieldErrors } from '$lib/server/staff-api';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const setup = await callApi<{ needed: boolean }>(event, 'GET', '/api/setup');
  if (!setup.body.needed) redirect(303, '/logga-in');
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
    const res = await callApi(event, 'POST', '/api/setup', values);
    if (res.status === 409) redirect(303, '/logga-in');
    if (!res.ok)
      return fail(400, { values: { ...values, password: '' }, errors: fieldErrors(res.body) });
    await callApi(event, 'POST', '/api/auth/login', {
      email: values.email,
      password: values.password,
    });
    redirect(303, '/oversikt');
  },
};
