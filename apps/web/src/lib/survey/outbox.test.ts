import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiClient } from '$lib/services/api-answer';
import { ORIGIN, type TestApi, testApi } from '$lib/services/test-api';
import { addToOutbox, flushOutbox, outboxCount } from './outbox';

let t: TestApi;
let open: string;
let openRound: number;
let closed: string;

/** Answers stored in the open round. */
async function stored(): Promise<number> {
  const res = await t.api.api.rounds[':id'].$get({ param: { id: String(openRound) } });
  if (res.status !== 200) throw new Error(`round: ${res.status}`);
  return (await res.json()).groups.reduce((sum, g) => sum + g.responses, 0);
}

async function link(roundId: number): Promise<string> {
  const res = await t.api.api.rounds[':id'].links.$post({
    param: { id: String(roundId) },
    json: { group: 'deltagare-avslut' },
  });
  if (res.status !== 201) throw new Error(`link: ${res.status}`);
  return (await res.json()).token;
}

beforeEach(async () => {
  t = await testApi();
  openRound = await t.round(2021);
  open = await link(openRound);
  const closedRound = await t.round(2020);
  closed = await link(closedRound);
  await t.api.api.rounds[':id'].close.$post({ param: { id: String(closedRound) } });
});
afterEach(async () => {
  // Each test starts with an empty outbox.
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase('indikera-outbox');
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
  await t.close();
});

function entry(token: string, answers: Record<string, number> = { DA1: 5 }) {
  const id = crypto.randomUUID();
  return { id, token, body: { id, kon: null, answers } };
}

describe('flushOutbox', () => {
  it('sends what waits; keeps a closed round’s answer, drops what can never be stored', async () => {
    await addToOutbox(entry(open));
    await addToOutbox(entry(closed));
    await addToOutbox(entry('finns-inte'));
    await addToOutbox(entry(open, { DA1: 9 }));
    expect(await outboxCount()).toBe(4);
    expect(await flushOutbox(t.api)).toBe(1);
    expect(await stored()).toBe(1);
    // Sending again stores nothing twice and keeps the closed round's answer waiting.
    expect(await flushOutbox(t.api)).toBe(1);
    expect(await stored()).toBe(1);
  });

  it('keeps everything and stops at the first answer that meets no connection', async () => {
    let calls = 0;
    const offline = apiClient(ORIGIN, async () => {
      calls++;
      throw new TypeError('Failed to fetch');
    });
    await addToOutbox(entry(open));
    await addToOutbox(entry(open));
    expect(await flushOutbox(offline)).toBe(2);
    expect(calls).toBe(1);
    expect(await flushOutbox(t.api)).toBe(0);
    expect(await stored()).toBe(2);
  });

  it('drops an answer larger than the API takes: it would wait forever', async () => {
    const tooLarge = apiClient(ORIGIN, async () => Response.json({}, { status: 413 }));
    await addToOutbox(entry(open));
    expect(await flushOutbox(tooLarge)).toBe(0);
  });

  it('keeps an answer the rate limit turned away', async () => {
    const limited = apiClient(ORIGIN, async () => Response.json({}, { status: 429 }));
    await addToOutbox(entry(open));
    expect(await flushOutbox(limited)).toBe(1);
  });
});
