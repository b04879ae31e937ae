import { fail, redirect } from '@sveltejs/kit';
import { staffApi } from '$lib/server/api-client';
import { safeTarget } from '$lib/server/safe-target';
import { fetchSetupStatus, login } from '$lib/services/auth.service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const setup = await fetchSetupStatus(staffApi(event));
  if (setup.ok && setup.body.needed) redirect(303, '/installera');
  return {
    target: safeTarget(event.url.searchParams.get('till')),
    expired: event.url.searchParams.get('utgangen') === '1',
    changed: event.url.searchParams.get('bytt') === '1',
  };
};

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const target = safeTarget(String(data.get('till') ?? ''));
    const missing: { email?: string; password?: string } = {};
    if (email === '') missing.email = 'Ange din e-postadress.';
    if (password === '') missing.password = 'Ange ditt lösenord.';
    if (Object.keys(missing).length > 0)
      return fail(400, { email, errors: missing, message: null });
    const res = await login(staffApi(event), { email, password });
    if (res.ok) redirect(303, target);
    const message =
      res.status === 429
        ? 'För många misslyckade försök. Vänta en stund och försök igen.'
        : 'Fel e-postadress eller lösenord.';
    return fail(res.status === 429 ? 429 : 400, { email, errors: missing, message });
  },
};
