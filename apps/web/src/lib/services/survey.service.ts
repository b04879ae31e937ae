/**
 * @module
 * The respondent's side of the API: a link's questionnaire, its accessibility contact,
 * and `submitResponse`, the one way an answer is sent: by the page with JavaScript, by
 * the form without it (through the page server), and by the offline outbox. Every
 * status the API may give is read here once, into an outcome each caller acts on.
 */
import type { InferRequestType } from 'hono/client';
import { type Api, answer } from './api-answer';

/** One questionnaire's answers as the API takes them: an id, kön and answers by question. */
export type ResponseBody = InferRequestType<
  Api['api']['s'][':token']['responses']['$post']
>['json'];

export type SubmitOutcome =
  /** Stored now (201), or already stored under the same id (200). */
  | { readonly kind: 'stored' }
  /** 400: the errors by question id (or `kon`, `id`). */
  | { readonly kind: 'invalid'; readonly errors: Readonly<Record<string, string>> }
  /** 404: no such link. */
  | { readonly kind: 'missing' }
  /** 410: the link is revoked or the round closed (it may open again). */
  | { readonly kind: 'closed' }
  /** 413: larger than the API takes. */
  | { readonly kind: 'too-large' }
  /** 429: too many answers in a short time; nothing stored. */
  | { readonly kind: 'too-fast'; readonly retryAfterSeconds: number | null }
  /** No connection, or the server failed: nothing is known to be stored. */
  | { readonly kind: 'unreachable' };

/** Whether an answer with this outcome may be sent again later and be stored then. */
export function mayRetry(outcome: SubmitOutcome): boolean {
  return outcome.kind === 'closed' || outcome.kind === 'too-fast' || outcome.kind === 'unreachable';
}

export async function submitResponse(
  api: Api,
  token: string,
  body: ResponseBody,
): Promise<SubmitOutcome> {
  let res: Awaited<ReturnType<typeof post>>;
  try {
    res = await post(api, token, body);
  } catch {
    return { kind: 'unreachable' };
  }
  switch (res.status) {
    case 200:
    case 201:
      return { kind: 'stored' };
    case 400: {
      const errors: Record<string, string> = {};
      for (const e of res.body?.errors ?? []) errors[e.field.replace(/^answers\./, '')] = e.message;
      return { kind: 'invalid', errors };
    }
    case 404:
      return { kind: 'missing' };
    case 410:
      return { kind: 'closed' };
    case 413:
      return { kind: 'too-large' };
    case 429: {
      const seconds = Number(res.headers.get('Retry-After'));
      return { kind: 'too-fast', retryAfterSeconds: seconds > 0 ? seconds : null };
    }
    default:
      return { kind: 'unreachable' };
  }
}

function post(api: Api, token: string, body: ResponseBody) {
  return answer(api.api.s[':token'].responses.$post({ param: { token }, json: body }));
}

/** A link's questionnaire (200), or the problem: 404 unknown, 410 closed or revoked. */
export function fetchSurvey(api: Api, token: string) {
  return answer(api.api.s[':token'].$get({ param: { token } }));
}

/** The accessibility contact of the förbund behind a link. */
export function fetchAccessibilityContact(api: Api, token: string) {
  return answer(api.api.s[':token'].tillganglighet.$get({ param: { token } }));
}
