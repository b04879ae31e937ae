/**
 * @module
 * Invitations to a förbund: sent, listed and withdrawn by its administrator, shown and
 * accepted by the person invited; and the one-time links for a new password.
 */
import type { InferRequestType } from 'hono/client';
import { type Api, answer } from './api-answer';

type Invitations = Api['api']['forbund'][':id']['invitations'];
type Accept = Api['api']['invitations'][':token']['accept'];

export const listInvitations = (api: Api, forbundId: number) =>
  answer(api.api.forbund[':id'].invitations.$get({ param: { id: String(forbundId) } }));

export const invite = (
  api: Api,
  forbundId: number,
  json: InferRequestType<Invitations['$post']>['json'],
) => answer(api.api.forbund[':id'].invitations.$post({ param: { id: String(forbundId) }, json }));

export const withdrawInvitation = (api: Api, forbundId: number, invitationId: number) =>
  answer(
    api.api.forbund[':id'].invitations[':invitationId'].$delete({
      param: { id: String(forbundId), invitationId: String(invitationId) },
    }),
  );

export const showInvitation = (api: Api, token: string) =>
  answer(api.api.invitations[':token'].$get({ param: { token } }));

export const acceptInvitation = (
  api: Api,
  token: string,
  json: InferRequestType<Accept['$post']>['json'],
) => answer(api.api.invitations[':token'].accept.$post({ param: { token }, json }));

export const createPasswordReset = (api: Api, forbundId: number, userId: number) =>
  answer(
    api.api.forbund[':id'].users[':userId']['password-reset'].$post({
      param: { id: String(forbundId), userId: String(userId) },
    }),
  );

export const showPasswordReset = (api: Api, token: string) =>
  answer(api.api['password-resets'][':token'].$get({ param: { token } }));

export const usePasswordReset = (api: Api, token: string, json: { password: string }) =>
  answer(api.api['password-resets'][':token'].$post({ param: { token }, json }));
