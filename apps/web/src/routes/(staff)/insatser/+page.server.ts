/**
 * @module
 * Insatser per förbund the person is a member of: listed for all, added and renamed by
 * koordinatorer and administratörer.
 */
import { fail } from '@sveltejs/kit';
import { staffApi } from '$lib/server/api-client';
import { fieldErrors } from '$lib/services/api-answer';
import { createInsats, listInsatser, renameInsats } from '$lib/services/forbund.service';
import type { Actions, PageServerLoad } from './$types';

/** The problem's own sentence (a 409's "Insatsen … finns redan."), or the name field's error. */
function nameError(body: unknown, status: number): string {
  const detail = (body as { detail?: string } | null)?.detail;
  return (
    fieldErrors(body).name ??
    detail ??
    (status === 403 ? 'Du får inte ändra förbundets insatser.' : 'Det gick inte att spara.')
  );
}

export const load: PageServerLoad = async (event) => {
  const { me } = await event.parent();
  const api = staffApi(event);
  const forbund = await Promise.all(
    me.memberships.map(async (m) => {
      const insatser = await listInsatser(api, m.forbundId);
      return { ...m, insatser: insatser.ok ? insatser.body : [] };
    }),
  );
  return { forbund };
};

export const actions: Actions = {
  create: async (event) => {
    const data = await event.request.formData();
    const forbundId = Number(data.get('forbundId'));
    const name = String(data.get('name') ?? '').trim();
    const res = await createInsats(staffApi(event), forbundId, name);
    if (!res.ok)
      return fail(res.status === 409 ? 409 : 400, {
        action: 'create' as const,
        forbundId,
        insatsId: null,
        name,
        error: nameError(res.body, res.status),
      });
    return { done: `Insatsen ${res.body.name} är tillagd.` };
  },
  rename: async (event) => {
    const data = await event.request.formData();
    const insatsId = Number(data.get('insatsId'));
    const name = String(data.get('name') ?? '').trim();
    const res = await renameInsats(staffApi(event), insatsId, name);
    if (!res.ok)
      return fail(res.status === 409 ? 409 : 400, {
        action: 'rename' as const,
        forbundId: null,
        insatsId,
        name,
        error: nameError(res.body, res.status),
      });
    return { done: `Insatsen heter nu ${res.body.name}.` };
  },
};
