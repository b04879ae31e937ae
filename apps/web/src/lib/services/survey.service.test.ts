import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiClient } from './api-answer';
import { fetchSurvey, mayRetry, submitResponse } from './survey.service';
import { ORIGIN, type TestApi, testApi } from './test-api';

let t: TestApi;
let token: string;
let roundId: number;
beforeEach(async () => {
  t = await testApi();
  roundId = await t.round();
  const link = await t.api.api.rounds[':id'].links.$post({
    param: { id: String(roundId) },
    json: { group: 'deltagare-avslut' },
  });
  if (link.status !== 201) throw new Error(`link: ${link.status}`);
  token = (await link.json()).token;
});
afterEach(async () => {
  await t.close();
});

const response = () => ({ id: crypto.randomUUID(), kon: 'kvinna' as const, answers: { DA1: 5 } });

describe('submitResponse', () => {
  it('is stored once: the same id again is stored too, not twice', async () => {
    const body = response();
    expect(await submitResponse(t.api, token, body)).toEqual({ kind: 'stored' });
    expect(await submitResponse(t.api, token, body)).toEqual({ kind: 'stored' });
    const round = await t.api.api.rounds[':id'].$get({ param: { id: String(roundId) } });
    if (round.status !== 200) throw new Error(`round: ${round.status}`);
    expect((await round.json()).groups.find((g) => g.group === 'deltagare-avslut')?.responses).toBe(
      1,
    );
  });

  it('names the invalid answers by question id, without the answers. prefix', async () => {
    const outcome = await submitResponse(t.api, token, { ...response(), answers: { DA1: 9 } });
    expect(outcome.kind).toBe('invalid');
    expect(Object.keys(outcome.kind === 'invalid' ? outcome.errors : {})).toEqual(['DA1']);
  });

  it('tells an unknown link (404) from a closed round (410), which may open again', async () => {
    const missing = await submitResponse(t.api, 'finns-inte', response());
    expect(missing).toEqual({ kind: 'missing' });
    await t.api.api.rounds[':id'].close.$post({ param: { id: String(roundId) } });
    const closed = await submitResponse(t.api, token, response());
    expect(closed).toEqual({ kind: 'closed' });
    expect([missing, closed].map(mayRetry)).toEqual([false, true]);
  });

  it('is too large above the API’s limit', async () => {
    const answers = Object.fromEntries(
      Array.from({ length: 9000 }, (_, i) => [`X${i}`, 1] as const),
    );
    const outcome = await submitResponse(t.api, token, { ...response(), answers });
    expect(outcome).toEqual({ kind: 'too-large' });
    expect(mayRetry(outcome)).toBe(false);
  });

  it('waits as the rate limit says, and is unreachable without a connection or server', async () => {
    const limited = apiClient(ORIGIN, async () =>
      Response.json({ status: 429 }, { status: 429, headers: { 'Retry-After': '7' } }),
    );
    expect(await submitResponse(limited, token, response())).toEqual({
      kind: 'too-fast',
      retryAfterSeconds: 7,
    });
    const offline = apiClient(ORIGIN, async () => {
      throw new TypeError('Failed to fetch');
    });
    const failing = apiClient(ORIGIN, async () => new Response('', { status: 502 }));
    for (const api of [offline, failing]) {
      const outcome = await submitResponse(api, token, response());
      expect(outcome).toEqual({ kind: 'unreachable' });
      expect(mayRetry(outcome)).toBe(true);
    }
  });
});

describe('fetchSurvey', () => {
  it('gives the link’s questionnaire, typed from the API', async () => {
    const res = await fetchSurvey(t.api, token);
    expect(res.ok && res.body.group.id).toBe('deltagare-avslut');
    expect((await fetchSurvey(t.api, 'finns-inte')).status).toBe(404);
  });
});
