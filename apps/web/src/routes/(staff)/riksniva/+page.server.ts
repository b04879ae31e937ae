/**
 * @module
 * Riksnivå: the installation's pooled figures for the national analyst, per year and
 * instrument version (`?ar=&version=`, the newest by default), with the question texts and
 * option labels of that version.
 */
import {
  POOLED_CELL_ROWS,
  percentText,
  typvardeWords,
  WITHHELD_TEXT,
} from '@indikera/formats/report-words';
import { findQuestion, type InstrumentVersion } from '@indikera/instrument';
import { error } from '@sveltejs/kit';
import { staffApi } from '$lib/server/api-client';
import type { PooledReport } from '$lib/services/api-types';
import { instrumentOfVersion } from '$lib/services/instruments.service';
import { fetchPooledEditions, fetchPooledReport } from '$lib/services/national.service';
import type { PageServerLoad } from './$types';

type Cell = PooledReport['questions'][number]['all'];

/** A pooled cell as the page prints it: share, n, typvärde in words, förbund. */
function cellText(instrument: InstrumentVersion, questionId: string, cell: Cell) {
  if ('withheld' in cell) return { withheld: WITHHELD_TEXT } as const;
  return {
    share: percentText(cell.share),
    n: cell.n,
    typvarde: typvardeWords(instrument, findQuestion(instrument, questionId), cell.typvarde),
    forbund: cell.forbund,
  };
}

/** The report's questions group by group, each with its four rows of cells. */
function tablesOf(instrument: InstrumentVersion, report: PooledReport) {
  return instrument.groups.map((group) => ({
    id: group.id,
    label: group.label,
    questions: report.questions
      .filter((q) => q.group === group.id)
      .map((q) => {
        const question = findQuestion(instrument, q.id);
        return {
          id: q.id,
          text: question ? `${question.number}. ${question.text}` : q.id,
          keyFigure: instrument.keyFigures[q.keyFigure]?.label ?? q.keyFigure,
          rows: POOLED_CELL_ROWS.map(([key, label]) => ({
            label,
            ...cellText(instrument, q.id, key === 'all' ? q.all : q.byGender[key]),
          })),
        };
      }),
  }));
}

export const load: PageServerLoad = async (event) => {
  const { me } = await event.parent();
  if (!me.isNationalAnalyst)
    error(403, { message: 'Bara installationens riksnivåanalytiker ser de samlade siffrorna' });
  const api = staffApi(event);
  const editions = await fetchPooledEditions(api);
  if (!editions.ok) error(editions.status, { message: 'De samlade siffrorna kunde inte hämtas' });
  const year = Number(event.url.searchParams.get('ar'));
  const version = event.url.searchParams.get('version') ?? '';
  const edition =
    editions.body.find((e) => e.year === year && e.instrumentVersion === version) ??
    editions.body[0];
  if (!edition) return { editions: editions.body, edition: null, report: null, tables: [] };
  const report = await fetchPooledReport(api, edition.year, edition.instrumentVersion);
  if (!report.ok) error(report.status, { message: 'De samlade siffrorna kunde inte hämtas' });
  const registered = await instrumentOfVersion(api, edition.instrumentVersion);
  if (!registered.ok) error(registered.status, { message: 'Enkätversionen kunde inte hämtas' });
  const instrument = registered.body;
  const groupLabels = Object.fromEntries(instrument.groups.map((g) => [g.id, g.label]));
  return {
    editions: editions.body,
    edition,
    report: report.body,
    groupLabels,
    tables: tablesOf(instrument, report.body),
  };
};
