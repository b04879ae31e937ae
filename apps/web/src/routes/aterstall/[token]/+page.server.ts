/**
 * @module
 * Choosing a new password with the one-time link an administrator handed over; then
 * signing in with it. Every session of the account has ended.
 */
import { error, fail, redirect } from '@sveltejs/kit';
import { staffApi } from '$lib/server/api-client';
import { fieldErrors } from '$lib/services/api-answer';
import { showPasswordReset, usePasswordReset } from '$lib/services/invitations.service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const reset = await showPasswordReset(staffApi(event), event.params.token);
  if (!reset.ok) {
    error(404, {
      message: 'Länken gäller inte längre',
      hint: 'Den finns inte, har redan använts eller har gått ut. Be förbundets administratör om en ny länk.',
    });
  }
  return { email: reset.body.email };
};

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const res = await usePasswordReset(staffApi(event), event.params.token ?? '', {
      password: String(data.get('password') ?? ''),
    });
    if (res.ok) redirect(303, '/logga-in?bytt=1');
    if (res.status === 404) redirect(303, event.url.pathname);
    return fail(400, { errors: fieldErrors(res.body) });
  },
};
