import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser } from './browser';

const baseUrl = inject('baseUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function expectAccessible(page: Page, state: string) {
  expect(await axeViolations(page), state).toEqual([]);
}

async function login(page: Page, email: string, password: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

describe('staff sign in and the overview', () => {
  it('refuses a wrong password, signs in, shows the current round, signs out', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/oversikt`);
    await page.getByRole('heading', { name: 'Logga in' }).waitFor();
    expect(new URL(page.url()).searchParams.get('till')).toBe('/oversikt');
    await expectAccessible(page, 'login');

    await login(page, 'koordinator@demo.example', 'fel-lösenord');
    await page.getByText('Fel e-postadress eller lösenord.').waitFor();
    await expectAccessible(page, 'login error');

    await login(page, 'koordinator@demo.example', 'demo-koordinator-2021');
    await page.getByRole('heading', { name: 'Översikt' }).waitFor();
    await page.getByRole('heading', { name: 'Indikatormätning 2021' }).waitFor();
    const groups = page.getByRole('table', { name: 'Svar per respondentgrupp' });
    // The demo's 2021: 26 deltagare pågående of 55 asked, 47 % nationally.
    const row = groups.getByRole('row', { name: /Deltagare, pågående/ });
    expect(await row.getByRole('cell').allTextContents()).toEqual(
      expect.arrayContaining(['55', '47 %']),
    );
    await page.getByRole('table', { name: 'Svar per insats' }).waitFor();
    await expectAccessible(page, 'overview');

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('heading', { name: 'Logga in' }).waitFor();
    await page.goto(`${baseUrl}/oversikt`);
    await page.getByRole('heading', { name: 'Logga in' }).waitFor();
    expect(await page.getByRole('status').count()).toBe(0);
    await context.close();
  });

  it('keeps what was typed before the page’s scripts ran', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    let release: () => void = () => {};
    const scriptsMayLoad = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/_app/immutable/**/*.js', async (route) => {
      await scriptsMayLoad;
      await route.continue();
    });
    await page.goto(`${baseUrl}/logga-in`, { waitUntil: 'domcontentloaded' });
    await page.getByLabel('E-postadress').fill('lasare@demo.example');
    release();
    await page.waitForLoadState('networkidle');
    expect(await page.getByLabel('E-postadress').inputValue()).toBe('lasare@demo.example');
    await context.close();
  });

  it('says so when a session has run out', async () => {
    const context = await browser.newContext();
    await context.addCookies([{ name: 'indikera_session', value: 'gammal.session', url: baseUrl }]);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/oversikt`);
    await page.getByText('Du har varit inaktiv en längre tid och har loggats ut.').waitFor();
    await expectAccessible(page, 'session expired');
    await context.close();
  });

  it('sends nobody to another site after signing in', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/logga-in?till=//elak.example/`);
    await login(page, 'lasare@demo.example', 'demo-lasare-2021');
    await page.getByRole('heading', { name: 'Översikt' }).waitFor();
    expect(new URL(page.url()).origin).toBe(baseUrl);
    await context.close();
  });

  it('shows first run only on an empty installation', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/installera`);
    await page.getByRole('heading', { name: 'Logga in' }).waitFor();
    await context.close();
  });
});
