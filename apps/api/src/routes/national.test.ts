/**
 * The national view over HTTP: the analyst role granted and revoked, a förbund's opt-in,
 * the pooled report of the opted-in förbund's closed rounds, and its riksnitt file loaded
 * back through the riksnitt upload.
 */
import { randomUUID } from 'node:crypto';
import {
  createForbund,
  createRound,
  insertResponses,
  setForbundPooled,
  setRoundStatus,
} from '@indikera/db';
import { type PoolContribution, poolReports, tallyResponses } from '@indikera/indicators';
import { getInstrument } from '@indikera/instrument';
import { syntheticResponses } from '@indikera/synthetic';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv } from '../config';
import { expectProblem, type TestContext, testContext } from '../test-context';

const nns = getInstrument('2021');
const counts = { 'deltagare-avslut': 30, personal: 20, styrelse: 8 };

let t: TestContext;
beforeEach(async () => {
  t = await testContext();
});
afterEach(async () => {
  await t.close();
});

/** A förbund's closed 2021 round of synthetic answers; what it holds, for the expected pool. */
async function closedRound(forbundId: number, seed: number, close = true) {
  const rows = [...syntheticResponses({ instrument: nns, seed, counts, year: 2021, insatser: [] })];
  const round = await createRound(t.db, {
    forbundId,
    name: `Mätning 2021 (${seed})`,
    year: 2021,
    instrumentVersion: '2021',
  });
  await insertResponses(
    t.db,
    rows.map((r) => ({
      id: randomUUID(),
      roundId: round.id,
      linkId: null,
      groupId: r.group,
      insatsId: null,
      kon: r.kon,
      channel: 'paper' as const,
      answeredOn: '2021-03-01',
      batch: null,
      answers: r.answers,
    })),
  );
  if (close) await setRoundStatus(t.db, round.id, 'closed');
  const tally = tallyResponses(rows.map((r) => ({ ...r, insats: null })));
  return { forbund: String(forbundId), tally: { ...tally } } satisfies PoolContribution;
}

describe('the national analyst role', () => {
  it('is granted and revoked by the installation administrator, audited, and shows in /me', async () => {
    const cookie = await t.login('installation');
    const lasare = t.users.lasare?.id ?? 0;
    const granted = await t.request('PUT', `/api/users/${lasare}/riksniva`, {
      cookie,
      body: { granted: true },
    });
    expect(granted.status).toBe(200);
    expect(granted.body).toMatchObject({ id: lasare, isNationalAnalyst: true });
    const me = await t.request('GET', '/api/auth/me', { cookie: await t.login('lasare') });
    expect(me.body).toMatchObject({ isNationalAnalyst: true });
    const list = await t.request('GET', '/api/users', { cookie });
    expect(list.body).toContainEqual(
      expect.objectContaining({ id: lasare, isNationalAnalyst: true }),
    );
    await t.request('PUT', `/api/users/${lasare}/riksniva`, { cookie, body: { granted: false } });
    const audit = await t.rows(
      'SELECT action, subject FROM audit_log WHERE action LIKE ? ORDER BY id',
      'user.riksniva.%',
    );
    expect(audit).toEqual([
      { action: 'user.riksniva.grant', subject: `user:${lasare}` },
      { action: 'user.riksniva.revoke', subject: `user:${lasare}` },
    ]);
  });

  it('refuses an unknown account and a body without the decision, changing nothing', async () => {
    const cookie = await t.login('installation');
    expectProblem(
      await t.request('PUT', '/api/users/9999/riksniva', { cookie, body: { granted: true } }),
      404,
    );
    const bad = await t.request('PUT', `/api/users/${t.users.lasare?.id}/riksniva`, {
      cookie,
      body: { granted: 'ja' },
    });
    expectProblem(bad, 400);
    expect(bad.body).toMatchObject({ errors: [expect.objectContaining({ field: 'granted' })] });
    expect(await t.value("SELECT count(*) FROM audit_log WHERE action LIKE 'user.riksniva%'")).toBe(
      0,
    );
  });

  it("sees no förbund's rounds", async () => {
    await closedRound(t.forbund.norr.id, 1);
    const rounds = await t.request('GET', '/api/rounds', { cookie: await t.login('analyst') });
    expect(rounds).toMatchObject({ status: 200, body: [] });
  });
});

describe("a förbund's opt-in", () => {
  it('is off by default, and its admin turns it on and off, audited', async () => {
    const cookie = await t.login('admin');
    const path = `/api/forbund/${t.forbund.norr.id}/riksniva`;
    expect((await t.request('GET', path, { cookie })).body).toEqual({ pooled: false });
    expect((await t.request('PUT', path, { cookie, body: { pooled: true } })).body).toEqual({
      pooled: true,
    });
    expect((await t.request('GET', path, { cookie: await t.login('lasare') })).body).toEqual({
      pooled: true,
    });
    await t.request('PUT', path, { cookie, body: { pooled: false } });
    const audit = await t.rows(
      "SELECT action, forbund_id FROM audit_log WHERE action LIKE 'forbund.pooled.%' ORDER BY id",
    );
    expect(audit).toEqual([
      { action: 'forbund.pooled.on', forbund_id: t.forbund.norr.id },
      { action: 'forbund.pooled.off', forbund_id: t.forbund.norr.id },
    ]);
  });
});

describe('POOLED_MIN_FORBUND', () => {
  it('is 3 by default and never below 2', () => {
    expect(configFromEnv({}).pooledMinForbund).toBe(3);
    expect(configFromEnv({ POOLED_MIN_FORBUND: '2' }).pooledMinForbund).toBe(2);
    for (const bad of ['1', '0', 'tre', '2.5']) {
      expect(() => configFromEnv({ POOLED_MIN_FORBUND: bad }), bad).toThrow(ConfigError);
    }
  });
});

describe('the pooled report', () => {
  async function threePooled() {
    const vast = await createForbund(t.db, 'Samordningsförbundet Väst');
    const ost = await createForbund(t.db, 'Samordningsförbundet Öst');
    const pooled = [
      await closedRound(t.forbund.norr.id, 11),
      await closedRound(t.forbund.syd.id, 12),
      await closedRound(vast.id, 13),
    ];
    for (const id of [t.forbund.norr.id, t.forbund.syd.id, vast.id]) {
      await setForbundPooled(t.db, id, true);
    }
    // Not in the pool: a förbund that did not opt in, and an open round of one that did.
    await closedRound(ost.id, 14);
    await closedRound(vast.id, 15, false);
    return pooled;
  }

  it("equals the engine's pool of the opted-in förbund's closed rounds, nothing else", async () => {
    const expected = poolReports({
      instrument: nns,
      year: 2021,
      contributions: await threePooled(),
      suppressionThreshold: 6,
    });
    const cookie = await t.login('analyst');
    const res = await t.request('GET', '/api/riksniva/2021?version=2021', { cookie });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(expected.questions.some((q) => !('withheld' in q.all))).toBe(true);
    const editions = await t.request('GET', '/api/riksniva', { cookie });
    expect(editions.body).toEqual([{ year: 2021, instrumentVersion: '2021', forbund: 3 }]);
  });

  it('withholds every cell while fewer than three förbund are in it', async () => {
    await closedRound(t.forbund.norr.id, 11);
    await closedRound(t.forbund.syd.id, 12);
    await setForbundPooled(t.db, t.forbund.norr.id, true);
    await setForbundPooled(t.db, t.forbund.syd.id, true);
    const res = await t.request('GET', '/api/riksniva/2021?version=2021', {
      cookie: await t.login('analyst'),
    });
    const body = res.body as { questions: { all: unknown }[]; groups: unknown[] };
    expect(body.questions.every((q) => JSON.stringify(q.all) === '{"withheld":true}')).toBe(true);
    expect(body.groups.every((g) => JSON.stringify(g).includes('"withheld":true'))).toBe(true);
  });

  it('refuses an unknown version and year, naming the field', async () => {
    const cookie = await t.login('analyst');
    const version = await t.request('GET', '/api/riksniva/2021?version=1999', { cookie });
    expectProblem(version, 400);
    expect(version.body).toMatchObject({ errors: [{ field: 'query.version' }] });
    const year = await t.request('GET', '/api/riksniva/tjugo?version=2021', { cookie });
    expectProblem(year, 400);
  });

  it('exports a riksnitt file that the riksnitt upload loads as the same figures', async () => {
    await threePooled();
    const cookie = await t.login('analyst');
    const json = await t.request('GET', '/api/riksniva/2021?version=2021', { cookie });
    const csv = await t.request('GET', '/api/riksniva/2021?version=2021&format=riksnitt-csv', {
      cookie,
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const upload = await t.request('POST', '/api/riksnitt', {
      cookie: await t.login('installation'),
      raw: csv.text,
      headers: { 'Content-Type': 'text/csv' },
    });
    expect(upload.status, upload.text).toBe(201);
    const loaded = await t.request('GET', '/api/riksnitt/2021', { cookie });
    const share = (cell: unknown) =>
      cell && typeof cell === 'object' && 'share' in cell ? cell.share : null;
    const pooled = (
      json.body as { questions: { id: string; all: unknown; byGender: Record<string, unknown> }[] }
    ).questions
      .filter((q) => share(q.all) !== null)
      .map((q) => ({
        question: q.id,
        all: share(q.all),
        kvinna: share(q.byGender.kvinna),
        man: share(q.byGender.man),
      }));
    expect(pooled.length).toBeGreaterThan(0);
    const byQuestion = (a: { question: string }, b: { question: string }) =>
      a.question.localeCompare(b.question);
    const read = (loaded.body as { questions: { question: string }[] }).questions;
    expect([...read].sort(byQuestion)).toEqual([...pooled].sort(byQuestion));
  });
});

describe("a förbund's report beside the installation's pooled figures", () => {
  async function pooledRounds() {
    const vast = await createForbund(t.db, 'Samordningsförbundet Väst');
    await closedRound(t.forbund.norr.id, 21);
    await closedRound(t.forbund.syd.id, 22);
    await closedRound(vast.id, 23);
    for (const id of [t.forbund.norr.id, t.forbund.syd.id, vast.id]) {
      await setForbundPooled(t.db, id, true);
    }
    const [round] = await t.rows<{ id: number }>(
      'SELECT id FROM rounds WHERE forbund_id = ? ORDER BY id',
      t.forbund.norr.id,
    );
    return round?.id ?? 0;
  }

  it('compares with the pooled figure where no riksnitt is loaded, and says so', async () => {
    const roundId = await pooledRounds();
    const cookie = await t.login('lasare');
    const report = await t.request('GET', `/api/rounds/${roundId}/report`, { cookie });
    const pooled = await t.request('GET', '/api/riksniva/2021?version=2021', {
      cookie: await t.login('analyst'),
    });
    const body = report.body as {
      riksnittSource?: string;
      questions: { id: string; riksnitt: { all: number | null } | null }[];
    };
    expect(body.riksnittSource).toBe('installation');
    const all = (pooled.body as { questions: { id: string; all: { share?: number } }[] }).questions;
    // In whole percents, rounded half up as printed: the pooled shares have decimals.
    const shares = all.flatMap((p) => (p.all.share === undefined ? [] : [p.all.share]));
    expect(shares.some((share) => !Number.isInteger(share))).toBe(true);
    for (const q of body.questions) {
      const share = all.find((p) => p.id === q.id)?.all.share;
      expect(q.riksnitt?.all ?? null, q.id).toBe(
        share === undefined ? null : Math.floor(share + 0.5),
      );
    }
    const csv = await t.request('GET', `/api/rounds/${roundId}/report?format=csv`, { cookie });
    expect(csv.text.split('\r\n')[0]).toContain('Installationens snitt %');
    expect(csv.text).not.toMatch(/Riksnitt|riket/);
  });

  it('compares with the official riksnitt once one is loaded for the year', async () => {
    const roundId = await pooledRounds();
    await t.request('POST', '/api/riksnitt', {
      cookie: await t.login('installation'),
      raw: 'year,question,all,kvinna,man\n2021,DA1,75,79,75\n',
      headers: { 'Content-Type': 'text/csv' },
    });
    const report = await t.request('GET', `/api/rounds/${roundId}/report`, {
      cookie: await t.login('lasare'),
    });
    const body = report.body as {
      riksnittSource?: string;
      questions: { id: string; riksnitt: { all: number | null } | null }[];
    };
    expect(body.riksnittSource).toBeUndefined();
    expect(body.questions.find((q) => q.id === 'DA1')?.riksnitt?.all).toBe(75);
    expect(body.questions.find((q) => q.id === 'DA2')?.riksnitt).toBeNull();
  });
});
