/**
 * @module
 * The years side by side on the report page: per indicator the table "Över åren" shows
 * each question's share of the demo's 2020 round beside 2021, exactly as the API's
 * `?years=5` says, and the page stays free of axe violations with it, on a phone too.
 */
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './browser';
import { ROUND, readerSession, reportSignedIn } from './report-reader';

const baseUrl = inject('baseUrl');

interface Figures {
  id: string;
  share: number | null;
  history?: { year: number; question: string; n?: number; positive?: number; withheld?: true }[];
}

const session = readerSession(baseUrl);

/** Whole percents as printed: half up, as the report words print them. */
const printed = (positive: number, n: number) =>
  n === 0 ? '' : `${Math.floor((200 * positive + n) / (2 * n))} %`;

describe('the report page over the years', () => {
  it('shows each question’s share of every earlier round beside this year', async () => {
    const res = await fetch(`${baseUrl}/api/rounds/${ROUND}/report?years=5`, {
      headers: { Cookie: session.cookie() },
    });
    const api = (await res.json()) as { questions: Figures[] };
    const [context, page] = await reportSignedIn(session.browser(), baseUrl, 1280, 800);
    await page.getByRole('heading', { name: 'Över åren' }).first().waitFor();
    const rows = await page.$$eval('div.history tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')),
    );
    const withHistory = api.questions.filter((q) => (q.history ?? []).length > 0);
    expect(withHistory.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(withHistory.length);
    for (const q of withHistory) {
      const row = rows.find((r) => r[0] === q.id);
      expect(row, q.id).toBeDefined();
      const then = q.history?.[0];
      const expected = then?.withheld ? '–' : printed(then?.positive ?? 0, then?.n ?? 0);
      expect(row?.[2], `${q.id} ${then?.year}`).toBe(expected);
    }
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('reads on a 320 px phone without the page scrolling sideways', async () => {
    const [context, page] = await reportSignedIn(session.browser(), baseUrl, 320, 640);
    await page.getByRole('heading', { name: 'Över åren' }).first().waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }, 180_000);
});
