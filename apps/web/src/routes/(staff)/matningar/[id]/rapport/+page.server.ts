/**
 * @module
 * The report page's data: the round, its förbund's insatser and the report for the chosen
 * insats and group, all from the API in-process as the signed-in person. The page shows
 * the report JSON as it comes; nothing here computes a figure.
 */
import { getInstrument } from '@indikera/instrument';
import { error } from '@sveltejs/kit';
import type { ReportFilterState, ReportInsats, ReportRound, RoundReport } from '$lib/report/types';
import { callApi } from '$lib/server/staff-api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { id } = event.params;
  if (!/^[1-9]\d*$/.test(id)) error(404, { message: 'Mätningen finns inte' });
  const round = await callApi<ReportRound>(event, 'GET', `/api/rounds/${id}`);
  if (!round.ok) error(404, { message: 'Mätningen finns inte' });
  const insatser = await callApi<ReportInsats[]>(
    event,
    'GET',
    `/api/forbund/${round.body.forbundId}/insatser`,
  );
  const instrument = getInstrument(round.body.instrumentVersion);

  // A filter the round does not know (an old bookmark, a hand-typed address) is dropped
  // and said so, rather than failing the whole page with the API's 400.
  const asked = event.url.searchParams;
  const askedGroup = asked.get('group') ?? '';
  const askedInsats = asked.get('insats') ?? '';
  const insatsList = insatser.ok ? insatser.body : [];
  const filters: ReportFilterState = {
    group: instrument.groups.some((g) => g.id === askedGroup) ? askedGroup : '',
    insats: insatsList.find((i) => String(i.id) === askedInsats)?.id ?? null,
  };
  const ignoredFilter =
    (askedGroup !== '' && filters.group === '') || (askedInsats !== '' && filters.insats === null);

  const query = new URLSearchParams();
  if (filters.insats !== null) query.set('insats', String(filters.insats));
  if (filters.group !== '') query.set('group', filters.group);
  const search = query.size > 0 ? `?${query}` : '';
  const report = await callApi<RoundReport>(event, 'GET', `/api/rounds/${id}/report${search}`);
  if (!report.ok) {
    error(report.status === 404 ? 404 : 500, { message: 'Rapporten kunde inte hämtas' });
  }

  return {
    round: round.body,
    insatser: insatsList.map((i) => ({ id: i.id, name: i.name })),
    groups: instrument.groups.map((g) => ({ id: g.id, label: g.label })),
    filters,
    ignoredFilter,
    report: report.body,
  };
};
