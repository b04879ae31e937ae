/**
 * @module
 * Changing one's own password: the current one, then the new one. Every other session
 * of the person ends; this one goes on.
 */
import { fail } from '@sveltejs/kit';
import { staffApi } from '$lib/server/api-client';
import { fieldErrors } from '$lib/services/api-answer';
import { changePassword } from '$lib/services/auth.service';
import type { Actions } from './$types';

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const res = await changePassword(staffApi(event), {
      currentPassword: String(data.get('currentPassword') ?? ''),
      newPassword: String(data.get('newPassword') ?? ''),
    });
    if (res.ok) return { changed: true };
    if (res.status === 429) {
      return fail(429, { errors: {}, message: 'För många felaktiga försök. Vänta en stund.' });
    }
    return fail(400, { errors: fieldErrors(res.body), message: 'Rätta uppgifterna nedan.' });
  },
};
