/**
 * @module
 * Debian's Chromium driven by Playwright, with the flags this machine needs (no sandbox as
 * root, no background network), a fresh profile per browser, and axe-core for audits.
 */
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

export const tablet: BrowserContextOptions = {
  viewport: { width: 810, height: 1080 },
  hasTouch: true,
  isMobile: true,
  locale: 'sv-SE',
};

/** Every axe-core violation on the page (WCAG 2.1 A and AA and best practice). */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

/**
 * Audits a page as the server rendered it for a browser without JavaScript. axe itself
 * needs JavaScript, so the captured HTML is served at its own address in a page whose own
 * scripts are all blocked: nothing hydrates, nothing changes the markup.
 */
export async function axeViolationsWithoutScripts(
  browser: Browser,
  url: string,
  html: string,
): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route('**/*.js', (route) => route.abort());
  await page.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: html }),
  );
  await page.goto(url);
  const violations = await axeViolations(page);
  await context.close();
  return violations;
}

/** Fails with every axe-core violation of the page, named by the state it is in. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  expect(await axeViolations(page), state).toEqual([]);
}
