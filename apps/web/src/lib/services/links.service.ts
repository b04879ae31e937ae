/**
 * @module
 * A round's survey links: listed with their answers, created, revoked.
 */
import type { InferRequestType } from 'hono/client';
import { type Api, answer } from './api-answer';

type Links = Api['api']['rounds'][':id']['links'];

export const listLinks = (api: Api, roundId: number | string) =>
  answer(api.api.rounds[':id'].links.$get({ param: { id: String(roundId) } }));

export const createLink = (
  api: Api,
  roundId: number | string,
  json: InferRequestType<Links['$post']>['json'],
) => answer(api.api.rounds[':id'].links.$post({ param: { id: String(roundId) }, json }));

export const revokeLink = (api: Api, linkId: number) =>
  answer(api.api.links[':id'].revoke.$post({ param: { id: String(linkId) } }));
