import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, axeViolationsWithoutScripts, launchBrowser, tablet } from './browser';
import { countResponses, waitingAnswers } from './database';
import { reportOf } from './report-api';

const baseUrl = inject('baseUrl');
const databaseFile = inject('databaseFile');
const links = inject('links');
const ROUND_2021 = 2;
const avslut = () => `${baseUrl}/s/${links['deltagare-avslut']}`;

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

/** The radio of an option within a question's fieldset, by its visible label. */
const option = (page: Page, question: string, label: string) =>
  page.locator(`#fraga-${question}`).getByLabel(label, { exact: true });

describe('a deltagare at the end of an insats answers on a tablet', () => {
  it('skips a question, meets the DA8 condition, reviews, sends; the answer waits for the release', async () => {
    const before = await reportOf(baseUrl, ROUND_2021);
    const waitingBefore = waitingAnswers(databaseFile, ROUND_2021);
    const context = await browser.newContext(tablet);
    const page = await context.newPage();
    await page.goto(avslut());
    await expectAccessible(page, 'start');
    await page.getByRole('link', { name: 'Börja svara' }).tap();
    await expect.poll(() => page.locator('#fraga-DA1').isVisible()).toBe(true);
    await expectAccessible(page, 'questions');

    await option(page, 'DA1', 'Alltid').tap();
    await option(page, 'DA2', 'För det mesta').tap();
    // DA3 is skipped.
    await option(page, 'DA4', 'Ja').tap();
    await option(page, 'DA5', 'Till stor del').tap();
    await option(page, 'DA6', 'Helt och hållet').tap();
    await option(page, 'DA7', 'Delvis').tap();
    expect(await page.locator('#fraga-DA9').count()).toBe(0);
    await option(page, 'DA8', 'Ja').tap();
    await option(page, 'DA9', 'Till mycket stor del').tap();
    await option(page, 'DA10', 'Till stor del').tap();
    await option(page, 'kon', 'Kvinna').tap();
    await page.getByText('9 av 10 frågor besvarade').waitFor();

    await page.getByRole('button', { name: 'Gå vidare och granska' }).tap();
    await page.getByRole('heading', { name: 'Granska dina svar' }).waitFor();
    await expectAccessible(page, 'review');
    const review = page.locator('dl.review');
    await expect
      .poll(() =>
        review
          .locator('div', { hasText: 'Har stödet fått ta den tid du behövt?' })
          .locator('dd')
          .textContent(),
      )
      .toBe('Inte besvarad');

    await page.getByRole('button', { name: 'Skicka svaren' }).tap();
    await page.getByRole('heading', { name: 'Tack för dina svar!' }).waitFor();
    await expectAccessible(page, 'thanks');

    // Stored as answered, and waiting: the report of the open round does not move by one
    // person's answers (disclosure control); the count of questionnaires received does.
    const waitingAfter = waitingAnswers(databaseFile, ROUND_2021);
    const added = (question: string, value: string) =>
      (waitingAfter[question]?.[value] ?? 0) - (waitingBefore[question]?.[value] ?? 0);
    expect(added('DA1', '6')).toBe(1);
    expect(added('DA9', '5')).toBe(1);
    expect(Object.values(waitingAfter.DA3 ?? {})).toEqual(Object.values(waitingBefore.DA3 ?? {}));
    const after = await reportOf(baseUrl, ROUND_2021);
    const waiting = (r: typeof after) =>
      r.groups.find((g) => g.group === 'deltagare-avslut')?.waiting ?? 0;
    expect(waiting(after)).toBe(waiting(before) + 1);
    expect(after.questions).toEqual(before.questions);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('works completely: server-side validation beside the question, review, thanks', async () => {
    const before = countResponses(databaseFile);
    const context = await browser.newContext({ ...tablet, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(avslut());
    await page.getByRole('link', { name: 'Börja svara' }).click();
    await page.locator('#fraga-DA1').waitFor();
    // Without JavaScript DA9 and DA10 are always shown, with a hint.
    await page.locator('#DA9-tips').waitFor();
    await option(page, 'DA1', 'Ofta').check();
    await option(page, 'DA8', 'Nej').check();
    await option(page, 'DA9', 'Delvis').check();
    await page.getByRole('button', { name: 'Gå vidare och granska' }).click();

    await page.getByRole('heading', { name: 'Något behöver rättas' }).waitFor();
    expect(
      await axeViolationsWithoutScripts(browser, page.url(), await page.content()),
      'error',
    ).toEqual([]);
    const error = page.locator('#DA9-fel');
    expect(await error.textContent()).toContain(
      'bara på den här frågan om du svarade Ja på fråga 8',
    );
    expect(await page.locator('#fraga-DA9').getAttribute('aria-describedby')).toContain('DA9-fel');
    expect(await option(page, 'DA1', 'Ofta').isChecked()).toBe(true); // answers kept

    await option(page, 'DA8', 'Ja').check();
    await page.getByRole('button', { name: 'Gå vidare och granska' }).click();
    await page.getByRole('heading', { name: 'Granska dina svar' }).waitFor();
    expect(
      await axeViolationsWithoutScripts(browser, page.url(), await page.content()),
      'review without JavaScript',
    ).toEqual([]);
    await page.getByRole('button', { name: 'Ändra svaren' }).click();
    expect(await option(page, 'DA9', 'Delvis').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Gå vidare och granska' }).click();
    await page.getByRole('button', { name: 'Skicka svaren' }).click();
    await page.getByRole('heading', { name: 'Tack för dina svar!' }).waitFor();
    expect(countResponses(databaseFile)).toBe(before + 1);
    await context.close();
  });
});

describe('with the keyboard alone', () => {
  it('completes the questionnaire with Tab, arrows, Space and Enter', async () => {
    const before = countResponses(databaseFile, "group_id = 'styrelse'");
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/s/${links.styrelse}`);
    // Skip link, language, then the start button.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (
        (await page.evaluate(() => document.activeElement?.textContent?.trim())) === 'Börja svara'
      )
        break;
    }
    await page.keyboard.press('Enter');
    await page.locator('#fraga-S1').waitFor();
    // Each question: Tab into its group, Space picks the first option, ArrowDown the next.
    const focusedQuestion = () =>
      page.evaluate(
        () =>
          document.activeElement?.closest('fieldset')?.id ??
          document.activeElement?.textContent?.trim(),
      );
    for (const id of ['S1', 'S2', 'S3', 'S4', 'S5']) {
      for (let i = 0; i < 5 && (await focusedQuestion()) !== `fraga-${id}`; i++)
        await page.keyboard.press('Tab');
      expect(await focusedQuestion()).toBe(`fraga-${id}`);
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
    }
    const focusedVisibly = await page.evaluate(() => {
      const el = document.activeElement;
      return el instanceof HTMLElement
        ? getComputedStyle(el.closest('label') ?? el).outlineStyle
        : 'none';
    });
    expect(focusedVisibly).not.toBe('none');
    // Kön is skipped: Tab on to the button.
    for (let i = 0; i < 5 && (await focusedQuestion()) !== 'Gå vidare och granska'; i++)
      await page.keyboard.press('Tab');
    expect(await focusedQuestion()).toBe('Gå vidare och granska');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Granska dina svar' }).waitFor();
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (
        (await page.evaluate(() => document.activeElement?.textContent?.trim())) === 'Skicka svaren'
      )
        break;
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Tack för dina svar!' }).waitFor();
    expect(countResponses(databaseFile, "group_id = 'styrelse'")).toBe(before + 1);
    await context.close();
  });
});

describe('in English', () => {
  it('shows the help translation beside the Swedish wording, in the right language', async () => {
    const context = await browser.newContext(tablet);
    const page = await context.newPage();
    await page.goto(`${avslut()}?steg=fragor&lang=en`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const legend = page.locator('#fraga-DA1 legend');
    expect(await legend.locator('.text').textContent()).toBe(
      'Have you received support in a way that has been of great use to you?',
    );
    expect(await legend.locator('.original').getAttribute('lang')).toBe('sv');
    await expectAccessible(page, 'questions in English');
    await context.close();
  });
});

describe('a link that cannot take answers', () => {
  it('shows a clear Swedish page for an unknown link', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const res = await page.goto(`${baseUrl}/s/finns-inte-alls`);
    expect(res?.status()).toBe(404);
    await page.getByRole('heading', { name: 'Enkäten finns inte' }).waitFor();
    await expectAccessible(page, 'unknown link');
    await context.close();
  });

  it('has an accessibility statement that passes its own audit', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/tillganglighet`);
    await page.getByRole('heading', { name: 'Tillgänglighetsredogörelse för Indikera' }).waitFor();
    await expectAccessible(page, 'tillgänglighetsredogörelse');
    await page.goto(`${baseUrl}/`);
    await expectAccessible(page, 'front page');
    await context.close();
  });
});
