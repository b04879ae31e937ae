/**
 * @module
 * Finding things on a questionnaire page, as a respondent sees them.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The radio of an option within a question's fieldset, by its visible label. */
export const option = (page: Page, question: string, label: string) =>
  page.locator(`#fraga-${question}`).getByLabel(label, { exact: true });

/**
 * Waits until the page's scripts have taken over (the survey marks itself then); on a
 * throttled page give it longer than Playwright's 30 seconds.
 */
export const enhanced = (page: Page, timeout?: number) =>
  page.locator('[data-enhanced]').waitFor({ state: 'attached', timeout });

/**
 * Nothing of an answer may be visible: no chosen option, no review (a page of empty
 * questions is fine: its option labels are the questionnaire's, not anyone's answers).
 */
export async function showsNoAnswers(page: Page): Promise<void> {
  expect(await page.locator('input[type=radio]:checked').count()).toBe(0);
  expect(await page.locator('dl.review').count()).toBe(0);
  // Visible text only: option labels are part of every questionnaire's page data.
  // biome-ignore lint/performance/useDomNodeTextContent: visible text is the point here
  const text = await page.locator('body').innerText();
  expect(text).not.toContain('Granska dina svar');
  expect(text).not.toContain('Confirm Form Resubmission');
}
