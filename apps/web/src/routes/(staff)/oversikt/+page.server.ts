import { error } from '@sveltejs/kit';
import { staffApi } from '$lib/server/api-client';
import { fetchReport } from '$lib/services/report.service';
import { fetchRound, listRounds } from '$lib/services/rounds.service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const api = staffApi(event);
  const list = await listRounds(api);
  const rounds = list.ok ? list.body : [];
  const asked = Number(event.url.searchParams.get('matning'));
  // The current round: the one asked for, else the newest open one, else the newest.
  const current =
    rounds.find((r) => r.id === asked) ?? rounds.find((r) => r.status === 'open') ?? rounds[0];
  if (!current) return { rounds, current: null, report: null };
  const detail = await fetchRound(api, current.id);
  // The report's group figures carry the response rates from the links' numbers asked.
  const report = await fetchReport(api, current.id);
  if (!detail.ok || !report.ok) error(404, { message: 'Mätningen finns inte' });
  return { rounds, current: detail.body, report: { groups: report.body.groups } };
};
