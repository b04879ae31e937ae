import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, tablet } from './browser';
import { countResponses } from './database';

const baseUrl = inject('baseUrl');
const databaseFile = inject('databaseFile');
const links = inject('links');
const survey = () => `${baseUrl}/s/${links.personal}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function answerAndSend(page: Page, value: string): Promise<void> {
  await page.getByRole('link', { name: 'Börja svara' }).tap();
  await page.locator('#fraga-P1').getByLabel(value, { exact: true }).tap();
  await page.getByRole('button', { name: 'Gå vidare och granska' }).tap();
  await page.getByRole('button', { name: 'Skicka svaren' }).tap();
}

describe('without a connection', () => {
  it('keeps two questionnaires on the device and stores each exactly once when online again', async () => {
    const before = countResponses(databaseFile, "group_id = 'personal'");
    const context = await browser.newContext(tablet);
    const page = await context.newPage();
    await page.goto(survey());
    // The service worker takes over, and the next load of the page goes into its cache.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);

    await context.setOffline(true);
    await answerAndSend(page, 'Alltid');
    await page.getByRole('heading', { name: 'Tack! Svaren är sparade på enheten' }).waitFor();
    expect(await page.getByRole('status').textContent()).toBe('1 svar väntar på att skickas.');
    expect(await axeViolations(page), 'waiting offline').toEqual([]);
    await page.getByRole('button', { name: 'Nästa person' }).tap();
    // The start page comes from the service worker's cache, and says what waits.
    await page.getByText('1 svar väntar på att skickas.').waitFor();

    await answerAndSend(page, 'Sällan');
    await page.getByText('2 svar väntar på att skickas.').waitFor();
    await page.getByRole('button', { name: 'Nästa person' }).tap();
    await page.getByText('2 svar väntar på att skickas.').waitFor();
    expect(countResponses(databaseFile, "group_id = 'personal'")).toBe(before);

    await context.setOffline(false);
    await page.getByRole('status').waitFor({ state: 'detached', timeout: 20_000 });
    expect(countResponses(databaseFile, "group_id = 'personal'")).toBe(before + 2);
    // Opening the page again sends nothing twice: once the page has settled (no request
    // in flight), no answer was posted again.
    const posted: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/responses')) {
        posted.push(request.url());
      }
    });
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('link', { name: 'Börja svara' }).waitFor();
    expect(posted).toEqual([]);
    expect(countResponses(databaseFile, "group_id = 'personal'")).toBe(before + 2);
    await context.close();
  });
});

describe('when the connection returns', () => {
  it('the page that said there was none says the answers are sent', async () => {
    const before = countResponses(databaseFile, "group_id = 'personal'");
    const context = await browser.newContext(tablet);
    const page = await context.newPage();
    await page.goto(survey());
    await page.locator('[data-enhanced]').waitFor({ state: 'attached' });
    await context.setOffline(true);
    await answerAndSend(page, 'Ofta');
    await page.getByRole('heading', { name: 'Tack! Svaren är sparade på enheten' }).waitFor();
    await context.setOffline(false);
    await page.getByText('Anslutningen är tillbaka och svaren är skickade.').waitFor();
    expect(
      await page.getByText('Det finns ingen anslutning just nu', { exact: false }).count(),
    ).toBe(0);
    expect(await page.getByRole('status').textContent()).toBe('Inga svar väntar på att skickas.');
    expect(countResponses(databaseFile, "group_id = 'personal'")).toBe(before + 1);
    expect(await axeViolations(page), 'sent after all').toEqual([]);
    await context.close();
  });
});
