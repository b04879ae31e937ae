/**
 * Every staff route × every kind of caller, each cell its own test on a fresh database.
 * Within a förbund: läsare reads, koordinator also collects, admin also manages users.
 * The installation administrator manages förbund and riksnitt and may set up a förbund's
 * users, but reads nothing of a förbund it is not a member of. The national analyst
 * (riksnivå) reads the installation's pooled figures and nothing of any förbund: every
 * förbund route refuses it as it refuses a stranger. Another förbund's things
 * are 404, a role too low is 403, no session is 401; a refused request changes nothing.
 */
import { readFileSync } from 'node:fs';
import {
  createLink,
  createLocalQuestion,
  createMalomrade,
  createRound,
  createTarget,
  insertAccountLink,
} from '@indikera/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSession, SESSION_COOKIE } from './auth/session';
import { PASSWORD, type TestContext, testContext } from './test-context';

const callers = [
  'anonymous',
  'syd',
  'lasare',
  'koordinator',
  'admin',
  'installation',
  'analyst',
] as const;
type Caller = (typeof callers)[number];
type Expected = Readonly<Record<Caller, number>>;

/** What the cells may refer to: `{round}` in a path is `ids.round`. */
interface Ids {
  readonly norr: number;
  readonly round: number;
  readonly malomrade: number;
  readonly target: number;
  readonly link: number;
  readonly insats: number;
  readonly koordinator: number;
  readonly lasare: number;
  readonly invitation: number;
  /** A local question's id, `LP1`. */
  readonly question: string;
}

interface Route {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** With `{name}` for the ids of the fixtures. */
  readonly path: string;
  readonly expected: Expected;
  readonly body?: (ids: Ids) => unknown;
  readonly csv?: string;
  /** A file posted as application/json, exactly as written (an instrument file). */
  readonly jsonFile?: string;
  /** The audit_log action an allowed write records. */
  readonly audit?: string;
}

const signedIn = (ok: number): Expected => ({
  anonymous: 401,
  syd: ok,
  lasare: ok,
  koordinator: ok,
  admin: ok,
  installation: ok,
  analyst: ok,
});
const reads = (ok: number): Expected => ({
  anonymous: 401,
  syd: 404,
  lasare: ok,
  koordinator: ok,
  admin: ok,
  installation: 404,
  analyst: 404,
});
const collects = (ok: number): Expected => ({ ...reads(ok), lasare: 403 });
const managesUsers = (ok: number): Expected => ({
  ...collects(ok),
  koordinator: 403,
  installation: ok,
});
/** A förbund admin's own business (archive, gallring): not the installation's. */
const administersForbund = (ok: number): Expected => ({ ...collects(ok), koordinator: 403 });
const administersInstallation = (ok: number): Expected => ({
  anonymous: 401,
  syd: 403,
  lasare: 403,
  koordinator: 403,
  admin: 403,
  installation: ok,
  analyst: 403,
});
/** The installation's pooled figures: the national analyst alone. */
const readsNational = (ok: number): Expected => ({
  ...administersInstallation(403),
  installation: 403,
  analyst: ok,
});

const paperResponse = { group: 'deltagare-avslut', kon: 'man', answers: { DA1: 5, DA8: 'nej' } };
const responsesCsv = 'grupp,kon,insats,DA1\ndeltagare-avslut,kvinna,Tidsam,4\n';
const riksnittCsv = 'year,question,all,kvinna,man\n2021,DA1,75,79,75\n';
const instrument2027 = readFileSync(
  new URL('../../../packages/instrument/test-fixtures/nns-2027-test.json', import.meta.url),
  'utf8',
);
const ratesCsv = 'year,group,response_rate\n2021,personal,79\n';

const routes: readonly Route[] = [
  { method: 'GET', path: '/api/auth/me', expected: signedIn(200) },
  {
    method: 'POST',
    path: '/api/auth/password',
    body: () => ({ currentPassword: PASSWORD, newPassword: 'kvadrat-lampa-45' }),
    expected: signedIn(204),
    audit: 'user.password.change',
  },
  { method: 'GET', path: '/api/forbund', expected: administersInstallation(200) },
  {
    method: 'POST',
    path: '/api/forbund',
    body: () => ({ name: 'Samordningsförbundet Väst' }),
    expected: administersInstallation(201),
    audit: 'forbund.create',
  },
  { method: 'GET', path: '/api/forbund/{norr}/users', expected: managesUsers(200) },
  { method: 'GET', path: '/api/forbund/{norr}/invitations', expected: managesUsers(200) },
  {
    method: 'POST',
    path: '/api/forbund/{norr}/invitations',
    body: () => ({ email: 'syd@example.se', role: 'lasare' }),
    expected: managesUsers(201),
    audit: 'invitation.create',
  },
  {
    method: 'DELETE',
    path: '/api/forbund/{norr}/invitations/{invitation}',
    expected: managesUsers(204),
    audit: 'invitation.withdraw',
  },
  {
    method: 'POST',
    path: '/api/forbund/{norr}/users/{lasare}/password-reset',
    expected: managesUsers(201),
    audit: 'user.password.reset-link',
  },
  {
    method: 'PUT',
    path: '/api/forbund/{norr}/users/{koordinator}',
    body: () => ({ role: 'lasare' }),
    expected: managesUsers(200),
    audit: 'membership.set',
  },
  {
    method: 'DELETE',
    path: '/api/forbund/{norr}/users/{lasare}',
    expected: managesUsers(204),
    audit: 'membership.remove',
  },
  { method: 'GET', path: '/api/forbund/{norr}/tillganglighet', expected: reads(200) },
  {
    method: 'PUT',
    path: '/api/forbund/{norr}/tillganglighet',
    body: () => ({ email: 'tillganglighet@norr.se', phone: null }),
    // The förbund's own admins: the installation administrator is not its voice.
    expected: { ...collects(200), koordinator: 403 },
    audit: 'forbund.accessibility-contact',
  },
  { method: 'GET', path: '/api/users', expected: administersInstallation(200) },
  {
    method: 'PUT',
    path: '/api/users/{lasare}/riksniva',
    body: () => ({ granted: true }),
    expected: administersInstallation(200),
    audit: 'user.riksniva.grant',
  },
  { method: 'GET', path: '/api/forbund/{norr}/riksniva', expected: reads(200) },
  {
    method: 'PUT',
    path: '/api/forbund/{norr}/riksniva',
    body: () => ({ pooled: true }),
    // The förbund's own admins decide whether its answers are pooled.
    expected: { ...collects(200), koordinator: 403 },
    audit: 'forbund.pooled.on',
  },
  { method: 'GET', path: '/api/riksniva', expected: readsNational(200) },
  { method: 'GET', path: '/api/riksniva/2021?version=2021', expected: readsNational(200) },
  { method: 'GET', path: '/api/forbund/{norr}/insatser', expected: reads(200) },
  {
    method: 'POST',
    path: '/api/forbund/{norr}/insatser',
    body: () => ({ name: 'Arbetsträning' }),
    expected: collects(201),
    audit: 'insats.create',
  },
  {
    method: 'PATCH',
    path: '/api/insatser/{insats}',
    body: () => ({ name: 'Steget vidare' }),
    expected: collects(200),
    audit: 'insats.rename',
  },
  { method: 'GET', path: '/api/rounds', expected: signedIn(200) },
  { method: 'GET', path: '/api/rounds?forbund={norr}', expected: reads(200) },
  {
    method: 'POST',
    path: '/api/rounds',
    body: (ids) => ({ forbundId: ids.norr, name: 'Mätning 2022', year: 2022 }),
    expected: collects(201),
    audit: 'round.create',
  },
  { method: 'GET', path: '/api/rounds/{round}', expected: reads(200) },
  { method: 'GET', path: '/api/rounds/{round}/report', expected: reads(200) },
  { method: 'GET', path: '/api/rounds/{round}/comments', expected: reads(200) },
  {
    method: 'PUT',
    path: '/api/rounds/{round}/comments',
    body: () => ({ kommentarer: [{ indicator: 1, text: 'Bättre än i fjol.' }] }),
    expected: collects(200),
    audit: 'report.comments',
  },
  {
    method: 'POST',
    path: '/api/rounds/{round}/close',
    expected: collects(200),
    audit: 'round.close',
  },
  {
    method: 'POST',
    path: '/api/rounds/{round}/open',
    expected: collects(200),
    audit: 'round.open',
  },
  // The fixture's round is open: an admin gets as far as "close it first".
  { method: 'GET', path: '/api/rounds/{round}/archive', expected: administersForbund(409) },
  {
    method: 'PUT',
    path: '/api/rounds/{round}/gallring',
    body: () => ({ cullAfter: '2031-01-01' }),
    expected: administersForbund(200),
    audit: 'round.cull-date',
  },
  {
    method: 'POST',
    path: '/api/rounds/{round}/gallring/cull',
    body: () => ({ confirm: 'Mätning 2021' }),
    expected: administersForbund(409),
  },
  { method: 'GET', path: '/api/rounds/{round}/bokslut', expected: reads(200) },
  {
    method: 'POST',
    path: '/api/rounds/{round}/malomraden',
    body: () => ({ name: 'Medlemsnytta' }),
    expected: collects(201),
    audit: 'bokslut.malomrade',
  },
  {
    method: 'POST',
    path: '/api/malomraden/{malomrade}/targets',
    body: () => ({ kind: 'question', questions: ['DA1'], options: ['4', '5', '6'], share: 80 }),
    expected: collects(201),
    audit: 'bokslut.target',
  },
  {
    method: 'PATCH',
    path: '/api/targets/{target}',
    body: () => ({ outcome: 9.5 }),
    expected: collects(204),
    audit: 'bokslut.outcome',
  },
  {
    method: 'DELETE',
    path: '/api/targets/{target}',
    expected: collects(204),
    audit: 'bokslut.target.delete',
  },
  {
    method: 'DELETE',
    path: '/api/malomraden/{malomrade}',
    expected: collects(204),
    audit: 'bokslut.malomrade.delete',
  },
  // No round of the year before to copy from: as far as "nothing to copy".
  { method: 'POST', path: '/api/rounds/{round}/bokslut/copy', expected: collects(409) },
  { method: 'GET', path: '/api/rounds/{round}/lokala-fragor', expected: reads(200) },
  {
    method: 'POST',
    path: '/api/rounds/{round}/lokala-fragor',
    body: () => ({
      group: 'styrelse',
      text: 'Har styrelsen följt upp förbundets egna mål?',
      scale: 'extent6',
      positive: { keyFigure: 'top3' },
    }),
    expected: collects(201),
    audit: 'local-question.add',
  },
  {
    method: 'PATCH',
    path: '/api/rounds/{round}/lokala-fragor/{question}',
    body: () => ({ text: 'Känner du till målen?', scale: 'yesno', positive: { answer: 'ja' } }),
    expected: collects(200),
    audit: 'local-question.change',
  },
  {
    method: 'DELETE',
    path: '/api/rounds/{round}/lokala-fragor/{question}',
    expected: collects(204),
    audit: 'local-question.remove',
  },
  // No round of the year before: nothing to carry over.
  { method: 'POST', path: '/api/rounds/{round}/lokala-fragor/copy', expected: collects(409) },
  {
    method: 'PUT',
    path: '/api/forbund/{norr}/malmarginal',
    body: () => ({ points: 3 }),
    expected: administersForbund(204),
    audit: 'bokslut.margin',
  },
  { method: 'GET', path: '/api/rounds/{round}/links', expected: collects(200) },
  {
    method: 'POST',
    path: '/api/rounds/{round}/links',
    body: (ids) => ({ group: 'personal', insatsId: ids.insats, kiosk: true, asked: 10 }),
    expected: collects(201),
    audit: 'link.create',
  },
  {
    method: 'POST',
    path: '/api/links/{link}/revoke',
    expected: collects(200),
    audit: 'link.revoke',
  },
  {
    method: 'POST',
    path: '/api/rounds/{round}/responses',
    body: () => paperResponse,
    expected: collects(201),
    audit: 'response.paper',
  },
  {
    method: 'POST',
    path: '/api/rounds/{round}/imports',
    csv: responsesCsv,
    expected: collects(201),
    audit: 'response.import',
  },
  { method: 'GET', path: '/api/rounds/{round}/instrument', expected: reads(200) },
  { method: 'GET', path: '/api/instruments', expected: signedIn(200) },
  { method: 'GET', path: '/api/instruments/2021', expected: signedIn(200) },
  {
    method: 'POST',
    path: '/api/instruments/preview',
    jsonFile: instrument2027,
    expected: administersInstallation(200),
  },
  {
    method: 'POST',
    path: '/api/instruments',
    jsonFile: instrument2027,
    expected: administersInstallation(201),
    audit: 'instrument.add',
  },
  { method: 'GET', path: '/api/riksnitt', expected: signedIn(200) },
  { method: 'GET', path: '/api/riksnitt/2021', expected: signedIn(200) },
  {
    method: 'POST',
    path: '/api/riksnitt',
    csv: riksnittCsv,
    expected: administersInstallation(201),
    audit: 'riksnitt.import',
  },
  {
    method: 'POST',
    path: '/api/riksnitt/svarsfrekvens',
    csv: ratesCsv,
    expected: administersInstallation(201),
    audit: 'riksnitt.svarsfrekvens',
  },
];

/** Everything stored but the sessions, to see that a refused request changed nothing. */
const TABLES = [
  'forbund',
  'accessibility_contacts',
  'users',
  'memberships',
  'account_links',
  'insatser',
  'instrument_versions',
  'rounds',
  'local_questions',
  'links',
  'responses',
  'answers',
  'benchmarks',
  'benchmark_response_rates',
  'audit_log',
  'report_comments',
  'malomraden',
  'targets',
  'target_margins',
];

let t: TestContext;
let ids: Ids;
beforeEach(async () => {
  t = await testContext();
  const { norr } = t.forbund;
  const round = await createRound(t.db, {
    forbundId: norr.id,
    name: 'Mätning 2021',
    year: 2021,
    instrumentVersion: '2021',
  });
  const link = await createLink(t.db, {
    token: 'matris-token',
    roundId: round.id,
    groupId: 'deltagare-avslut',
    insatsId: t.insatser.steget.id,
  });
  const invitation = await insertAccountLink(
    t.db,
    { kind: 'invitation', email: 'inbjuden@example.se', forbundId: norr.id, role: 'lasare' },
    new Uint8Array(32),
    null,
    Math.floor(Date.parse('2021-03-20T00:00:00Z') / 1000),
  );
  const malomrade = await createMalomrade(t.db, round.id, 'Deltagarnytta');
  const target = await createTarget(t.db, malomrade, {
    kind: 'manual',
    goal: '',
    statement: 'Sjukdagar per försäkrad',
    value: 9,
    unit: 'dagar',
    direction: 'atMost',
    outcome: null,
  });
  await createLocalQuestion(t.db, round.id, {
    group: 'personal',
    text: 'Känner du till förbundets mål?',
    scale: 'yesno',
    positive: { answer: 'ja' },
  });
  ids = {
    question: 'LP1',
    malomrade,
    target: target.id,
    invitation: invitation.id,
    norr: norr.id,
    round: round.id,
    link: link.id,
    insats: t.insatser.steget.id,
    koordinator: t.users.koordinator?.id ?? 0,
    lasare: t.users.lasare?.id ?? 0,
  };
});
afterEach(async () => {
  await t.close();
});

const fill = (path: string) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) =>
    name in ids ? String(ids[name as keyof Ids]) : `{${name}}`,
  );

const snapshot = async () =>
  JSON.stringify(await Promise.all(TABLES.map((table) => t.rows(`SELECT * FROM ${table}`))));

/** A session made directly: the matrix is about access, and Argon2 per cell is slow. */
async function cookieOf(caller: Caller): Promise<string | undefined> {
  if (caller === 'anonymous') return undefined;
  const user = t.users[caller];
  if (!user) throw new Error(`no user ${caller}`);
  const token = await createSession(t.db, user.id, new Date('2021-03-15T10:00:00Z'));
  return `${SESSION_COOKIE}=${token}`;
}

const table = routes.map((route) => [`${route.method} ${route.path}`, route] as const);

describe.each(table)('%s', (_, route) => {
  const cells = callers.map((caller) => [caller, route.expected[caller]] as const);

  it.each(cells)('as %s → %i', async (caller, status) => {
    const before = await snapshot();
    const res = await t.request(route.method, fill(route.path), {
      cookie: await cookieOf(caller),
      body: route.body?.(ids),
      ...(route.csv === undefined
        ? {}
        : { raw: route.csv, headers: { 'Content-Type': 'text/csv' } }),
      ...(route.jsonFile === undefined
        ? {}
        : { raw: route.jsonFile, headers: { 'Content-Type': 'application/json' } }),
    });
    expect(res.status, res.text).toBe(status);
    if (status >= 400) {
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(res.body).toMatchObject({ type: 'about:blank', title: expect.any(String), status });
      expect(await snapshot()).toBe(before);
    } else if (route.audit) {
      const last = await t.row('SELECT user_id, action FROM audit_log ORDER BY id DESC LIMIT 1');
      expect(last).toEqual({ user_id: t.users[caller]?.id, action: route.audit });
    }
  });
});

describe('the matrix', () => {
  it('covers every route of the API description but the public ones', async () => {
    const doc = await t.request('GET', '/api/openapi.json');
    const paths = (doc.body as { paths: Record<string, Record<string, unknown>> }).paths;
    const shape = (method: string, path: string) =>
      `${method.toUpperCase()} ${path.replace(/\?.*$/, '').replace(/\{\w+\}|(?<=\/)\d+$/g, '{}')}`;
    const documented = Object.entries(paths)
      .flatMap(([path, methods]) => Object.keys(methods).map((m) => shape(m, path)))
      .filter(
        (r) =>
          !/ \/api\/(s\/|setup$|health$|auth\/log(in|out)$|invitations\/|password-resets\/)/.test(
            r,
          ),
      );
    const covered = new Set(routes.map((r) => shape(r.method, r.path)));
    expect(documented.filter((r) => !covered.has(r))).toEqual([]);
    expect(documented.length).toBe(covered.size);
  });
});
