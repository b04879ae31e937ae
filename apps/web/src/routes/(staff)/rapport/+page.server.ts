/**
 * @module
 * Rapport in the menu: the report of the round the overview shows (the newest open one,
 * else the newest), one click from anywhere; a page of its own only when there is none.
 */
import { redirect } from '@sveltejs/kit';
import { staffApi } from '$lib/server/api-client';
import { listRounds } from '$lib/services/rounds.service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const list = await listRounds(staffApi(event));
  const rounds = list.ok ? list.body : [];
  const current = rounds.find((r) => r.status === 'open') ?? rounds[0];
  if (current) redirect(303, `/matningar/${current.id}/rapport`);
  return {};
};
