import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, tablet } from './browser';
import { enhanced, option, showsNoAnswers } from './survey-page';

const baseUrl = inject('baseUrl');
const links = inject('links');
// The demo's deltagare-pågående link is a kiosk link, for a shared tablet.
const kiosk = () => `${baseUrl}/s/${links['deltagare-pagaende']}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a kiosk link on a shared tablet', () => {
  it('leaves no way back to the previous person’s answers', async () => {
    const context = await browser.newContext(tablet);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.goto(kiosk());
    await page.getByRole('link', { name: 'Börja svara' }).tap();
    await option(page, 'DP1', 'Alltid').tap();
    await option(page, 'DP5', 'Till mycket stor del').tap();
    await page.getByRole('button', { name: 'Gå vidare och granska' }).tap();
    await page.getByRole('button', { name: 'Skicka svaren' }).tap();
    await page.getByRole('heading', { name: 'Tack för dina svar!' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.goBack();
    await showsNoAnswers(page);
    await page.goForward();
    await showsNoAnswers(page);
    await page.getByRole('link', { name: 'Nästa person' }).tap();
    await page.getByRole('heading', { name: 'Enkät om stödet du får' }).waitFor();
    await showsNoAnswers(page);
    await page.goBack();
    await showsNoAnswers(page);

    // Nothing of the answers is left in the browser.
    const stored = await page.evaluate(async () => ({
      // SvelteKit keeps scroll positions in sessionStorage; nothing else may be there.
      storage: [localStorage, sessionStorage].flatMap((store) =>
        Object.keys(store).map((key) => `${key}=${store.getItem(key)}`),
      ),
      outbox: await new Promise<number>((resolve) => {
        const request = indexedDB.open('indikera-outbox', 1);
        request.onupgradeneeded = () =>
          request.result.createObjectStore('responses', { keyPath: 'id' });
        request.onsuccess = () => {
          const count = request.result.transaction('responses').objectStore('responses').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
      cached: await Promise.all(
        (await caches.keys()).map(async (name) =>
          (await (await caches.open(name)).keys()).map((r) => r.url),
        ),
      ),
    }));
    expect(stored.storage.filter((entry) => !entry.startsWith('sveltekit:'))).toEqual([]);
    expect(stored.storage.join(' ')).not.toMatch(/DP\d|q-|kon|Alltid|svar/i);
    expect(stored.outbox).toBe(0);
    expect(
      stored.cached.flat().filter((url) => url.includes('/api/') || url.includes('?/')),
    ).toEqual([]);
    await context.close();
  });

  it('warns after a while without activity, then clears everything for the next person', async () => {
    const context = await browser.newContext(tablet);
    const page = await context.newPage();
    // The page's clock is the test's: each wait below is exact however slow the machine.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 60_000);
    await page.goto(`${kiosk()}?idle=60`);
    await enhanced(page);
    await page.getByRole('link', { name: 'Börja svara' }).tap();
    await option(page, 'DP2', 'Ofta').tap();
    const dialog = page.getByRole('alertdialog', { name: 'Är du kvar?' });
    await page.clock.runFor(60_000);
    await dialog.waitFor();
    // axe needs running timers: the warning's 30 seconds are its time.
    await page.clock.resume();
    expect(await axeViolations(page)).toEqual([]);
    // One press gives the time back, answers kept.
    await dialog.getByRole('button', { name: 'Jag är kvar' }).tap();
    await dialog.waitFor({ state: 'detached' });
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
    expect(await option(page, 'DP2', 'Ofta').isChecked()).toBe(true);
    // Left alone: the warning, then after its countdown a fresh start.
    await page.clock.runFor(60_000);
    await dialog.waitFor();
    await page.clock.runFor(60_000);
    await page.getByRole('heading', { name: 'Enkät om stödet du får' }).waitFor();
    expect(new URL(page.url()).searchParams.get('idle')).toBe('60');
    await showsNoAnswers(page);
    await context.close();
  });
});
