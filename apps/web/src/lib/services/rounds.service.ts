/**
 * @module
 * Rounds (mätningar): listed, one with its counts, created, opened and closed.
 */
import type { InferRequestType } from 'hono/client';
import { type Api, answer } from './api-answer';

export const listRounds = (api: Api) => answer(api.api.rounds.$get({ query: {} }));

export const fetchRound = (api: Api, id: number | string) =>
  answer(api.api.rounds[':id'].$get({ param: { id: String(id) } }));

export const createRound = (
  api: Api,
  json: InferRequestType<Api['api']['rounds']['$post']>['json'],
) => answer(api.api.rounds.$post({ json }));

export const openRound = (api: Api, id: number) =>
  answer(api.api.rounds[':id'].open.$post({ param: { id: String(id) } }));

export const closeRound = (api: Api, id: number) =>
  answer(api.api.rounds[':id'].close.$post({ param: { id: String(id) } }));

/**
 * The instrument a round is answered on, as the API resolves it (with everything the round
 * adds): the one way staff pages get it. Pages pass it on as page data.
 */
export const roundInstrument = (api: Api, id: number | string) =>
  answer(api.api.rounds[':id'].instrument.$get({ param: { id: String(id) } }));
