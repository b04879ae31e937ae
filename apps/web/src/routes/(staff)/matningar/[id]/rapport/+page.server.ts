/**
 * @module
 * The report page's data: the round, its förbund's insatser and the report for the chosen
 * insats and group, all from the API in-process as the signed-in person. The page shows
 * the report JSON as it comes; nothing here computes a figure.
 */
import { error, fail } from '@sveltejs/kit';
import { REPORT_YEARS, type ReportFilterState } from '$lib/report/types';
import { staffApi } from '$lib/server/api-client';
import { fieldErrors } from '$lib/services/api-answer';
import { listInsatser } from '$lib/services/forbund.service';
import { fetchComments, fetchReport, saveComments } from '$lib/services/report.service';
import { fetchRiksnittYear } from '$lib/services/riksnitt.service';
import { fetchRound, listRounds, roundInstrument } from '$lib/services/rounds.service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { id } = event.params;
  if (!/^[1-9]\d*$/.test(id)) error(404, { message: 'Mätningen finns inte' });
  const api = staffApi(event);
  const round = await fetchRound(api, id);
  if (!round.ok) error(404, { message: 'Mätningen finns inte' });
  const insatser = await listInsatser(api, round.body.forbundId);
  const found = await roundInstrument(api, round.body.id);
  if (!found.ok) error(404, { message: 'Mätningen finns inte' });
  const instrument = found.body;

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

  const filter = {
    ...(filters.insats === null ? {} : { insats: filters.insats }),
    ...(filters.group === '' ? {} : { group: filters.group }),
    // The förbund's earlier years beside the round (its rounds, up to five).
    years: REPORT_YEARS,
  };
  const report = await fetchReport(api, id, filter);
  if (!report.ok) {
    error(report.status === 404 ? 404 : 500, { message: 'Rapporten kunde inte hämtas' });
  }

  const comments = await fetchComments(api, id);
  // Tabell 1 gives last year's counts in parentheses: the round the report compares with
  // (the förbund's round of the year before, as the API picks it), under the same filters.
  const rounds = await listRounds(api);
  const previousRound = (rounds.ok ? rounds.body : [])
    .filter((r) => r.forbundId === round.body.forbundId && r.year === round.body.year - 1)
    .sort((a, b) => b.id - a.id)[0];
  const previousReport = previousRound ? await fetchReport(api, previousRound.id, filter) : null;

  // Riksnittet of the year before, for the parentheses beside this year's, where loaded.
  const lastYear =
    report.body.year === null ? null : await fetchRiksnittYear(api, report.body.year - 1);
  const previousRiksnitt = Object.fromEntries(
    (lastYear?.ok ? lastYear.body.questions : []).map(({ question, all, kvinna, man }) => [
      question,
      { all, kvinna, man },
    ]),
  );

  return {
    round: round.body,
    instrument,
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
    const res = await saveComments(staffApi(event), event.params.id, change);
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
