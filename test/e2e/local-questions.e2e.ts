/**
 * @module
 * The Lokala frågor page as a koordinator uses it without JavaScript, and as it reads on a
 * 320 px phone at 200 % text: add, reword and remove a question with plain forms, and
 * refuse what cannot be done with the reason on the page. On a round of its own (2005),
 * with no round the year before to carry questions over from.
 */

import { describe, expect, inject, it } from 'vitest';
import { axeViolations, axeViolationsWithoutScripts } from './browser';
import { sharedBrowser } from './shared-browser';
import { signIn } from './sign-in';

const baseUrl = inject('baseUrl');
const theBrowser = sharedBrowser();

describe('lokala frågor', () => {
  it('are added, reworded and removed with plain forms, and read at 320 px and 200 % text', async () => {
    const browser = theBrowser();
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 320, height: 640 },
    });
    const page = await context.newPage();
    await signIn(page, baseUrl, 'koordinator@demo.example', 'demo-koordinator-2021');
    const me = (await (await page.request.get(`${baseUrl}/api/auth/me`)).json()) as {
      memberships: { forbundId: number }[];
    };
    const created = await page.request.post(`${baseUrl}/api/rounds`, {
      headers: { Origin: baseUrl },
      data: { forbundId: me.memberships[0]?.forbundId, name: 'Lokalprov 2005', year: 2005 },
    });
    const roundId = ((await created.json()) as { id: number }).id;
    const address = `${baseUrl}/matningar/${roundId}/lokala-fragor`;

    await page.goto(address);
    await page.getByText('Mätningen har inga lokala frågor.').waitFor();
    await page
      .getByRole('button', { name: 'Hämta lokala frågor från förra årets mätning' })
      .click();
    await page.getByRole('alert').getByText('Förra årets mätning har inga lokala frågor').waitFor();

    await page.getByLabel('Grupp').selectOption({ label: 'Personal i insatserna' });
    await page
      .getByLabel('Frågans text, exakt som den ska stå')
      .fill('Känner du till förbundets mål?');
    await page
      .getByLabel('Svarsalternativ och vad som räknas som positivt')
      .selectOption({ label: 'Ja eller Nej; räknas: Ja' });
    await page.getByRole('button', { name: 'Lägg till frågan' }).click();
    await page.getByRole('status').getByText('Frågan är tillagd.').waitFor();
    await page.getByText('LP1 Känner du till förbundets mål?').waitFor();
    expect(await axeViolationsWithoutScripts(browser, page.url(), await page.content())).toEqual(
      [],
    );

    await page.getByText('Ändra LP1').click();
    await page.locator('#andra-LP1-text').fill('Känner du till förbundets egna mål?');
    await page.getByRole('button', { name: 'Spara LP1' }).click();
    await page.getByRole('status').getByText('Frågan är ändrad.').waitFor();
    await page.getByText('LP1 Känner du till förbundets egna mål?').waitFor();

    // At 320 px with the text at 200 %, nothing scrolls sideways (a script-run check only).
    const reader = await browser.newContext({
      viewport: { width: 320, height: 640 },
      storageState: await context.storageState(),
    });
    const zoomed = await reader.newPage();
    // The browser's text size at 200 %: the default 16 px becomes 32 px.
    const cdp = await reader.newCDPSession(zoomed);
    await cdp.send('Page.enable');
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
    await zoomed.goto(address);
    await zoomed.getByText('LP1 Känner du till förbundets egna mål?').waitFor();
    const overflow = await zoomed.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(zoomed)).toEqual([]);
    await reader.close();

    // On a link in English the local question keeps its Swedish text, marked as Swedish.
    const link = await page.request.post(`${baseUrl}/api/rounds/${roundId}/links`, {
      headers: { Origin: baseUrl },
      data: { group: 'personal' },
    });
    const { token } = (await link.json()) as { token: string };
    const respondent = await browser.newContext();
    const english = await respondent.newPage();
    await english.goto(`${baseUrl}/s/${token}?steg=fragor&lang=en`);
    await english.getByRole('heading', { name: 'Local questions' }).waitFor();
    const swedish = english.locator('#fraga-LP1 legend [lang="sv"]');
    expect(await swedish.textContent()).toBe('Känner du till förbundets egna mål?');
    expect(await axeViolations(english)).toEqual([]);
    await respondent.close();

    await page.getByRole('button', { name: 'Ta bort LP1' }).click();
    await page.getByRole('status').getByText('Frågan är borttagen.').waitFor();
    await page.getByText('Mätningen har inga lokala frågor.').waitFor();
    await context.close();
  }, 180_000);
});
