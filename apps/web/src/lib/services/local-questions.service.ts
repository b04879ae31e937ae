/**
 * @module
 * A round's local questions: read with the groups and the ways to answer them, added,
 * reworded, removed, and last year's carried over.
 */
import type { InferRequestType } from 'hono/client';
import { type Api, answer } from './api-answer';

type Questions = Api['api']['rounds'][':id']['lokala-fragor'];
type Question = Questions[':question'];

export const fetchLocalQuestions = (api: Api, roundId: number | string) =>
  answer(api.api.rounds[':id']['lokala-fragor'].$get({ param: { id: String(roundId) } }));

export const addLocalQuestion = (
  api: Api,
  roundId: number | string,
  json: InferRequestType<Questions['$post']>['json'],
) => answer(api.api.rounds[':id']['lokala-fragor'].$post({ param: { id: String(roundId) }, json }));

export const changeLocalQuestion = (
  api: Api,
  roundId: number | string,
  question: string,
  json: InferRequestType<Question['$patch']>['json'],
) =>
  answer(
    api.api.rounds[':id']['lokala-fragor'][':question'].$patch({
      param: { id: String(roundId), question },
      json,
    }),
  );

export const removeLocalQuestion = (api: Api, roundId: number | string, question: string) =>
  answer(
    api.api.rounds[':id']['lokala-fragor'][':question'].$delete({
      param: { id: String(roundId), question },
    }),
  );

export const carryOverLocalQuestions = (api: Api, roundId: number | string) =>
  answer(api.api.rounds[':id']['lokala-fragor'].copy.$post({ param: { id: String(roundId) } }));
