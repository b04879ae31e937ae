/**
 * @module
 * The koordinator's words in the report: written on the page, read by a läsare, printed,
 * and exported with the report.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser } from './browser';
import { ROUND, readerCookie, reportPath, reportSignedIn } from './report-reader';
import { signIn } from './sign-in';

const baseUrl = inject('baseUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the koordinator’s words in the report', () => {
  it('are written per indicator and for the whole report, shown to readers, printed and exported', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signIn(page, baseUrl, 'koordinator@demo.example', 'demo-koordinator-2021');
    await page.goto(`${baseUrl}${reportPath}`);
    const indicator1 = page.locator('section[data-indicator="1"]');
    await indicator1.getByText('Skriv kommentar').click();
    await indicator1
      .getByRole('textbox', { name: 'Kommentar' })
      .fill('Högre än riket, och män har ökat mest.');
    await indicator1.getByRole('button', { name: 'Spara kommentar' }).click();
    await indicator1.getByText('Kommentar sparad.').waitFor();
    await page.getByText('Skriv sammanfattning').click();
    await page.getByRole('textbox', { name: 'Sammanfattning' }).fill('Fler svar än i fjol.');
    await page.getByRole('button', { name: 'Spara sammanfattning' }).click();
    await page.getByText('Sammanfattning sparad.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();

    const [readerContext, reader] = await reportSignedIn(browser, baseUrl, 1280, 800);
    await reader
      .locator('section[data-indicator="1"] [data-comment="1"]')
      .getByText('Kommentar: Högre än riket, och män har ökat mest.')
      .waitFor();
    await reader.getByText('Sammanfattning: Fler svar än i fjol.').waitFor();
    expect(await reader.getByText('Skriv kommentar').count()).toBe(0);
    await reader.emulateMedia({ media: 'print' });
    expect(await reader.getByText('Fler svar än i fjol.').isVisible()).toBe(true);
    await readerContext.close();

    const csv = await fetch(`${baseUrl}/api/rounds/${ROUND}/report?format=csv`, {
      headers: { Cookie: await readerCookie(baseUrl) },
    });
    expect(await csv.text()).toContain(';Högre än riket, och män har ökat mest.\r\n');
    // Two sign-ins, three page loads and an axe audit of the whole report.
  }, 240_000);
});
