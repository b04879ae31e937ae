import { readFileSync } from 'node:fs';
import { createRound } from '@indikera/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestContext, testContext } from '../test-context';

const file2027 = readFileSync(
  new URL('../../../../packages/instrument/test-fixtures/nns-2027-test.json', import.meta.url),
  'utf8',
);

let t: TestContext;
beforeEach(async () => {
  t = await testContext();
});
afterEach(async () => {
  await t.close();
});

const post = (path: string, cookie: string, raw: string, type = 'application/json') =>
  t.request('POST', path, { cookie, raw, headers: { 'Content-Type': type } });

describe('the instrument registry routes', () => {
  it('adds a file once; the same file again is 200, another under its id 409', async () => {
    const admin = await t.login('installation');
    const added = await post('/api/instruments', admin, file2027);
    expect(added.status, added.text).toBe(201);
    expect(added.body).toMatchObject({ status: 'added', version: '2027' });
    expect((await post('/api/instruments', admin, file2027)).body).toMatchObject({
      status: 'unchanged',
    });
    const changed = JSON.stringify({ ...JSON.parse(file2027), name: 'Annat namn' });
    const refused = await post('/api/instruments', admin, changed);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ detail: expect.stringContaining('nytt versions-id') });
    expect(await t.count('instrument_versions')).toBe(1);
  });

  it('previews without storing; refuses an invalid file by place, another type, a large file', async () => {
    const admin = await t.login('installation');
    const preview = await post('/api/instruments/preview', admin, file2027);
    expect(preview.status).toBe(200);
    expect((preview.body as { groups: unknown[] }).groups).toHaveLength(3);
    const broken = JSON.parse(file2027);
    broken.questions[0].scale = 'sjugradig';
    const invalid = await post('/api/instruments/preview', admin, JSON.stringify(broken));
    expect(invalid.status).toBe(422);
    expect(invalid.body).toMatchObject({ errors: [{ field: 'questions[0].scale' }] });
    expect((await post('/api/instruments', admin, file2027, 'text/plain')).status).toBe(415);
    const large = await post('/api/instruments', admin, ' '.repeat(1_000_001));
    expect(large.status).toBe(413);
    expect(await t.count('instrument_versions')).toBe(0);
  });

  it('counts the rounds on each version in the caller’s förbund only', async () => {
    await createRound(t.db, {
      forbundId: t.forbund.norr.id,
      name: 'Norr 2021',
      year: 2021,
      instrumentVersion: '2021',
    });
    const rounds = async (key: string) => {
      const res = await t.request('GET', '/api/instruments', { cookie: await t.login(key) });
      return (res.body as { version: string; rounds: number }[]).map((v) => v.rounds);
    };
    expect(await rounds('koordinator')).toEqual([1]);
    expect(await rounds('syd')).toEqual([0]);
    expect(await rounds('installation')).toEqual([1]);
  });
});
