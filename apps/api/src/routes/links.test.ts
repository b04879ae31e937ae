import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  expectProblem,
  roundWithLink,
  type TestContext,
  type TestResponse,
  testContext,
} from '../test-context';

let t: TestContext;
beforeEach(async () => {
  t = await testContext();
});
afterEach(async () => {
  await t.close();
});

const linkCount = async () => ((await t.row('SELECT count(*) AS n FROM links')) as { n: number }).n;

async function newRound() {
  const cookie = await t.login('koordinator');
  const res = await t.request('POST', '/api/rounds', {
    cookie,
    body: { forbundId: t.forbund.norr.id, name: 'Mätning 2021', year: 2021 },
  });
  return { roundId: (res.body as { id: number }).id, cookie };
}

describe('POST /api/rounds/:id/links', () => {
  it('creates a link for a group and insats, for a kiosk, with the number asked', async () => {
    const { roundId, cookie } = await newRound();
    const res = await t.request('POST', `/api/rounds/${roundId}/links`, {
      cookie,
      body: { group: 'deltagare-pagaende', insatsId: t.insatser.tidsam.id, kiosk: true, asked: 12 },
    });
    expect(res.status).toBe(201);
    const link = res.body as { id: number; token: string };
    expect(link.token).toMatch(/^[a-z2-7]{32}$/);
    expect(res.body).toEqual({
      id: link.id,
      token: link.token,
      path: `/s/${link.token}`,
      roundId,
      groupId: 'deltagare-pagaende',
      insatsId: t.insatser.tidsam.id,
      kiosk: true,
      asked: 12,
      revoked: false,
      createdOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    const survey = await t.request('GET', `/api/s/${link.token}`);
    expect(survey.body).toMatchObject({ kiosk: true, insats: { name: 'Tidsam' } });
    expect(await t.row("SELECT subject FROM audit_log WHERE action = 'link.create'")).toEqual({
      subject: `link:${link.id}`,
    });
  });

  it('gives every link its own token, and a link without insats or count', async () => {
    const { roundId, cookie } = await newRound();
    const post = () =>
      t.request('POST', `/api/rounds/${roundId}/links`, { cookie, body: { group: 'personal' } });
    const [a, b] = [await post(), await post()];
    expect(a.body).toMatchObject({ insatsId: null, kiosk: false, asked: null });
    expect((a.body as { token: string }).token).not.toBe((b.body as { token: string }).token);
  });

  it('refuses an unknown group and an insats of another förbund with 400, storing nothing', async () => {
    const { roundId, cookie } = await newRound();
    const post = (body: unknown) =>
      t.request('POST', `/api/rounds/${roundId}/links`, { cookie, body });
    const fields = (res: TestResponse) =>
      (res.body as { errors: { field: string }[] }).errors.map((e) => e.field);
    const unknownGroup = await post({ group: 'politiker' });
    expectProblem(unknownGroup, 400);
    expect(fields(unknownGroup)).toEqual(['group']);
    const foreign = await post({ group: 'personal', insatsId: t.insatser.sydInsats.id });
    expectProblem(foreign, 400);
    expect(fields(foreign)).toEqual(['insatsId']);
    expect(fields(await post({ group: 'personal', insatsId: 999 }))).toEqual(['insatsId']);
    expect(fields(await post({ group: 'personal', asked: -1 }))).toEqual(['asked']);
    expect(await linkCount()).toBe(0);
  });

  it('is 403 for a läsare and 404 for another förbund', async () => {
    const { roundId } = await newRound();
    const body = { group: 'personal' };
    const path = `/api/rounds/${roundId}/links`;
    expectProblem(await t.request('POST', path, { cookie: await t.login('lasare'), body }), 403);
    expectProblem(await t.request('POST', path, { cookie: await t.login('syd'), body }), 404);
    expect(await linkCount()).toBe(0);
  });
});

describe('GET /api/rounds/:id/links', () => {
  it('lists the links with answer counts that rise with each response', async () => {
    const { roundId, linkId, token, cookie } = await roundWithLink(t);
    const personal = await t.request('POST', `/api/rounds/${roundId}/links`, {
      cookie,
      body: { group: 'personal' },
    });
    const list = () => t.request('GET', `/api/rounds/${roundId}/links`, { cookie });
    const counts = async () =>
      ((await list()).body as { id: number; groupId: string; responses: number }[]).map((l) => [
        l.groupId,
        l.responses,
      ]);
    const first = await list();
    expect(first.status).toBe(200);
    expect(first.body).toEqual([
      expect.objectContaining({ id: linkId, token, path: `/s/${token}`, responses: 0 }),
      expect.objectContaining({ id: (personal.body as { id: number }).id, responses: 0 }),
    ]);
    await t.request('POST', `/api/s/${token}/responses`, {
      body: { id: crypto.randomUUID(), answers: { DA1: 5 } },
    });
    expect(await counts()).toEqual([
      ['deltagare-avslut', 1],
      ['personal', 0],
    ]);
    await t.request('POST', `/api/s/${token}/responses`, {
      body: { id: crypto.randomUUID(), answers: {} },
    });
    expect(await counts()).toEqual([
      ['deltagare-avslut', 2],
      ['personal', 0],
    ]);
  });

  it('is 403 for a läsare: tokens are for those who collect', async () => {
    const { roundId } = await roundWithLink(t);
    const res = await t.request('GET', `/api/rounds/${roundId}/links`, {
      cookie: await t.login('lasare'),
    });
    expectProblem(res, 403);
  });
});

describe('POST /api/links/:id/revoke', () => {
  it('revokes a link, which then takes no answers', async () => {
    const { linkId, token, cookie } = await roundWithLink(t);
    const res = await t.request('POST', `/api/links/${linkId}/revoke`, { cookie });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: linkId, token, revoked: true });
    expect(await t.row('SELECT revoked FROM links')).toEqual({ revoked: 1 });
    expectProblem(await t.request('GET', `/api/s/${token}`), 410);
    const answer = await t.request('POST', `/api/s/${token}/responses`, {
      body: { id: crypto.randomUUID(), answers: {} },
    });
    expectProblem(answer, 410);
    expect(await t.row("SELECT subject FROM audit_log WHERE action = 'link.revoke'")).toEqual({
      subject: `link:${linkId}`,
    });
  });

  it('is 404 for another förbund or no such link, and 401 first without a session', async () => {
    const { linkId } = await roundWithLink(t);
    const other = await t.request('POST', `/api/links/${linkId}/revoke`, {
      cookie: await t.login('syd'),
    });
    expectProblem(other, 404);
    expect(other.body).toMatchObject({ detail: 'Länken finns inte.' });
    const none = await t.request('POST', '/api/links/999/revoke', {
      cookie: await t.login('admin'),
    });
    expectProblem(none, 404);
    expectProblem(await t.request('POST', '/api/links/999/revoke'), 401);
    expect(await t.row('SELECT revoked FROM links')).toEqual({ revoked: 0 });
  });
});
