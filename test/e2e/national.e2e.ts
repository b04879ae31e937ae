/**
 * @module
 * The national view end to end, on PostgreSQL: a server of its own on a PostgreSQL
 * cluster this file starts (db/src/test-postgres-server.ts), three förbund with closed
 * rounds, two of which opt in on their Användare page. The installation administrator
 * makes an analyst, whose Riksnivå page and riksnitt files show exactly the engine's pool
 * of the two förbund's answers, and nothing of the third. axe-core audits every page.
 *
 * The server runs with POOLED_MIN_FORBUND=2, so that two förbund make visible figures (at
 * the default of three, every cell of two förbund is withheld: national.test.ts).
 */
import { randomUUID } from 'node:crypto';
import { hashPassword } from '@indikera/api';
import {
  createForbund,
  createLink,
  createRound,
  createUser,
  type DatabaseConnection,
  insertResponses,
  migrateToLatest,
  openDatabase,
  setMembership,
  setRoundStatus,
} from '@indikera/db';
import {
  type PostgresServer,
  runOnServer,
  startPostgresServer,
} from '@indikera/db/test-postgres-server';
import { readResponseRatesCsv, readRiksnittCsv } from '@indikera/formats';
import {
  INSTALLATION_AVERAGE_NOTE,
  POOLED_CELL_ROWS,
  percentText,
  typvardeWords,
  WITHHELD_TEXT,
} from '@indikera/formats/report-words';
import {
  isPooledWithheld,
  type PoolContribution,
  type PooledReport,
  poolReports,
  printedPercent,
  tallyResponses,
} from '@indikera/indicators';
import { findQuestion, getInstrument } from '@indikera/instrument';
import { syntheticResponses } from '@indikera/synthetic';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, type ServerProcess, startServerProcess } from '../server-process';
import { axeViolations, launchBrowser } from './browser';
import { signIn } from './sign-in';

const nns = getInstrument('2021');
const PASSWORD = 'riksnivå-prov-2026';
const MIN_FORBUND = 2;
const THRESHOLD = 6;

const forbundNames = ['Alfa', 'Beta', 'Gamma'] as const;
type Name = (typeof forbundNames)[number];
/** Gamma alone asks its chefer: anything of chefer in a pooled figure would be Gamma's. */
const countsOf = (name: Name): Record<string, number> => ({
  'deltagare-avslut': 40,
  personal: 25,
  styrelse: 10,
  ...(name === 'Gamma' ? { chefer: 14 } : {}),
});

let pgServer: PostgresServer | undefined;
let connection: DatabaseConnection | undefined;
let server: ServerProcess | undefined;
let browser: Browser | undefined;
const contributions = new Map<Name, PoolContribution>();

/** A förbund with its admin and a closed 2021 round, each group's answers through a link. */
async function seedForbund(db: DatabaseConnection['db'], name: Name, seed: number) {
  const forbund = await createForbund(db, `Samordningsförbundet ${name}`);
  const admin = await createUser(db, {
    email: `admin@${name.toLowerCase()}.example`,
    name: `Admin ${name}`,
    passwordHash: await hashPassword(PASSWORD),
  });
  await setMembership(db, admin.id, forbund.id, 'admin');
  const round = await createRound(db, {
    forbundId: forbund.id,
    name: 'Mätning 2021',
    year: 2021,
    instrumentVersion: '2021',
  });
  const counts = countsOf(name);
  const rows = [...syntheticResponses({ instrument: nns, seed, counts, year: 2021, insatser: [] })];
  const asked = new Map<string, number>();
  const linkOf = new Map<string, number>();
  for (const [group, n] of Object.entries(counts)) {
    asked.set(group, n + 12);
    const link = await createLink(db, {
      token: `${name.toLowerCase()}-${group}`,
      roundId: round.id,
      groupId: group,
      asked: n + 12,
    });
    linkOf.set(group, link.id);
  }
  await insertResponses(
    db,
    rows.map((r) => ({
      id: randomUUID(),
      roundId: round.id,
      linkId: linkOf.get(r.group) ?? null,
      groupId: r.group,
      insatsId: null,
      kon: r.kon,
      channel: 'web' as const,
      answeredOn: '2021-03-01',
      batch: null,
      answers: r.answers,
    })),
  );
  await setRoundStatus(db, round.id, 'closed');
  contributions.set(name, {
    forbund: String(forbund.id),
    tally: tallyResponses(rows.map((r) => ({ ...r, insats: null }))),
    asked,
    answeredOfAsked: new Map(Object.entries(counts)),
  });
}

beforeAll(async () => {
  pgServer = await startPostgresServer();
  await runOnServer(pgServer.url, 'CREATE DATABASE national');
  const url = pgServer.urlOf('national');
  connection = openDatabase(url);
  const { db } = connection;
  await migrateToLatest(db);
  await createUser(db, {
    email: 'installation@riksniva.example',
    name: 'Installationens administratör',
    passwordHash: await hashPassword(PASSWORD),
    isInstallationAdmin: true,
  });
  await createUser(db, {
    email: 'analytiker@riksniva.example',
    name: 'Analytikern',
    passwordHash: await hashPassword(PASSWORD),
  });
  for (const [i, name] of forbundNames.entries()) await seedForbund(db, name, 40 + i);
  server = await startServerProcess({
    kind: 'serve',
    database: url,
    port: await freePort(4600),
    timeoutMs: 380_000,
    env: { POOLED_MIN_FORBUND: String(MIN_FORBUND), SUPPRESSION_THRESHOLD: String(THRESHOLD) },
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await connection?.close();
  await pgServer?.stop();
});

async function pageAs(email: string): Promise<Page> {
  if (!browser || !server) throw new Error('not started');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signIn(page, server.url, email, PASSWORD);
  return page;
}

async function expectAccessible(page: Page, state: string) {
  expect(await axeViolations(page), state).toEqual([]);
}

function pool(...names: Name[]): PooledReport {
  return poolReports({
    instrument: nns,
    year: 2021,
    contributions: names.map((n) => contributions.get(n) as PoolContribution),
    suppressionThreshold: THRESHOLD,
    minForbund: MIN_FORBUND,
  });
}

/** Every row of the page's question tables as it prints them: kön, andel, n, typvärde, förbund. */
function printedRows(report: PooledReport): string[] {
  return report.questions.flatMap((q) =>
    POOLED_CELL_ROWS.map(([key, label]) => {
      const cell = key === 'all' ? q.all : q.byGender[key];
      if (isPooledWithheld(cell)) return `${label}|${WITHHELD_TEXT}`;
      const words = typvardeWords(nns, findQuestion(nns, q.id), cell.typvarde);
      return [label, percentText(cell.share), cell.n, words, cell.forbund].join('|');
    }),
  );
}

describe('the national view on PostgreSQL', () => {
  it('an installation administrator makes a national analyst on Användare', async () => {
    const page = await pageAs('installation@riksniva.example');
    await page.goto(`${server?.url}/anvandare`);
    await page.getByRole('heading', { name: 'Riksnivåanalytiker' }).waitFor();
    await expectAccessible(page, 'accounts');
    await page.getByRole('button', { name: 'Gör till riksnivåanalytiker för Analytikern' }).click();
    await page.getByText('Analytikern är nu riksnivåanalytiker.').waitFor();
    await expectAccessible(page, 'analyst granted');
    await page.context().close();
  });

  it('two förbund opt in on their Användare page; the third does not', async () => {
    for (const name of ['Alfa', 'Beta'] as const) {
      const page = await pageAs(`admin@${name.toLowerCase()}.example`);
      await page.goto(`${server?.url}/anvandare`);
      await page
        .getByRole('heading', { name: 'Samlade siffror för hela installationen' })
        .waitFor();
      await page.getByText('Era svar räknas inte in').waitFor();
      await expectAccessible(page, `${name} before opting in`);
      await page.getByRole('button', { name: 'Räkna in våra svar' }).click();
      await page.getByText('Beslutet om de samlade siffrorna är sparat.').waitFor();
      await page.getByText('Era svar räknas in').waitFor();
      await expectAccessible(page, `${name} opted in`);
      await page.context().close();
    }
  });

  it("shows the analyst exactly the pool of the two förbund's answers, and nothing of the third", async () => {
    const expected = pool('Alfa', 'Beta');
    const withGamma = pool('Alfa', 'Beta', 'Gamma');
    // The test can tell: Gamma's answers would change published figures.
    expect(withGamma).not.toEqual(expected);
    expect(expected.questions.filter((q) => !isPooledWithheld(q.all)).length).toBeGreaterThan(20);

    const page = await pageAs('analytiker@riksniva.example');
    await page.getByRole('link', { name: 'Riksnivå' }).click();
    await page.getByRole('heading', { name: 'Riksnivå: samlade siffror', level: 1 }).waitFor();
    await expectAccessible(page, 'riksnivå');

    const api = `${server?.url}/api/riksniva/2021?version=2021`;
    const json = await page.request.get(api);
    expect(await json.json()).toEqual(JSON.parse(JSON.stringify(expected)));

    const rows = await page.$$eval('section table tbody tr', (trs) =>
      trs.map((tr) =>
        [...tr.querySelectorAll('th[scope="row"], td')]
          .map((cell) => cell.textContent?.trim())
          .join('|'),
      ),
    );
    expect(rows).toEqual(printedRows(expected));
    const groups = await page.$$eval('table', (tables) => {
      const first = tables.find((t) =>
        t.caption?.textContent?.startsWith('Enkäter och svarsfrekvens'),
      );
      return [...(first?.querySelectorAll('tbody tr') ?? [])].map((tr) => tr.textContent ?? '');
    });
    // Chefer were asked in Gamma alone: neither count nor response rate anywhere.
    const chefer = nns.groups.find((g) => g.id === 'chefer')?.label ?? 'chefer';
    expect(groups.find((g) => g.startsWith(chefer))).toBe(`${chefer}För få svar för att visa`);
    expect(expected.groups.find((g) => g.group === 'chefer')).toEqual({
      group: 'chefer',
      withheld: true,
    });

    const riksnitt = await page.request.get(`${api}&format=riksnitt-csv`);
    const read = readRiksnittCsv(await riksnitt.text());
    if (!read.ok) throw new Error('the riksnitt file does not read');
    const shares = new Map(read.value.map((r) => [r.question, r]));
    for (const q of expected.questions) {
      const row = shares.get(q.id);
      if (isPooledWithheld(q.all)) {
        expect(row, q.id).toBeUndefined();
        continue;
      }
      expect(row?.all, q.id).toBe(q.all.share);
    }
    expect(read.value.some((r) => r.question.startsWith('C'))).toBe(false);

    const rates = await page.request.get(`${api}&format=svarsfrekvens-csv`);
    const ratesRead = readResponseRatesCsv(await rates.text());
    if (!ratesRead.ok) throw new Error('the response-rate file does not read');
    expect(ratesRead.value.map((r) => [r.group, r.responseRate])).toEqual(
      expected.groups.flatMap((g) =>
        'withheld' in g || !g.responseRate ? [] : [[g.group, g.responseRate.responseRate]],
      ),
    );
    await page.context().close();
  });

  it("a förbund's report compares with the installation average where no riksnitt is loaded, labelled so", async () => {
    const expected = pool('Alfa', 'Beta');
    const page = await pageAs('admin@gamma.example');
    await page.getByRole('link', { name: 'Rapport', exact: true }).click();
    await page.getByRole('heading', { name: 'Rapport: Mätning 2021', level: 1 }).waitFor();
    await page.getByText(INSTALLATION_AVERAGE_NOTE).waitFor();
    await expectAccessible(page, 'report beside the installation average');
    const headers = await page.$$eval('table.questions th', (ths) =>
      ths.map((th) => th.textContent ?? ''),
    );
    expect(headers.some((h) => h.includes('Installationens snitt'))).toBe(true);
    expect(headers.some((h) => /Riket|riksnitt/i.test(h))).toBe(false);
    expect(await page.getByText('Jämfört med installationens snitt').count()).toBeGreaterThan(0);

    const roundId = /\/matningar\/(\d+)\/rapport/.exec(page.url())?.[1];
    const report = await page.request.get(`${server?.url}/api/rounds/${roundId}/report`);
    const body = (await report.json()) as {
      riksnittSource?: string;
      questions: { id: string; riksnitt: { all: number | null } | null }[];
    };
    expect(body.riksnittSource).toBe('installation');
    for (const q of expected.questions) {
      const shown = body.questions.find((r) => r.id === q.id)?.riksnitt?.all ?? null;
      // In whole percents, as the report prints them (the pooled share has decimals).
      expect(shown, q.id).toBe(isPooledWithheld(q.all) ? null : printedPercent(q.all.share));
    }
    const csv = await page.request.get(`${server?.url}/api/rounds/${roundId}/report?format=csv`);
    expect((await csv.text()).split('\r\n')[0]).toContain('Installationens snitt %');
    await page.context().close();
  });

  it('Riksnivå reads at 200 % text on a 320 px phone, and without JavaScript', async () => {
    if (!browser || !server) throw new Error('not started');
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    // The browser's text size at 200 %: the default 16 px becomes 32 px.
    await cdp.send('Page.enable');
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
    await signIn(page, server.url, 'analytiker@riksniva.example', PASSWORD);
    await page.goto(`${server.url}/riksniva`);
    await page.getByRole('heading', { name: 'Riksnivå: samlade siffror', level: 1 }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'riksnivå at 320 px and 200 % text');
    await context.close();

    const plain = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await plain.newPage();
    await noScript.goto(`${server.url}/logga-in`);
    await noScript.getByLabel('E-postadress').fill('analytiker@riksniva.example');
    await noScript.getByLabel('Lösenord').fill(PASSWORD);
    await noScript.getByRole('button', { name: 'Logga in' }).click();
    await noScript.getByRole('heading', { name: 'Översikt' }).waitFor();
    await noScript.goto(`${server.url}/riksniva`);
    await noScript.getByRole('heading', { name: 'Styrelse', level: 2 }).waitFor();
    expect(await noScript.getByRole('link', { name: 'Riksnittsfil (CSV)' }).count()).toBe(1);
    await plain.close();
  });

  it('the analyst sees no förbund', async () => {
    const page = await pageAs('analytiker@riksniva.example');
    const rounds = await page.request.get(`${server?.url}/api/rounds`);
    expect(await rounds.json()).toEqual([]);
    await page.context().close();
  });
});
