import type { Report } from '@indikera/indicators';
import { callApi } from '$lib/server/staff-api';
import type { PageServerLoad } from './$types';

interface Round {
  id: number;
  forbundId: number;
  name: string;
  year: number;
  status: 'open' | 'closed';
}
interface RoundDetail extends Round {
  groups: { group: string; label: string; responses: number }[];
  byInsats: {
    group: string;
    insatsId: number | null;
    insatsName: string | null;
    responses: number;
  }[];
  recentDays: { day: string; responses: number }[];
}

export const load: PageServerLoad = async (event) => {
  const rounds = (await callApi<Round[]>(event, 'GET', '/api/rounds')).body;
  const asked = Number(event.url.searchParams.get('matning'));
  // The current round: the one asked for, else the newest open one, else the newest.
  const current =
    rounds.find((r) => r.id === asked) ?? rounds.find((r) => r.status === 'open') ?? rounds[0];
  if (!current) return { rounds, current: null, report: null };
  const detail = (await callApi<RoundDetail>(event, 'GET', `/api/rounds/${current.id}`)).body;
  // The report's group figures carry the response rates from the links' numbers asked.
  const report = (await callApi<Report>(event, 'GET', `/api/rounds/${current.id}/report`)).body;
  return { rounds, current: detail, report: { groups: report.groups } };
};
