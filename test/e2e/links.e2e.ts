import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, tablet } from './browser';
import { reportOf } from './report-api';
import { signIn } from './sign-in';

const baseUrl = inject('baseUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** An element's text with runs of whitespace as single spaces. */
async function textOf(locator: import('playwright-core').Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ');
}

async function expectAccessible(page: Page, state: string) {
  expect(await axeViolations(page), state).toEqual([]);
}

describe('a coordinator sets up a round and a kiosk link', () => {
  it('creates them, prints the QR poster, sees an answer arrive, revokes, closes', async () => {
    const staff = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await staff.newPage();
    await signIn(page, baseUrl, 'koordinator@demo.example', 'demo-koordinator-2021');
    await page.getByRole('link', { name: 'Mätningar' }).click();
    await page.getByRole('heading', { name: 'Mätningar', level: 1 }).waitFor();
    await expectAccessible(page, 'rounds');

    await page.getByLabel('Namn').fill('Testmätning 2022');
    await page.getByLabel('Mätår').fill('2022');
    await page.getByRole('button', { name: 'Skapa mätningen' }).click();
    await page.getByRole('heading', { name: 'Länkar till enkäten' }).waitFor();
    const roundId = Number(new URL(page.url()).pathname.split('/')[2]);
    await expectAccessible(page, 'links, none yet');

    await page.getByLabel('Respondentgrupp').selectOption('deltagare-pagaende');
    await page.getByLabel('Insats').selectOption({ label: 'Steget fram' });
    await page.getByLabel('Antal tillfrågade (valfritt)').fill('10');
    await page.getByLabel('För en delad surfplatta (kiosk)').check();
    await page.getByRole('button', { name: 'Skapa länken' }).click();
    await page.getByText('Länken är skapad.').waitFor();
    const card = page.locator('.link-card').first();
    expect(await textOf(card)).toContain('Delad surfplatta (kiosk)');
    expect(await textOf(card)).toContain('0 svar av 10 tillfrågade (0 %)');
    const url = (await card.locator('code').textContent()) ?? '';
    expect(url).toMatch(new RegExp(`^${baseUrl}/s/[a-z0-9]{32}$`));
    await expectAccessible(page, 'links');

    await card.getByRole('link', { name: 'Affisch att skriva ut' }).click();
    await page.getByRole('heading', { name: 'Vad tycker du om stödet?' }).waitFor();
    expect(await page.locator('.qr svg').count()).toBe(1);
    expect(await page.textContent('.url')).toBe(url);
    await expectAccessible(page, 'poster');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.staff-bar').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    const respondent = await browser.newContext(tablet);
    const answer = await respondent.newPage();
    await answer.goto(url);
    await answer.getByRole('link', { name: 'Börja svara' }).tap();
    await answer.locator('#fraga-DP1').getByLabel('Alltid', { exact: true }).tap();
    await answer.getByRole('button', { name: 'Gå vidare och granska' }).tap();
    await answer.getByRole('button', { name: 'Skicka svaren' }).tap();
    await answer.getByRole('heading', { name: 'Tack för dina svar!' }).waitFor();

    await page.goto(`${baseUrl}/matningar/${roundId}/lankar`);
    expect(await page.locator('.link-card').first().textContent()).toContain(
      '1 svar av 10 tillfrågade (10 %)',
    );

    await page.getByRole('button', { name: 'Återkalla länken' }).click();
    await page.getByText('Länken är återkallad').waitFor();
    const closed = await answer.goto(url);
    expect(closed?.status()).toBe(410);

    await page.goto(`${baseUrl}/matningar`);
    await page.getByRole('button', { name: 'Stäng Testmätning 2022' }).click();
    await page.getByText('Mätningen är stängd.').waitFor();
    // Closing released the answer into the report.
    const report = await reportOf(baseUrl, roundId);
    expect(report.questions.find((q) => q.id === 'DP1')?.distribution['6']).toBe(1);
    await respondent.close();
    await staff.close();
  });

  it('keeps a läsare out of the links', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, baseUrl, 'lasare@demo.example', 'demo-lasare-2021');
    await page.goto(`${baseUrl}/matningar`);
    expect(await page.getByRole('link', { name: 'Länkar' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Ny mätning' }).count()).toBe(0);
    const res = await page.goto(`${baseUrl}/matningar/2/lankar`);
    expect(res?.status()).toBe(403);
    await context.close();
  });
});
