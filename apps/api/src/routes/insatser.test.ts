import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectProblem, type TestContext, testContext } from '../test-context';

let t: TestContext;
beforeEach(async () => {
  t = await testContext();
});
afterEach(async () => {
  await t.close();
});

const norrInsatser = () => `/api/forbund/${t.forbund.norr.id}/insatser`;
const names = async () =>
  (
    await t.rows('SELECT name FROM insatser WHERE forbund_id = ? ORDER BY id', t.forbund.norr.id)
  ).map((r) => (r as { name: string }).name);

async function as(key: string, method: string, path: string, body?: unknown) {
  return t.request(method, path, { cookie: await t.login(key), body });
}

describe('GET /api/forbund/:id/insatser', () => {
  it('lists the förbund’s insatser by name for a läsare', async () => {
    const res = await as('lasare', 'GET', norrInsatser());
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      { id: t.insatser.steget.id, forbundId: t.forbund.norr.id, name: 'Steget fram' },
      { id: t.insatser.tidsam.id, forbundId: t.forbund.norr.id, name: 'Tidsam' },
    ]);
  });

  it('is 404 for another förbund', async () => {
    expectProblem(await as('lasare', 'GET', `/api/forbund/${t.forbund.syd.id}/insatser`), 404);
  });
});

describe('POST /api/forbund/:id/insatser', () => {
  it('creates an insats, trimmed, and records who did it', async () => {
    const res = await as('koordinator', 'POST', norrInsatser(), { name: '  Arbetsträning ' });
    expect(res.status).toBe(201);
    const { id } = res.body as { id: number };
    expect(res.body).toEqual({ id, forbundId: t.forbund.norr.id, name: 'Arbetsträning' });
    const audit = await t.rows(
      "SELECT user_id, forbund_id, subject FROM audit_log WHERE action = 'insats.create'",
    );
    expect(audit).toEqual([
      { user_id: t.users.koordinator?.id, forbund_id: t.forbund.norr.id, subject: `insats:${id}` },
    ]);
  });

  it('is 409 for a name the förbund already has, whatever its case', async () => {
    for (const name of ['Tidsam', 'tidsam', 'STEGET FRAM']) {
      expectProblem(await as('koordinator', 'POST', norrInsatser(), { name }), 409);
    }
    expect((await as('koordinator', 'POST', norrInsatser(), { name: 'Årsta' })).status).toBe(201);
    expectProblem(await as('koordinator', 'POST', norrInsatser(), { name: 'åRSTA' }), 409);
    expect(await names()).toEqual(['Steget fram', 'Tidsam', 'Årsta']);
  });

  it('lets another förbund use the same name', async () => {
    const res = await as('syd', 'POST', `/api/forbund/${t.forbund.syd.id}/insatser`, {
      name: 'Tidsam',
    });
    expect(res.status).toBe(201);
  });

  it('is 400 for an empty name and 403 for a läsare, storing nothing', async () => {
    const empty = await as('koordinator', 'POST', norrInsatser(), { name: ' ' });
    expectProblem(empty, 400);
    expect((empty.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual([
      'name',
    ]);
    expectProblem(await as('lasare', 'POST', norrInsatser(), { name: 'Ny' }), 403);
    expect(await names()).toEqual(['Steget fram', 'Tidsam']);
  });

  it('keeps one of two simultaneous posts of one name', async () => {
    const cookie = await t.login('koordinator');
    const results = await Promise.all(
      ['Ny insats', 'ny insats'].map((name) =>
        t.request('POST', norrInsatser(), { cookie, body: { name } }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await names()).toHaveLength(3);
  });
});

describe('PATCH /api/insatser/:id', () => {
  const path = () => `/api/insatser/${t.insatser.tidsam.id}`;

  it('renames an insats', async () => {
    const res = await as('koordinator', 'PATCH', path(), { name: 'Tidsam 2.0' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: t.insatser.tidsam.id,
      forbundId: t.forbund.norr.id,
      name: 'Tidsam 2.0',
    });
    expect(await names()).toEqual(['Steget fram', 'Tidsam 2.0']);
    expect(await t.row("SELECT detail FROM audit_log WHERE action = 'insats.rename'")).toEqual({
      detail: '{"from":"Tidsam","to":"Tidsam 2.0"}',
    });
  });

  it('may change only the case of its own name, but not take another’s', async () => {
    expect((await as('koordinator', 'PATCH', path(), { name: 'TIDSAM' })).status).toBe(200);
    expectProblem(await as('koordinator', 'PATCH', path(), { name: 'steget fram' }), 409);
    expect(await names()).toEqual(['Steget fram', 'TIDSAM']);
  });

  it('is 404 for another förbund’s insats or none, 401 before anything without a session', async () => {
    expectProblem(await as('syd', 'PATCH', path(), { name: 'Kapad' }), 404);
    expectProblem(await as('koordinator', 'PATCH', '/api/insatser/999', { name: 'X' }), 404);
    expectProblem(await t.request('PATCH', '/api/insatser/999', { body: { name: 'X' } }), 401);
    expect(await names()).toEqual(['Steget fram', 'Tidsam']);
  });
});
