/**
 * @module
 * A round's indicator report (the JSON; the files are links the browser follows) and the
 * koordinator's Sammanfattning and Kommentar per indicator.
 */
import type { InferRequestType } from 'hono/client';
import { type Api, answer, isJsonBody } from './api-answer';
import type { RoundReport } from './api-types';

type Comments = Api['api']['rounds'][':id']['comments'];

export interface ReportFilter {
  readonly insats?: number;
  readonly group?: string;
  /** Earlier rounds of the förbund to set beside this one (0–5). */
  readonly years?: number;
}

/** The report as JSON (the route also answers CSV and XLSX, never asked for here). */
export async function fetchReport(api: Api, roundId: number | string, filter: ReportFilter = {}) {
  const query = {
    format: 'json' as const,
    ...(filter.insats === undefined ? {} : { insats: String(filter.insats) }),
    ...(filter.group === undefined ? {} : { group: filter.group }),
    ...(filter.years === undefined ? {} : { years: String(filter.years) }),
  };
  const res = await answer(
    api.api.rounds[':id'].report.$get({ param: { id: String(roundId) }, query }),
  );
  if (!res.ok) return res;
  if (!isJsonBody<RoundReport>(res.body))
    throw new Error('the report came back as a file, not as JSON');
  return { status: res.status, ok: res.ok, headers: res.headers, body: res.body };
}

export type ReportAnswer = Awaited<ReturnType<typeof fetchReport>>;

export const fetchComments = (api: Api, roundId: number | string) =>
  answer(api.api.rounds[':id'].comments.$get({ param: { id: String(roundId) } }));

export const saveComments = (
  api: Api,
  roundId: number | string,
  json: InferRequestType<Comments['$put']>['json'],
) => answer(api.api.rounds[':id'].comments.$put({ param: { id: String(roundId) }, json }));
