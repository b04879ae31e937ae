/**
 * @module
 * Accepting an invitation to a förbund: signed in with the invited address, join with
 * one button; someone new chooses a name and a password and is signed in; someone with
 * an account signs in first and comes back here.
 */
import { error, fail, redirect } from '@sveltejs/kit';
import { staffApi } from '$lib/server/api-client';
import { fieldErrors } from '$lib/services/api-answer';
import { fetchMe } from '$lib/services/auth.service';
import { acceptInvitation, showInvitation } from '$lib/services/invitations.service';
import type { Actions, PageServerLoad } from './$types';

const detailOf = (body: unknown, fallback: string) =>
  (body as { detail?: string } | null)?.detail ?? fallback;

export const load: PageServerLoad = async (event) => {
  const api = staffApi(event);
  const invitation = await showInvitation(api, event.params.token);
  if (!invitation.ok) {
    error(404, {
      message: 'Inbjudan gäller inte längre',
      hint: 'Den finns inte, har redan använts eller har gått ut. Be förbundets administratör om en ny länk.',
    });
  }
  const me = await fetchMe(api);
  return {
    invitation: invitation.body,
    me: me.ok ? { email: me.body.email, name: me.body.name } : null,
    path: event.url.pathname,
  };
};

function accept(event: Parameters<Actions[string]>[0], body: { name?: string; password?: string }) {
  return acceptInvitation(staffApi(event), event.params.token ?? '', body);
}

export const actions: Actions = {
  join: async (event) => {
    const res = await accept(event, {});
    if (res.ok) redirect(303, '/oversikt');
    return fail(res.status === 403 ? 403 : 400, {
      errors: {},
      name: '',
      message: detailOf(res.body, 'Det gick inte att gå med.'),
    });
  },
  create: async (event) => {
    const data = await event.request.formData();
    const name = String(data.get('name') ?? '').trim();
    const res = await accept(event, { name, password: String(data.get('password') ?? '') });
    if (res.ok) redirect(303, '/oversikt');
    return fail(res.status === 409 ? 409 : 400, {
      errors: fieldErrors(res.body),
      name,
      message: detailOf(res.body, 'Rätta uppgifterna nedan.'),
    });
  },
};
