/**
 * @module
 * A läsare of the demo's 2021 report: its address, a session for the API, and the page
 * signed in as a person does it.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser } from './browser';

/** The demo's round of 2021. */
export const ROUND = 2;
export const reportPath = `/matningar/${ROUND}/rapport`;

const email = 'lasare@demo.example';
const password = 'demo-lasare-2021';

/** A session cookie for reading the API as the läsare. */
export async function readerCookie(baseUrl: string): Promise<string> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
  expect(cookie).toMatch(/^indikera_session=./);
  return cookie;
}

/** The report page at a viewport size, reached through the sign-in page it sends one to. */
export async function reportSignedIn(
  browser: Browser,
  baseUrl: string,
  width: number,
  height: number,
): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'sv-SE' });
  const page = await context.newPage();
  await page.goto(`${baseUrl}${reportPath}`);
  await page.getByRole('heading', { name: 'Logga in' }).waitFor();
  await page.waitForLoadState('networkidle');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('heading', { name: /^Rapport: / }).waitFor();
  return [context, page];
}

/** A browser and the läsare's API session for a test file: opened before it, closed after. */
export function readerSession(baseUrl: string): { browser: () => Browser; cookie: () => string } {
  let browser: Browser | undefined;
  let cookie = '';
  beforeAll(async () => {
    browser = await launchBrowser();
    cookie = await readerCookie(baseUrl);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    browser: () => {
      if (!browser) throw new Error('the browser is not open yet');
      return browser;
    },
    cookie: () => cookie,
  };
}
