/**
 * @module
 * The questionnaire never loses a tap, and the next person on a tablet starts clean: taps
 * made before the scripts run on a throttled tablet, Back and Forward and the language
 * switch mid-way, an answer taken back, the kiosk's own defaults after each person, Back
 * after a submit without JavaScript, and 200 % text on a narrow phone.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, axeViolationsWithoutScripts, launchBrowser, tablet } from './browser';
import { countResponses } from './database';
import { enhanced, option, showsNoAnswers } from './survey-page';

const baseUrl = inject('baseUrl');
const databaseFile = inject('databaseFile');
const links = inject('links');
const avslut = () => `${baseUrl}/s/${links['deltagare-avslut']}`;
// The demo's deltagare-pågående link is a kiosk link, for a shared tablet.
const kiosk = () => `${baseUrl}/s/${links['deltagare-pagaende']}`;

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

/** The review's text for one question, found by the start of its wording. */
const reviewed = (page: Page, question: string) =>
  page.locator('dl.review div', { hasText: question }).locator('dd').textContent();

/** A tablet 6× slower than this machine on a 1.6 Mbit/s line with 150 ms latency. */
async function throttledTablet(): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext(tablet);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: 1_600_000 / 8,
    uploadThroughput: 750_000 / 8,
  });
  return [context, page];
}

/** Holds back the page's scripts until the returned function is called. */
async function holdScripts(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const scriptsMayLoad = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/_app/immutable/**/*.js', async (route) => {
    await scriptsMayLoad;
    await route.continue().catch(() => {});
  });
  return release;
}

describe('taps before the scripts have loaded', () => {
  it('are kept when the scripts take over on a throttled tablet, and reach the review', async () => {
    const [context, page] = await throttledTablet();
    const release = await holdScripts(page);
    await page.goto(`${avslut()}?steg=fragor`, { waitUntil: 'domcontentloaded' });
    await option(page, 'DA1', 'Alltid').tap();
    await option(page, 'DA2', 'Ofta').tap();
    await option(page, 'kon', 'Man').tap();
    release();
    // Six times slower on a shared machine: hydration may well take tens of seconds.
    await enhanced(page, 75_000);
    expect(await option(page, 'DA1', 'Alltid').isChecked()).toBe(true);
    expect(await option(page, 'DA2', 'Ofta').isChecked()).toBe(true);
    expect(await option(page, 'kon', 'Man').isChecked()).toBe(true);
    await page.getByText('2 av 8 frågor besvarade').waitFor();
    await page.getByRole('button', { name: 'Gå vidare och granska' }).tap();
    await page.getByRole('heading', { name: 'Granska dina svar' }).waitFor();
    expect(await reviewed(page, 'Har du fått stöd på ett sätt')).toBe('Alltid');
    expect(await reviewed(page, 'Kön')).toBe('Man');
    await context.close();
  });
});

describe('mid-way through the questions', () => {
  it('Back goes to the start and Forward returns to the answers, even after leaving', async () => {
    const context = await browser.newContext(tablet);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.goto(avslut());
    await enhanced(page);
    await page.getByRole('link', { name: 'Börja svara' }).tap();
    await option(page, 'DA1', 'Alltid').tap();
    await option(page, 'DA3', 'Sällan').tap();
    await option(page, 'DA8', 'Ja').tap();

    await page.goBack();
    await page.getByRole('link', { name: 'Börja svara' }).waitFor();
    await page.goForward();
    await page.locator('#fraga-DA1').waitFor();
    expect(await option(page, 'DA1', 'Alltid').isChecked()).toBe(true);

    // Out of the survey and back in again.
    await page.goBack();
    await page.getByRole('link', { name: 'Börja svara' }).waitFor();
    await page.goBack();
    await page.waitForURL(`${baseUrl}/`);
    await page.goForward();
    await page.getByRole('link', { name: 'Börja svara' }).waitFor();
    await page.goForward();
    await enhanced(page);
    await expect.poll(() => option(page, 'DA1', 'Alltid').isChecked()).toBe(true);
    expect(await option(page, 'DA3', 'Sällan').isChecked()).toBe(true);
    expect(await option(page, 'DA8', 'Ja').isChecked()).toBe(true);
    await page.locator('#fraga-DA9').waitFor();
    await page.getByText('3 av 10 frågor besvarade').waitFor();
    await context.close();
  });

  it('the language switch keeps the step and every answer', async () => {
    const context = await browser.newContext(tablet);
    const page = await context.newPage();
    await page.goto(avslut());
    await enhanced(page);
    await page.getByRole('link', { name: 'Börja svara' }).tap();
    await option(page, 'DA1', 'Alltid').tap();
    await option(page, 'DA2', 'Ofta').tap();
    await option(page, 'kon', 'Kvinna').tap();
    await page.getByRole('link', { name: 'In English' }).tap();
    await page.waitForURL(/lang=en/);
    await enhanced(page);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect.poll(() => option(page, 'DA1', 'Always').isChecked()).toBe(true);
    expect(await option(page, 'DA2', 'Often').isChecked()).toBe(true);
    expect(await option(page, 'kon', 'Woman').isChecked()).toBe(true);
    await expectAccessible(page, 'questions in English, answers kept');
    // And back to Swedish from beside the questions.
    await page.getByRole('button', { name: 'På svenska, med svaren kvar' }).tap();
    await page.waitForURL((url) => !url.searchParams.has('lang'));
    await enhanced(page);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await expect.poll(() => option(page, 'DA1', 'Alltid').isChecked()).toBe(true);
    await context.close();
  });
});

describe('without JavaScript, the language switch mid-way', () => {
  it('keeps every answer given so far', async () => {
    const context = await browser.newContext({ ...tablet, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${avslut()}?steg=fragor`);
    await option(page, 'DA1', 'Alltid').check();
    await option(page, 'kon', 'Kvinna').check();
    await page.getByRole('button', { name: 'In English, with the answers kept' }).click();
    await page.waitForURL(/lang=en/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await option(page, 'DA1', 'Always').isChecked()).toBe(true);
    expect(await option(page, 'kon', 'Woman').isChecked()).toBe(true);
    expect(
      await axeViolationsWithoutScripts(browser, page.url(), await page.content()),
      'questions in English without JavaScript',
    ).toEqual([]);
    await context.close();
  });
});

describe('an answer taken back', () => {
  it('with "Ta bort svar" the question is unanswered again', async () => {
    const context = await browser.newContext(tablet);
    const page = await context.newPage();
    await page.goto(`${avslut()}?steg=fragor`);
    await enhanced(page);
    await option(page, 'DA1', 'Alltid').tap();
    await page.getByText('1 av 8 frågor besvarade').waitFor();
    await page
      .locator('#fraga-DA1')
      .getByRole('button', { name: /Ta bort svar/ })
      .tap();
    await page.getByText('0 av 8 frågor besvarade').waitFor();
    expect(await page.locator('#fraga-DA1 input:checked').count()).toBe(0);
    await expectAccessible(page, 'an answer taken back');
    await page.getByRole('button', { name: 'Gå vidare och granska' }).tap();
    await page.getByRole('heading', { name: 'Granska dina svar' }).waitFor();
    expect(await reviewed(page, 'Har du fått stöd på ett sätt')).toBe('Inte besvarad');
    await context.close();
  });

  it('without JavaScript, DA9 answered after DA8 = Nej can be taken back', async () => {
    const context = await browser.newContext({ ...tablet, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${avslut()}?steg=fragor`);
    await option(page, 'DA8', 'Nej').check();
    await option(page, 'DA9', 'Delvis').check();
    await page.getByRole('button', { name: 'Gå vidare och granska' }).click();
    await page.locator('#DA9-fel').waitFor();
    await page
      .locator('#fraga-DA9')
      .getByRole('button', { name: /Ta bort svar/ })
      .click();
    await page.locator('#fraga-DA9').waitFor();
    expect(await page.locator('#DA9-fel').count()).toBe(0);
    expect(await page.locator('#fraga-DA9 input:checked').count()).toBe(0);
    expect(await option(page, 'DA8', 'Nej').isChecked()).toBe(true);
    expect(
      await axeViolationsWithoutScripts(browser, page.url(), await page.content()),
      'answer taken back without JavaScript',
    ).toEqual([]);
    await page.getByRole('button', { name: 'Gå vidare och granska' }).click();
    await page.getByRole('heading', { name: 'Granska dina svar' }).waitFor();
    await context.close();
  });
});

describe('a kiosk after each person', () => {
  it('starts the next person in the link’s own language and keeps its idle time', async () => {
    const context = await browser.newContext(tablet);
    const page = await context.newPage();
    await page.goto(`${kiosk()}?idle=60`);
    for (const round of [1, 2]) {
      await enhanced(page);
      await page.getByRole('link', { name: 'In English' }).tap();
      await page.waitForURL(/lang=en/);
      await enhanced(page);
      await page.getByRole('link', { name: 'Start', exact: true }).tap();
      await option(page, 'DP1', 'Always').tap();
      await page.getByRole('button', { name: 'Continue and review' }).tap();
      await page.getByRole('button', { name: 'Send answers' }).tap();
      await page.getByRole('heading', { name: 'Thank you for your answers!' }).waitFor();
      await page.getByRole('link', { name: 'Next person' }).tap();
      await page.getByRole('heading', { name: 'Enkät om stödet du får' }).waitFor();
      expect(await page.getAttribute('html', 'lang'), `person ${round}`).toBe('sv');
      expect(new URL(page.url()).searchParams.get('idle'), `person ${round}`).toBe('60');
    }
    await context.close();
  });
});

describe('without JavaScript, after a submit', () => {
  it('neither Back nor reload shows anything of the answers', async () => {
    const before = countResponses(databaseFile);
    const context = await browser.newContext({ ...tablet, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(avslut());
    await page.getByRole('link', { name: 'Börja svara' }).click();
    await option(page, 'DA1', 'Ofta').check();
    await page.getByRole('button', { name: 'Gå vidare och granska' }).click();
    await page.getByRole('heading', { name: 'Granska dina svar' }).waitFor();
    await page.getByRole('button', { name: 'Skicka svaren' }).click();
    await page.getByRole('heading', { name: 'Tack för dina svar!' }).waitFor();
    expect(countResponses(databaseFile)).toBe(before + 1);

    await page.goBack();
    await page.locator('h1').first().waitFor();
    await showsNoAnswers(page);
    await page.reload();
    await page.locator('h1').first().waitFor();
    await showsNoAnswers(page);
    await page.goBack();
    await page.locator('h1').first().waitFor();
    await showsNoAnswers(page);
    expect(countResponses(databaseFile)).toBe(before + 1);
    await context.close();
  });
});

describe('200 % text on a 360 px phone', () => {
  it('clips no text on any step of the survey', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    // The browser's text size at 200 %: the default 16 px becomes 32 px.
    await cdp.send('Page.enable');
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
    /** Elements whose text runs past their own box, or past the screen. */
    const clipped = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((el) => {
            // Not shown, or hidden for screen readers only (the skip link, announcements).
            if (el.offsetParent === null || el.closest('.skip') || el.clientWidth <= 1)
              return false;
            const style = getComputedStyle(el);
            const hides = /hidden|clip/.test(style.overflowX);
            const rect = el.getBoundingClientRect();
            return (
              (hides && el.scrollWidth > el.clientWidth + 1) ||
              rect.right > document.documentElement.clientWidth + 1
            );
          })
          .map(
            (el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 40)}`,
          ),
      );
    await page.goto(avslut());
    await enhanced(page);
    expect(await clipped(), 'start').toEqual([]);
    await page.getByRole('link', { name: 'Börja svara' }).tap();
    await page.locator('#fraga-DA1').waitFor();
    expect(await clipped(), 'questions').toEqual([]);
    await page.getByRole('button', { name: 'Gå vidare och granska' }).tap();
    await page.getByRole('heading', { name: 'Granska dina svar' }).waitFor();
    expect(await clipped(), 'review').toEqual([]);
    await context.close();
  });
});

describe('the smaller things', () => {
  it('numbers the questions asked, and the language switch is a large target', async () => {
    const context = await browser.newContext(tablet);
    const page = await context.newPage();
    await page.goto(`${avslut()}?steg=fragor`);
    await enhanced(page);
    const position = (id: string) => page.locator(`#fraga-${id} legend .position`).textContent();
    expect(await position('DA1')).toBe('Fråga 1 av 8');
    expect(await position('DA8')).toBe('Fråga 8 av 8');
    await page.getByText('0 av 8 frågor besvarade').waitFor();
    await option(page, 'DA8', 'Ja').tap();
    await page.locator('#fraga-DA10').waitFor();
    expect(await position('DA1')).toBe('Fråga 1 av 10');
    expect(await position('DA10')).toBe('Fråga 10 av 10');
    const link = await page.getByRole('link', { name: 'In English' }).boundingBox();
    expect(link?.width).toBeGreaterThanOrEqual(44);
    expect(link?.height).toBeGreaterThanOrEqual(44);
    await context.close();
  });
});
