/**
 * @module
 * Signing in and out, the signed-in person, their password, and the first start of an
 * installation.
 */
import { type Api, answer } from './api-answer';

export const fetchMe = (api: Api) => answer(api.api.auth.me.$get());

export const login = (api: Api, json: { email: string; password: string }) =>
  answer(api.api.auth.login.$post({ json }));

export const logout = (api: Api) => answer(api.api.auth.logout.$post());

export const changePassword = (api: Api, json: { currentPassword: string; newPassword: string }) =>
  answer(api.api.auth.password.$post({ json }));

export const fetchSetupStatus = (api: Api) => answer(api.api.setup.$get());

export const setUp = (
  api: Api,
  json: { forbundName: string; name: string; email: string; password: string },
) => answer(api.api.setup.$post({ json }));
