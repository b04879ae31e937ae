/**
 * @module
 * The socialt bokslut: read with every target's result, målområden and targets set up,
 * outcomes entered, last year's carried over, the förbund's margin.
 */
import type { InferRequestType } from 'hono/client';
import { type Api, answer } from './api-answer';
import type { Bokslut } from './api-types';

type Targets = Api['api']['malomraden'][':id']['targets']['$post'];

/** The bokslut as JSON (the route also answers CSV and XLSX, never asked for here). */
export async function fetchBokslut(api: Api, id: number | string) {
  const res = await answer(
    api.api.rounds[':id'].bokslut.$get({ param: { id: String(id) }, query: { format: 'json' } }),
  );
  if (!res.ok) return res;
  const body = res.body as Bokslut | string | Response;
  if (typeof body !== 'object' || body instanceof Response) {
    throw new Error('the bokslut came back as a file, not as JSON');
  }
  return { status: res.status, ok: res.ok, headers: res.headers, body };
}

export const addMalomrade = (api: Api, roundId: number | string, name: string) =>
  answer(
    api.api.rounds[':id'].malomraden.$post({ param: { id: String(roundId) }, json: { name } }),
  );

export const removeMalomrade = (api: Api, id: number) =>
  answer(api.api.malomraden[':id'].$delete({ param: { id: String(id) } }));

export const addTarget = (api: Api, malomradeId: number, json: InferRequestType<Targets>['json']) =>
  answer(api.api.malomraden[':id'].targets.$post({ param: { id: String(malomradeId) }, json }));

export const setOutcome = (api: Api, targetId: number, outcome: number | null) =>
  answer(api.api.targets[':id'].$patch({ param: { id: String(targetId) }, json: { outcome } }));

export const removeTarget = (api: Api, targetId: number) =>
  answer(api.api.targets[':id'].$delete({ param: { id: String(targetId) } }));

export const carryOverTargets = (api: Api, roundId: number | string) =>
  answer(api.api.rounds[':id'].bokslut.copy.$post({ param: { id: String(roundId) } }));

export const setMargin = (api: Api, forbundId: number, points: number) =>
  answer(
    api.api.forbund[':id'].malmarginal.$put({ param: { id: String(forbundId) }, json: { points } }),
  );
