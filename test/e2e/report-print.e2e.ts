/**
 * @module
 * The report on paper: printed to a tagged PDF and read back with pdf.js, as a förbund
 * pastes it into its annual report: few pages, no table row split across two, every
 * bar's counts in words, and colours that stay apart in greyscale.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import { reportSignedIn } from './report-reader';

const baseUrl = inject('baseUrl');

/** A node of a PDF's structure tree as pdf.js gives it: an element, or a piece of content. */
type StructNode =
  | { readonly role: string; readonly children: StructNode[] }
  | { readonly type: 'content' | 'object'; readonly id: string };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the printed report', () => {
  it('prints compactly on A4: few pages, no table row split, counts and greys readable', async () => {
    const [context, page] = await reportSignedIn(browser, baseUrl, 1280, 800);
    await page.emulateMedia({ media: 'print' });
    // Body rows of every table that prints (those with a data cell).
    const rowsInPage = await page.$$eval(
      'table tr',
      (rows) => rows.filter((r) => r.getClientRects().length > 0 && r.querySelector('td')).length,
    );
    const pdf = await page.pdf({ format: 'A4', tagged: true, preferCSSPageSize: true });
    const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
    // 14 indicators and their bars, Tabell 1 and Tabell 10: the demo filled 16 pages before.
    expect(doc.numPages).toBeLessThanOrEqual(11);

    // A tagged PDF names a table row on every page it has content on, so a row split by a
    // page break is counted twice. A repeated header row (column headers only) is not a
    // body row; the continuation of a split row may hold only its row header, so a row of
    // one header cell counts.
    const bodyRows = (node: StructNode): number => {
      if ('type' in node) return 0;
      if (node.role === 'TR') {
        const cells = node.children.filter(
          (c): c is Extract<StructNode, { role: string }> => 'role' in c,
        );
        return cells.some((c) => c.role === 'TD') || cells.length === 1 ? 1 : 0;
      }
      return node.children.reduce((sum, child) => sum + bodyRows(child), 0);
    };
    let rowsInPdf = 0;
    for (let i = 1; i <= doc.numPages; i++) {
      const tree = (await (await doc.getPage(i)).getStructTree()) as StructNode | null;
      rowsInPdf += tree ? bodyRows(tree) : 0;
    }
    expect(rowsInPdf).toBe(rowsInPage);

    // On paper every bar says its counts in words, even for a segment too narrow to hold one.
    const dp1 = page.locator('[data-print-counts="DP1"]');
    expect(await dp1.isVisible()).toBe(true);
    expect(await dp1.textContent()).toMatch(/^Aldrig \d+ · Sällan \d+ · Ibland \d+ · Ofta \d+/);

    // Neighbouring options stay apart in greyscale (Ibland and Ofta were 1.09:1).
    const fills = await page.$$eval('[data-indicator="1"] .legend rect', (rects) =>
      rects.map((r) => r.getAttribute('fill') ?? ''),
    );
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    expect(fills).toHaveLength(6);
    for (let i = 1; i < fills.length; i++) {
      const [a, b] = [luminance(fills[i - 1] ?? ''), luminance(fills[i] ?? '')];
      expect(
        (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
        `${fills[i - 1]} ${fills[i]}`,
      ).toBeGreaterThan(1.3);
    }
    await context.close();
  }, 240_000);
});
