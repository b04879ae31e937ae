/**
 * @module
 * The national view (riksnivå): the installation's accounts and the analyst role, a
 * förbund's opt-in to the pooled figures, and the pooled report with its riksnitt files.
 */
import { type Api, answer, isJsonBody } from './api-answer';
import type { PooledReport } from './api-types';

const id = (forbundId: number) => ({ id: String(forbundId) });

export const listAccounts = (api: Api) => answer(api.api.users.$get());

export const setNationalAnalyst = (api: Api, userId: number, granted: boolean) =>
  answer(
    api.api.users[':userId'].riksniva.$put({
      param: { userId: String(userId) },
      json: { granted },
    }),
  );

export const fetchPooling = (api: Api, forbundId: number) =>
  answer(api.api.forbund[':id'].riksniva.$get({ param: id(forbundId) }));

export const savePooling = (api: Api, forbundId: number, pooled: boolean) =>
  answer(api.api.forbund[':id'].riksniva.$put({ param: id(forbundId), json: { pooled } }));

export const fetchPooledEditions = (api: Api) => answer(api.api.riksniva.$get());

/** The pooled report as JSON (the route also answers the riksnitt files, links here). */
export async function fetchPooledReport(api: Api, year: number, version: string) {
  const res = await answer(
    api.api.riksniva[':year'].$get({
      param: { year: String(year) },
      query: { version, format: 'json' },
    }),
  );
  if (!res.ok) return res;
  if (!isJsonBody<PooledReport>(res.body)) throw new Error('the pooled report came back as a file');
  return { status: res.status, ok: res.ok, headers: res.headers, body: res.body };
}
