/**
 * @module
 * Archiving and gallring as a förbund admin does it: a closed round's archive package
 * downloaded from its page, a gallring day set, and the answers culled after confirming.
 * On a round of its own (2000, long before the demo's), so no other test loses answers.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser } from './browser';
import { signIn } from './sign-in';

const baseUrl = inject('baseUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const paper = (kon: string, value: number) => ({
  group: 'styrelse',
  kon,
  answers: { S1: value, S2: value },
});

describe('arkiv och gallring', () => {
  it('downloads the archive package, sets the gallring day and culls after confirmation', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await signIn(page, baseUrl, 'admin@demo.example', 'demo-admin-2021');
    const me = (await (await page.request.get(`${baseUrl}/api/auth/me`)).json()) as {
      memberships: { forbundId: number }[];
    };
    const forbundId = me.memberships[0]?.forbundId;
    const created = await page.request.post(`${baseUrl}/api/rounds`, {
      headers: { Origin: baseUrl },
      data: { forbundId, name: 'Arkivprov 2000', year: 2000 },
    });
    expect(created.status()).toBe(201);
    const roundId = ((await created.json()) as { id: number }).id;
    for (const [kon, value] of [
      ['kvinna', 5],
      ['man', 4],
      ['kvinna', 6],
    ] as const) {
      const res = await page.request.post(`${baseUrl}/api/rounds/${roundId}/responses`, {
        headers: { Origin: baseUrl },
        data: paper(kon, value),
      });
      expect(res.status()).toBe(201);
    }

    // An open round: the page says to close it first.
    await page.goto(`${baseUrl}/matningar`);
    await page.getByRole('link', { name: 'Arkiv och gallring för Arkivprov 2000' }).click();
    await page.getByRole('heading', { name: 'Arkiv och gallring: Arkivprov 2000' }).waitFor();
    await page.getByText('Stäng mätningen först').waitFor();
    await page.goto(`${baseUrl}/matningar`);
    await page.getByRole('button', { name: 'Stäng Arkivprov 2000' }).click();
    await page.getByRole('status').getByText('Mätningen är stängd').waitFor();
    await page.goto(`${baseUrl}/matningar/${roundId}/arkiv`);
    expect(await axeViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ladda ner arkivpaketet för Arkivprov 2000 (ZIP)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`arkivpaket-2000-${roundId}.zip`);
    const files = unzipSync(new Uint8Array(await readFile((await download.path()) ?? '')));
    const manifest = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array()));
    expect(manifest).toMatchObject({ responses: 3, round: { name: 'Arkivprov 2000' } });
    expect(
      strFromU8(files['svar.csv'] ?? new Uint8Array())
        .trim()
        .split('\r\n'),
    ).toHaveLength(4);

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' }).format(
      new Date(),
    );
    await page.getByLabel('Svaren får gallras från och med').fill(today);
    await page.getByRole('button', { name: 'Spara gallringsdatumet' }).click();
    await page.getByRole('status').getByText(`Svaren får gallras från och med ${today}.`).waitFor();

    const confirm = page.getByLabel('Skriv mätningens namn, Arkivprov 2000, för att bekräfta');
    await confirm.fill('Arkivprov 2001');
    await page.getByRole('button', { name: 'Gallra svaren' }).click();
    await page.getByText('skriv mätningens namn exakt').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await confirm.fill('Arkivprov 2000');
    await page.getByRole('button', { name: 'Gallra svaren' }).click();
    await page.getByRole('status').getByText('3 enkäter är gallrade.').waitFor();
    await page.getByText(`Svaren gallrades ${today}.`).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const report = await page.request.get(`${baseUrl}/api/rounds/${roundId}/report`);
    expect(report.status()).toBe(410);
    await page.goto(`${baseUrl}/matningar`);
    await page.getByRole('cell', { name: `Gallrad ${today}` }).waitFor();
    await context.close();
  }, 240_000);
});
