import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectProblem, type TestContext, testContext } from '../test-context';

let t: TestContext;
beforeEach(async () => {
  t = await testContext();
});
afterEach(async () => {
  await t.close();
});

const forbundRows = async () => await t.rows('SELECT name FROM forbund ORDER BY id');

describe('GET /api/forbund', () => {
  it('lists every förbund by name for the installation administrator', async () => {
    const res = await t.request('GET', '/api/forbund', { cookie: await t.login('installation') });
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      {
        id: t.forbund.norr.id,
        name: 'Samordningsförbundet Norr',
        createdOn: expect.any(String),
        pooled: false,
      },
      {
        id: t.forbund.syd.id,
        name: 'Samordningsförbundet Syd',
        createdOn: expect.any(String),
        pooled: false,
      },
    ]);
  });

  it('is 403 for a förbund admin and 401 without a session', async () => {
    expectProblem(await t.request('GET', '/api/forbund', { cookie: await t.login('admin') }), 403);
    expectProblem(await t.request('GET', '/api/forbund'), 401);
  });
});

describe('POST /api/forbund', () => {
  it('creates a förbund, trimmed, and records who did it', async () => {
    const cookie = await t.login('installation');
    const res = await t.request('POST', '/api/forbund', {
      cookie,
      body: { name: '  Samordningsförbundet Öst ' },
    });
    expect(res.status).toBe(201);
    const created = res.body as { id: number };
    expect(res.body).toEqual({
      id: created.id,
      name: 'Samordningsförbundet Öst',
      createdOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      pooled: false,
    });
    const audit = "SELECT user_id, forbund_id, action FROM audit_log WHERE action <> 'user.login'";
    expect(await t.rows(audit)).toEqual([
      { user_id: t.users.installation?.id, forbund_id: created.id, action: 'forbund.create' },
    ]);
  });

  it('refuses a name already taken, whatever its case, and an empty name', async () => {
    const cookie = await t.login('installation');
    const dup = await t.request('POST', '/api/forbund', {
      cookie,
      body: { name: 'SAMORDNINGSFÖRBUNDET NORR' },
    });
    expectProblem(dup, 409);
    const empty = await t.request('POST', '/api/forbund', { cookie, body: { name: '  ' } });
    expectProblem(empty, 400);
    expect((empty.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual([
      'name',
    ]);
    expect(await forbundRows()).toHaveLength(2);
  });

  it('is 403 for a förbund admin, creating nothing', async () => {
    const res = await t.request('POST', '/api/forbund', {
      cookie: await t.login('admin'),
      body: { name: 'Samordningsförbundet Väst' },
    });
    expectProblem(res, 403);
    expect(await forbundRows()).toHaveLength(2);
  });
});

describe('a new förbund gets its first admin', () => {
  it('from the installation administrator, who still cannot read its rounds', async () => {
    const installation = await t.login('installation');
    const created = await t.request('POST', '/api/forbund', {
      cookie: installation,
      body: { name: 'Samordningsförbundet Väst' },
    });
    const vast = (created.body as { id: number }).id;
    const users = `/api/forbund/${vast}/users`;
    expect((await t.request('GET', users, { cookie: installation })).body).toEqual([]);

    const invited = await t.request('POST', `/api/forbund/${vast}/invitations`, {
      cookie: installation,
      body: { email: 'chef@vast.se', role: 'admin' },
    });
    expect(invited.status).toBe(201);
    const { link } = invited.body as { link: string };
    const accepted = await t.request('POST', `/api/invitations/${link.split('/').pop()}/accept`, {
      body: { name: 'Chef Väst', password: 'ett-långt-lösenord' },
    });
    expect(accepted.status).toBe(201);
    const admin = accepted.body as { id: number };

    const login = await t.request('POST', '/api/auth/login', {
      body: { email: 'chef@vast.se', password: 'ett-långt-lösenord' },
    });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({
      isInstallationAdmin: false,
      memberships: [{ forbundId: vast, forbundName: 'Samordningsförbundet Väst', role: 'admin' }],
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    const list = await t.request('GET', users, { cookie });
    expect(list.body).toEqual([
      { id: admin.id, email: 'chef@vast.se', name: 'Chef Väst', role: 'admin' },
    ]);
    const round = await t.request('POST', '/api/rounds', {
      cookie,
      body: { forbundId: vast, name: 'Mätning 2021', year: 2021 },
    });
    expect(round.status).toBe(201);

    const rounds = await t.request('GET', `/api/rounds?forbund=${vast}`, { cookie: installation });
    expectProblem(rounds, 404);
    const roundId = (round.body as { id: number }).id;
    expectProblem(await t.request('GET', `/api/rounds/${roundId}`, { cookie: installation }), 404);
  });

  it('but not to a förbund that does not exist', async () => {
    const cookie = await t.login('installation');
    expectProblem(await t.request('GET', '/api/forbund/999/users', { cookie }), 404);
    const res = await t.request('POST', '/api/forbund/999/invitations', {
      cookie,
      body: { email: 'admin@example.se', role: 'admin' },
    });
    expectProblem(res, 404);
    expect(await t.row('SELECT count(*) AS n FROM memberships')).toEqual({ n: 4 });
  });
});
