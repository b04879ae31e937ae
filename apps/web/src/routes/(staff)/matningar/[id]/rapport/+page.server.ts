/**
 * @module
 * The report page's data: the round, its förbund's insatser and the report for the chosen
 * insats and group, all from the API in-process as the signed-in person. The page shows
 * the report JSON as it comes; nothing here computes a figure.
 */
import type { RiksnittFigures } from '@indikera/indicators';
import { getInstrument } from '@indikera/instrument';
import { error, fail } from '@sveltejs/kit';
import {
  REPORT_YEARS,
  type ReportCommentsData,
  type ReportFilterState,
  type ReportInsats,
  type ReportRound,
  type RoundReport,
} from '$lib/report/types';
import { callApi, fieldErrors } from '$lib/server/staff-api';
import type { Actions, PageServerLoad } from './$types';

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
  // The page sets the förbund's earlier years beside the round (its rounds, up to five).
  const withYears = new URLSearchParams(query);
  withYears.set('years', String(REPORT_YEARS));
  const report = await callApi<RoundReport>(event, 'GET', `/api/rounds/${id}/report?${withYears}`);
  if (!report.ok) {
    error(report.status === 404 ? 404 : 500, { message: 'Rapporten kunde inte hämtas' });
  }

  const comments = await callApi<ReportCommentsData>(event, 'GET', `/api/rounds/${id}/comments`);
  // Tabell 1 gives last year's counts in parentheses: the round the report compares with
  // (the förbund's round of the year before, as the API picks it), under the same filters.
  const rounds = await callApi<ReportRound[]>(event, 'GET', '/api/rounds');
  const previousRound = (rounds.ok ? rounds.body : [])
    .filter((r) => r.forbundId === round.body.forbundId && r.year === round.body.year - 1)
    .sort((a, b) => b.id - a.id)[0];
  const previousReport = previousRound
    ? await callApi<RoundReport>(event, 'GET', `/api/rounds/${previousRound.id}/report${search}`)
    : null;

  // Riksnittet of the year before, for the parentheses beside this year's, where loaded.
  const lastYear =
    report.body.year === null
      ? null
      : await callApi<{ questions: ({ question: string } & RiksnittFigures)[] }>(
          event,
          'GET',
          `/api/riksnitt/${report.body.year - 1}`,
        );
  const previousRiksnitt: Record<string, RiksnittFigures> = Object.fromEntries(
    (lastYear?.ok ? lastYear.body.questions : []).map(({ question, all, kvinna, man }) => [
      question,
      { all, kvinna, man },
    ]),
  );

  return {
    round: round.body,
    previousRiksnitt,
    comments: comments.ok ? comments.body : { sammanfattning: '', kommentarer: [] },
    insatser: insatsList.map((i) => ({ id: i.id, name: i.name })),
    groups: instrument.groups.map((g) => ({ id: g.id, label: g.label })),
    filters,
    ignoredFilter,
    report: report.body,
    previousGroups: previousReport?.ok ? previousReport.body.groups : [],
    // Per insats only when the report covers every insats.
    byInsats: filters.insats === null ? (round.body.byInsats ?? []) : [],
  };
};

export const actions: Actions = {
  /** One Sammanfattning or one indicator's Kommentar; an empty text removes it. */
  kommentar: async (event) => {
    const data = await event.request.formData();
    const about = String(data.get('indicator') ?? '');
    const text = String(data.get('text') ?? '');
    const change =
      about === 'sammanfattning'
        ? { sammanfattning: text }
        : { kommentarer: [{ indicator: Number(about), text }] };
    const res = await callApi(event, 'PUT', `/api/rounds/${event.params.id}/comments`, change);
    if (!res.ok) {
      const errors = Object.values(fieldErrors(res.body));
      return fail(res.status === 403 ? 403 : 400, {
        about,
        text,
        error: errors[0] ?? 'Kommentaren kunde inte sparas.',
      });
    }
    return { saved: about };
  },
};
