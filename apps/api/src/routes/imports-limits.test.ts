/**
 * The attacks on the import: 200,000 bad rows gave a 57 MB answer, a value came back
 * whole in its error, and a valid 200,000-row import held up every other request for
 * 12 s. Now the answer lists the first 200 errors and counts the rest, and a file is read
 * in a worker thread and stored in short transactions, so the server keeps answering.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { roundWithLink, type TestContext, testContext } from '../test-context';

let t: TestContext;
beforeEach(async () => {
  t = await testContext();
});
afterEach(async () => {
  await t.close();
});

const rows = async () => ((await t.row('SELECT count(*) AS n FROM responses')) as { n: number }).n;

function upload(roundId: number, cookie: string, body: string, query = '') {
  return t.request('POST', `/api/rounds/${roundId}/imports${query}`, {
    cookie,
    raw: body,
    headers: { 'Content-Type': 'text/csv' },
  });
}

describe('the limits of an import', { timeout: 30_000 }, () => {
  it('answers 10,000 bad rows with the first 200 errors and the count', async () => {
    const { roundId, cookie } = await roundWithLink(t);
    const res = await upload(roundId, cookie, `grupp;DA1\n${'okand;9\n'.repeat(5000)}`);
    expect(res.status).toBe(422);
    const problem = res.body as { detail: string; errors: unknown[] };
    expect(problem.errors).toHaveLength(200);
    expect(problem.detail).toBe(
      'Filen innehåller 10\u00a0000 fel; de 200 första visas. Inget har lagrats.',
    );
    expect(res.text.length).toBeLessThan(40_000);
  });

  it('never repeats a long cell in its answer', async () => {
    const { roundId, cookie } = await roundWithLink(t);
    const res = await upload(
      roundId,
      cookie,
      `grupp;insats\ndeltagare-avslut;${'x'.repeat(1e6)}\n`,
    );
    expect(res.status).toBe(422);
    expect(res.text).not.toMatch(/x{41}/);
  });

  it('keeps the server answering while a large file is read and stored', async () => {
    const { roundId, cookie } = await roundWithLink(t);
    const row = 'deltagare-avslut;kvinna;Steget fram;5;6;4;ja;5;4\n';
    const csv = `grupp;kon;insats;DA1;DA2;DA3;DA8;DA9;DA10\n${row.repeat(40_000)}`;
    // The longest time the server could not turn to anything else, up to the answer.
    let last = performance.now();
    let longestStall = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longestStall = Math.max(longestStall, now - last);
      last = now;
    }, 5);
    const start = performance.now();
    const res = await upload(roundId, cookie, csv);
    const took = performance.now() - start;
    longestStall = Math.max(longestStall, performance.now() - last);
    clearInterval(ticker);
    expect(res.status).toBe(201);
    expect(await rows()).toBe(40_000);
    // Read and stored in one go in this thread, the file held the server the whole time.
    expect(longestStall, `${longestStall} ms of ${took} ms`).toBeLessThan(took / 4);
  }, 60_000);
});
