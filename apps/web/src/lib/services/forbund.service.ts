/**
 * @module
 * A förbund and what belongs to it: its insatser, members and accessibility contact.
 */
import type { InferRequestType } from 'hono/client';
import { type Api, answer } from './api-answer';

type OfForbund = Api['api']['forbund'][':id'];
const id = (forbundId: number) => ({ id: String(forbundId) });

export const listForbund = (api: Api) => answer(api.api.forbund.$get());

export const listInsatser = (api: Api, forbundId: number) =>
  answer(api.api.forbund[':id'].insatser.$get({ param: id(forbundId) }));

export const createInsats = (api: Api, forbundId: number, name: string) =>
  answer(api.api.forbund[':id'].insatser.$post({ param: id(forbundId), json: { name } }));

export const renameInsats = (api: Api, insatsId: number, name: string) =>
  answer(api.api.insatser[':id'].$patch({ param: { id: String(insatsId) }, json: { name } }));

export const listMembers = (api: Api, forbundId: number) =>
  answer(api.api.forbund[':id'].users.$get({ param: id(forbundId) }));

export const changeMember = (
  api: Api,
  forbundId: number,
  userId: number,
  json: InferRequestType<OfForbund['users'][':userId']['$put']>['json'],
) =>
  answer(
    api.api.forbund[':id'].users[':userId'].$put({
      param: { ...id(forbundId), userId: String(userId) },
      json,
    }),
  );

export const removeMember = (api: Api, forbundId: number, userId: number) =>
  answer(
    api.api.forbund[':id'].users[':userId'].$delete({
      param: { ...id(forbundId), userId: String(userId) },
    }),
  );

export const fetchAccessibilityContact = (api: Api, forbundId: number) =>
  answer(api.api.forbund[':id'].tillganglighet.$get({ param: id(forbundId) }));

export const saveAccessibilityContact = (
  api: Api,
  forbundId: number,
  json: InferRequestType<OfForbund['tillganglighet']['$put']>['json'],
) => answer(api.api.forbund[':id'].tillganglighet.$put({ param: id(forbundId), json }));
