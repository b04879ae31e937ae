/**
 * @module
 * Issue 14's "done when": a test instrument version written only as a file ("2027":
 * remittenter with their own questions, a changed wording linked by sameAs, a five-option
 * scale) is validated, previewed and added on the Enkätversioner page, used for a round
 * through the survey, paper entry and import, and reported, with no code change. On a
 * server and demo database of its own: adding a version changes which one new rounds get,
 * and the other test files create rounds on the shared server.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, type ServerProcess, startServerProcess } from '../server-process';
import { axeViolations, launchBrowser, tablet } from './browser';
import { signIn } from './sign-in';
import { option } from './survey-page';

const root = new URL('../../', import.meta.url).pathname;
const fixture = join(root, 'packages/instrument/test-fixtures/nns-2027-test.json');
const indikera = join(root, 'apps/cli/bin/indikera.mjs');

let browser: Browser;
let server: ServerProcess;
let dir: string;
let baseUrl: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'indikera-instrument-e2e-'));
  const database = `file:${join(dir, 'demo.sqlite')}`;
  const demo = spawnSync(
    process.execPath,
    [indikera, 'demo', '--no-serve', '--database', database],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (demo.status !== 0) throw new Error(`demo failed: ${demo.stderr}`);
  server = await startServerProcess({
    kind: 'serve',
    database,
    port: await freePort(4300),
    timeoutMs: 120_000,
  });
  baseUrl = server.url;
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function expectAccessible(page: Page, state: string) {
  expect(await axeViolations(page), state).toEqual([]);
}

describe('a new instrument version as a file', () => {
  it('is validated, added, answered through every channel and reported', async () => {
    const validated = spawnSync(process.execPath, [indikera, 'instrument', 'validate', fixture], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(validated.stdout).toContain('giltig instrumentversion 2027');

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, baseUrl, 'admin@demo.example', 'demo-admin-2021');

    // Enkätversioner: an invalid file lists its problems, the valid one is previewed.
    await page.getByRole('link', { name: 'Enkätversioner' }).click();
    await page.getByRole('heading', { name: 'Enkätversioner', level: 1 }).waitFor();
    await expectAccessible(page, 'registry');
    const broken = JSON.parse(readFileSync(fixture, 'utf8'));
    broken.questions[0].scale = 'sjugradig';
    const brokenFile = join(dir, 'trasig.json');
    writeFileSync(brokenFile, JSON.stringify(broken));
    await page.setInputFiles('#file', brokenFile);
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByText('questions[0].scale').waitFor();
    await expectAccessible(page, 'registry, invalid file');

    await page.setInputFiles('#file', fixture);
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByRole('heading', { name: /Förhandsgranskning: version 2027/ }).waitFor();
    await page.getByRole('heading', { name: 'Remittenter (3 frågor)' }).waitFor();
    expect(await page.locator('#fraga-R3 .hint').textContent()).toBe(
      'Svara bara om du svarade Ja på fråga 2.',
    );
    expect(await page.locator('#fraga-R1 input[type="radio"]').count()).toBe(5);
    await expectAccessible(page, 'registry, preview');
    await page.getByRole('button', { name: 'Lägg till version 2027' }).click();
    await page.getByText('Version 2027 (').waitFor();
    expect(await page.getByRole('rowheader', { name: '2027' }).count()).toBe(1);

    // A round on it: the newest added is the one offered first.
    await page.getByRole('link', { name: 'Mätningar' }).click();
    await page.getByRole('heading', { name: 'Mätningar', level: 1 }).waitFor();
    expect(await page.getByLabel('Enkätversion').inputValue()).toBe('2027');
    await page.getByLabel('Namn').fill('Indikatormätning 2027');
    await page.getByLabel('Mätår').fill('2027');
    await page.getByRole('button', { name: 'Skapa mätningen' }).click();
    await page.getByRole('heading', { name: 'Länkar till enkäten' }).waitFor();
    const roundId = Number(new URL(page.url()).pathname.split('/')[2]);
    await page.getByLabel('Respondentgrupp').selectOption('remittenter');
    await page.getByRole('button', { name: 'Skapa länken' }).click();
    await page.getByText('Länken är skapad.').waitFor();
    const url = (await page.locator('.link-card code').first().textContent()) ?? '';

    // The survey: the five-option scale, R3 asked after R2 = ja.
    const respondent = await browser.newContext(tablet);
    const answer = await respondent.newPage();
    await answer.goto(url);
    await answer.getByRole('link', { name: 'Börja svara' }).tap();
    await option(answer, 'R1', 'Helt och hållet').tap();
    await option(answer, 'R2', 'Ja').tap();
    await option(answer, 'R3', 'Till stor del').tap();
    await expectAccessible(answer, 'survey on 2027');
    await answer.getByRole('button', { name: 'Gå vidare och granska' }).tap();
    await answer.getByRole('button', { name: 'Skicka svaren' }).tap();
    await answer.getByRole('heading', { name: 'Tack för dina svar!' }).waitFor();
    await respondent.close();

    // Paper entry on the version's questionnaire.
    await page.goto(`${baseUrl}/matningar/${roundId}/papper?grupp=remittenter`);
    await page.locator('#fraga-R1').waitFor();
    expect(await page.locator('#fraga-R1 input[type="radio"]').count()).toBe(5);
    await page.locator('#fraga-R1 input[value="2"]').check();
    await page.locator('#fraga-R2 input[value="nej"]').check();
    await page.getByRole('button', { name: 'Spara blanketten' }).click();
    await page.getByText('Blankett sparad (1 sparade i denna bunt)').waitFor();
    await expectAccessible(page, 'paper on 2027');

    // An import with the version's columns, DP8 among them.
    const rows = [
      'grupp;kon;R1;R2;R3;DP8',
      ...['5;ja;5', '4;ja;4', '4;nej;', '3;ja;2', '5;ja;5', '1;nej;', '4;ja;5'].map(
        (r, i) => `remittenter;${i % 2 ? 'man' : 'kvinna'};${r};`,
      ),
      ...[6, 5, 4, 6, 5, 3, 6].map(
        (v, i) => `deltagare-pagaende;${i % 2 ? 'man' : 'kvinna'};;;;${v}`,
      ),
    ];
    const file = join(dir, 'svar-2027.csv');
    writeFileSync(file, `${rows.join('\n')}\n`);
    await page.goto(`${baseUrl}/matningar/${roundId}/import`);
    await page.setInputFiles('#file', file);
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByText('Filen är felfri: 14 enkäter').waitFor();
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    await page.getByText('Importen är klar: 14 nya, 0 fanns redan.').waitFor();

    // Closed, the round's answers are in its report: figure by figure from the API, and
    // the report page in the version's words.
    await page.goto(`${baseUrl}/matningar`);
    await page.getByRole('button', { name: 'Stäng Indikatormätning 2027' }).click();
    await page.getByText('Mätningen är stängd.').waitFor();
    const res = await page.request.get(`${baseUrl}/api/rounds/${roundId}/report?years=5`);
    expect(res.status()).toBe(200);
    const report = (await res.json()) as {
      instrumentVersion: string;
      questions: {
        id: string;
        n?: number;
        distribution?: Record<string, number>;
        history?: { year: number; question: string }[];
      }[];
    };
    expect(report.instrumentVersion).toBe('2027');
    const r1 = report.questions.find((q) => q.id === 'R1');
    expect(r1?.n).toBe(9);
    expect(r1?.distribution).toEqual({ '1': 1, '2': 1, '3': 1, '4': 3, '5': 3 });
    const r3 = report.questions.find((q) => q.id === 'R3');
    expect(r3?.n).toBe(6);
    // DP8 is 2021's DP2 in a new wording: its earlier years are DP2's.
    const dp8 = report.questions.find((q) => q.id === 'DP8');
    expect(dp8?.n).toBe(7);
    expect(dp8?.history?.find((h) => h.year === 2021)?.question).toBe('DP2');

    await page.goto(`${baseUrl}/matningar/${roundId}/rapport`);
    await page.getByRole('heading', { name: 'Rapport: Indikatormätning 2027', level: 1 }).waitFor();
    const text = await page.locator('main').textContent();
    expect(text).toContain('Får de personer du remitterar ett stöd som utgår från deras behov?');
    expect(text).toContain('Remittenter');
    await expectAccessible(page, 'report on 2027');
    await context.close();
  });
});
