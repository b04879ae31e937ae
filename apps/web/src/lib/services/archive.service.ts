/**
 * @module
 * A round's gallring: the day its answers may be culled, and culling them. (The archive
 * package itself is a file the browser downloads straight from `/api/rounds/:id/archive`.)
 */
import { type Api, answer } from './api-answer';

export const setCullDate = (api: Api, id: number | string, cullAfter: string | null) =>
  answer(api.api.rounds[':id'].gallring.$put({ param: { id: String(id) }, json: { cullAfter } }));

export const cullAnswers = (api: Api, id: number | string, confirm: string) =>
  answer(
    api.api.rounds[':id'].gallring.cull.$post({ param: { id: String(id) }, json: { confirm } }),
  );
