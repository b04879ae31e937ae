import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectProblem, roundWithLink, type TestContext, testContext } from '../test-context';

let t: TestContext;
beforeEach(async () => {
  t = await testContext();
  t.setNow(new Date('2026-12-02T10:00:00Z'));
});
afterEach(async () => {
  await t.close();
});

const norr = () => `/api/forbund/${t.forbund.norr.id}/tillganglighet`;

async function as(key: string, method: string, path: string, body?: unknown) {
  return t.request(method, path, { cookie: await t.login(key), body });
}

describe('a förbund’s accessibility contact', () => {
  it('is set by an admin, reviewed today, and read by every member', async () => {
    expect((await as('lasare', 'GET', norr())).body).toEqual({
      email: null,
      phone: null,
      reviewedOn: null,
    });
    const saved = await as('admin', 'PUT', norr(), {
      email: ' tillganglighet@norr.se ',
      phone: '010-123 45 67',
    });
    expect(saved.status).toBe(200);
    const contact = {
      email: 'tillganglighet@norr.se',
      phone: '010-123 45 67',
      reviewedOn: '2026-12-02',
    };
    expect(saved.body).toEqual(contact);
    expect((await as('lasare', 'GET', norr())).body).toEqual(contact);
    // Empty fields take it away.
    expect((await as('admin', 'PUT', norr(), { email: '', phone: '' })).body).toEqual({
      email: null,
      phone: null,
      reviewedOn: null,
    });
  });

  it('refuses a bad address or number by field, and changes nothing', async () => {
    await as('admin', 'PUT', norr(), { email: 'a@norr.se', phone: null });
    const res = await as('admin', 'PUT', norr(), {
      email: 'inte en adress',
      phone: 'x'.repeat(500),
    });
    expectProblem(res, 400);
    const fields = (res.body as { errors: { field: string }[] }).errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'phone']));
    expect(res.text).not.toContain('x'.repeat(100));
    expect((await as('lasare', 'GET', norr())).body).toMatchObject({ email: 'a@norr.se' });
  });

  it('is kept by admins only, and is 404 for another förbund', async () => {
    expectProblem(await as('koordinator', 'PUT', norr(), { email: 'k@norr.se', phone: null }), 403);
    expectProblem(await as('syd', 'GET', norr()), 404);
    expectProblem(await as('syd', 'PUT', norr(), { email: 's@syd.se', phone: null }), 404);
  });

  it('is shown to whoever holds one of the förbund’s links, also after the round', async () => {
    const { token, roundId, cookie } = await roundWithLink(t);
    await as('admin', 'PUT', norr(), { email: 'a@norr.se', phone: null });
    const expected = {
      forbund: 'Samordningsförbundet Norr',
      email: 'a@norr.se',
      phone: null,
      reviewedOn: '2026-12-02',
    };
    expect((await t.request('GET', `/api/s/${token}/tillganglighet`)).body).toEqual(expected);
    await t.request('POST', `/api/rounds/${roundId}/close`, { cookie });
    expect((await t.request('GET', `/api/s/${token}/tillganglighet`)).body).toEqual(expected);
    expectProblem(await t.request('GET', '/api/s/finns-inte/tillganglighet'), 404);
  });
});
