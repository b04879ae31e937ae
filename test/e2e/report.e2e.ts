/**
 * @module
 * The staff report page against the API's report, figure by figure: what the page shows
 * must be exactly what `GET /api/rounds/:id/report` says, rounded for display, with
 * suppressed gender cells as "–". Also the filters, the downloads, accessibility, and
 * screenshots on a laptop, a phone and paper.
 */
import { scanCsv } from '@indikera/formats';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser } from './browser';
import { ROUND, readerCookie, reportPath, reportSignedIn } from './report-reader';
import { signIn } from './sign-in';

const baseUrl = inject('baseUrl');

interface Cell {
  readonly n?: number;
  readonly share?: number | null;
  readonly suppressed?: true;
}
interface ApiReport {
  groups: { group: string; responses: number; byGender: Record<string, number> }[];
  questions: {
    id: string;
    group: string;
    indicator: number;
    n: number;
    share: number | null;
    byGender: Record<'kvinna' | 'man' | 'annat', Cell>;
    riksnitt: { all: number | null } | null;
    previous: { byGender: Record<'kvinna' | 'man', Cell> } | null;
  }[];
  indicators: {
    indicator: number;
    vsRiksnitt: string | null;
    trend: string | null;
    byGender: Record<'kvinna' | 'man', { vsRiksnitt: string | null; trend: string | null }>;
  }[];
}

// The words the page must use, written out here rather than imported from the page, so
// that the test says independently what each verdict of the API reads as.
const versusWords: Record<string, string> = {
  higher: 'Högre än riket',
  same: 'I nivå med riket',
  lower: 'Lägre än riket',
  mixed: 'Blandat: värdena tar ut varandra',
  none: 'Ingen jämförelse',
};
const trendWords: Record<string, string> = {
  up: '↑Högre än förra året',
  flat: '→Som förra året',
  down: '↓Lägre än förra året',
  mixed: 'Blandat: värdena tar ut varandra',
  none: 'Ingen jämförelse',
};

let browser: Browser;
let cookie = '';
beforeAll(async () => {
  browser = await launchBrowser();
  cookie = await readerCookie(baseUrl);
});
afterAll(async () => {
  await browser?.close();
});

async function apiReport(search = ''): Promise<ApiReport> {
  const res = await fetch(`${baseUrl}/api/rounds/${ROUND}/report${search}`, {
    headers: { Cookie: cookie },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as ApiReport;
}

const percent = (share: number | null | undefined) =>
  share === null || share === undefined ? '' : `${Math.round(share)} %`;
const gender = (cell: Cell) => (cell.suppressed ? '–' : percent(cell.share));

const signedIn = (width: number, height: number) => reportSignedIn(browser, baseUrl, width, height);

interface ShownQuestion {
  id: string;
  share: string;
  n: string;
  kvinna: string;
  man: string;
  previousKvinna: string;
  riksnitt: string;
}

/** Every question row's figures as the page shows them, read in one go. */
function shownQuestions(page: Page): Promise<ShownQuestion[]> {
  return page.$$eval('tr[data-question]', (rows) =>
    rows.map((row) => {
      const text = (figure: string) =>
        row.querySelector(`[data-figure="${figure}"]`)?.textContent?.trim() ?? '(saknas)';
      return {
        id: row.getAttribute('data-question') ?? '',
        share: text('share'),
        n: text('n'),
        kvinna: text('kvinna'),
        man: text('man'),
        previousKvinna: text('previous-kvinna'),
        riksnitt: text('riksnitt'),
      };
    }),
  );
}

function expectSameFigures(shown: ShownQuestion[], report: ApiReport): number {
  expect(shown.map((s) => s.id)).toEqual(expect.arrayContaining(report.questions.map((q) => q.id)));
  expect(shown).toHaveLength(report.questions.length);
  let suppressed = 0;
  for (const q of report.questions) {
    const s = shown.find((row) => row.id === q.id);
    expect(s, q.id).toBeDefined();
    if (!s) continue;
    expect(s.share, `${q.id} share`).toBe(q.share === null ? '–' : percent(q.share));
    expect(s.n, `${q.id} n`).toBe(String(q.n));
    expect(s.kvinna, `${q.id} kvinnor`).toBe(gender(q.byGender.kvinna));
    expect(s.man, `${q.id} män`).toBe(gender(q.byGender.man));
    expect(s.riksnitt, `${q.id} riket`).toBe(percent(q.riksnitt?.all));
    if (q.previous)
      expect(s.previousKvinna, `${q.id} kvinnor förra året`).toBe(
        `(${gender(q.previous.byGender.kvinna)})`,
      );
    if (q.byGender.kvinna.suppressed) suppressed++;
    if (q.byGender.man.suppressed) suppressed++;
  }
  return suppressed;
}

describe('finding the report', () => {
  it('is one click from the navigation, from each round and from the overview', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signIn(page, baseUrl, 'lasare@demo.example', 'demo-lasare-2021');
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });

    await nav.getByRole('link', { name: 'Rapport' }).click();
    await page.getByRole('heading', { name: 'Rapport: Indikatormätning 2021' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Rapport' }).getAttribute('aria-current')).toBe(
      'page',
    );

    await nav.getByRole('link', { name: 'Mätningar' }).click();
    await page
      .getByRole('row', { name: /Indikatormätning 2020/ })
      .getByRole('link', { name: /^Rapport/ })
      .click();
    await page.getByRole('heading', { name: 'Rapport: Indikatormätning 2020' }).waitFor();

    await nav.getByRole('link', { name: 'Översikt' }).click();
    await page.getByRole('link', { name: 'Rapporten för Indikatormätning 2021' }).click();
    await page.getByRole('heading', { name: 'Rapport: Indikatormätning 2021' }).waitFor();
    await context.close();
  });
});

describe('the report page', () => {
  it('shows exactly the figures of the API report, and its verdicts', async () => {
    const [context, page] = await signedIn(1280, 800);
    const report = await apiReport();

    const suppressed = expectSameFigures(await shownQuestions(page), report);
    // The demo's small groups hide some gender cells; each shows only the dash.
    expect(suppressed).toBeGreaterThan(0);
    await page
      .getByText('– = visas inte: färre än sex svar, eller dolt så att ett dolt värde inte')
      .first()
      .waitFor();

    const counts = page.getByRole('table', { name: 'Inkomna svar per respondentgrupp och kön' });
    // Tabell 1: last year's counts in parentheses, rows per insats, and the total.
    const rounds = (await (
      await fetch(`${baseUrl}/api/rounds`, { headers: { Cookie: cookie } })
    ).json()) as { id: number; year: number }[];
    const lastYear = rounds.find((r) => r.year === 2020);
    const before = (await (
      await fetch(`${baseUrl}/api/rounds/${lastYear?.id}/report`, { headers: { Cookie: cookie } })
    ).json()) as ApiReport;
    for (const g of before.groups) {
      expect(
        await counts
          .locator(`tr[data-group="${g.group}"] [data-figure="previous-responses"]`)
          .textContent(),
      ).toBe(`(${g.responses})`);
    }
    expect(await counts.locator('[data-figure="total-responses"]').textContent()).toBe(
      String(report.groups.reduce((sum, g) => sum + g.responses, 0)),
    );
    expect(await counts.locator('tr[data-insats-row]').count()).toBeGreaterThan(0);
    // Riksnittet of the year before beside this year's, as the printed tables give it.
    const riket2020 = (await (
      await fetch(`${baseUrl}/api/riksnitt/2020`, { headers: { Cookie: cookie } })
    ).json()) as { questions: { question: string; all: number | null }[] };
    const shownBefore = new Map(
      await page.$$eval('tr[data-question]', (rows) =>
        rows.map((row) => [
          row.getAttribute('data-question') ?? '',
          row.querySelector('[data-figure="previous-riksnitt"]')?.textContent ?? '',
        ]),
      ),
    );
    const withFigure = riket2020.questions.filter(
      (r) => r.all !== null && shownBefore.has(r.question),
    );
    expect(withFigure.length).toBeGreaterThan(0);
    for (const r of withFigure)
      expect(shownBefore.get(r.question), `${r.question} riket 2020`).toBe(`(${percent(r.all)})`);
    for (const g of report.groups) {
      const row = counts.locator(`tr[data-group="${g.group}"]`);
      expect(await row.locator('[data-figure="responses"]').textContent()).toBe(
        String(g.responses),
      );
      expect(await row.locator('[data-figure="kvinna"]').textContent()).toBe(
        String(g.byGender.kvinna),
      );
    }

    const summary = await page.$$eval('#sammanfattning tr[data-indicator]', (rows) =>
      rows.map((row) => ({
        indicator: Number(row.getAttribute('data-indicator')),
        versus: row.querySelector('[data-column="vsRiksnitt"]')?.textContent?.trim() ?? '',
        trend: row.querySelector('[data-column="trend"]')?.textContent?.trim() ?? '',
        kvinna: row.querySelector('[data-column="kvinna"] [data-verdict]')?.textContent ?? '',
        man: row.querySelector('[data-column="man"] [data-verdict]')?.textContent ?? '',
        manTrend: row.querySelector('[data-column="man"] .trend')?.textContent ?? '',
      })),
    );
    const withQuestions = report.indicators.filter((v) =>
      report.questions.some((q) => q.indicator === v.indicator),
    );
    expect(summary.map((s) => s.indicator)).toEqual(withQuestions.map((v) => v.indicator));
    for (const v of withQuestions) {
      const s = summary.find((row) => row.indicator === v.indicator);
      expect(s?.versus, `indikator ${v.indicator} mot riket`).toBe(
        versusWords[v.vsRiksnitt ?? 'none'],
      );
      expect(s?.trend, `indikator ${v.indicator} mot förra året`).toBe(
        trendWords[v.trend ?? 'none'],
      );
      expect(s?.kvinna, `indikator ${v.indicator} kvinnor`).toBe(
        versusWords[v.byGender.kvinna.vsRiksnitt ?? 'none'],
      );
      expect(s?.man, `indikator ${v.indicator} män`).toBe(
        versusWords[v.byGender.man.vsRiksnitt ?? 'none'],
      );
      expect(s?.manTrend, `indikator ${v.indicator} män mot förra året`).toBe(
        trendWords[v.byGender.man.trend ?? 'none'],
      );
    }
    // The rule stands beside Tabell 10, and indicator 11 keeps its row with the reason.
    await page
      .locator('#sammanfattning')
      .getByText('en skillnad på 2 procentenheter eller mer räknas som högre eller lägre')
      .waitFor();
    await page
      .locator('#sammanfattning tr[data-note-indicator="11"]')
      .getByText('Utgår i enkätrapporten')
      .waitFor();
    await page
      .locator('[data-indicator="1"] [data-note="nyckeltal"]')
      .getByText(
        'Klart positiva svar: andel som svarar på de två högsta svarsalternativen (För det mesta, Alltid).',
      )
      .waitFor();

    // Every question has its distribution as a named image.
    expect(await page.locator('svg[role="img"][aria-label^="Svarsfördelning"]').count()).toBe(
      report.questions.length,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/rapport-1280.png', fullPage: true });
    await context.close();
    // Every figure of a whole round and an axe audit of a long page: slow on a shared machine.
  }, 240_000);

  it('filters by group, and downloads the same selection as CSV and XLSX', async () => {
    const [context, page] = await signedIn(1280, 800);
    await page.getByLabel('Respondentgrupp', { exact: true }).selectOption('styrelse');
    await page.getByRole('button', { name: 'Visa' }).click();
    await page.waitForURL(/group=styrelse/);
    await page.getByText('Visar alla insatser, Styrelse.').waitFor();
    const report = await apiReport('?group=styrelse');

    const shown = await shownQuestions(page);
    expect(shown.every((q) => q.id.startsWith('S'))).toBe(true);
    expectSameFigures(shown, report);
    expect(await page.locator('tr[data-group]').evaluateAll((rows) => rows.length)).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    const downloads = [
      ['Ladda ner som CSV', 'text/csv'],
      [
        'Ladda ner som Excel (XLSX)',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ],
    ] as const;
    for (const [name, type] of downloads) {
      const href = await page.getByRole('link', { name }).getAttribute('href');
      expect(href).toContain('group=styrelse');
      const res = await fetch(`${baseUrl}${href}`, { headers: { Cookie: cookie } });
      expect(res.status, name).toBe(200);
      expect(res.headers.get('content-type'), name).toContain(type);
    }

    // The CSV opens in columns in Swedish Excel: a byte-order mark, `;` as the list
    // separator, and figures Excel's Swedish locale reads as numbers (decimal comma).
    const csvHref = await page
      .getByRole('link', { name: 'Ladda ner som CSV' })
      .getAttribute('href');
    const bytes = new Uint8Array(
      await (await fetch(`${baseUrl}${csvHref}`, { headers: { Cookie: cookie } })).arrayBuffer(),
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = [];
    scanCsv(new TextDecoder().decode(bytes), ';', (record) => {
      rows.push([...record.fields]);
      return true;
    });
    const [header = [], ...records] = rows;
    const column = (name: string) => header.indexOf(name);
    expect(column('Andel %')).toBeGreaterThan(0);
    expect(records).toHaveLength(report.questions.length);
    for (const record of records) {
      const q = report.questions.find((x) => x.id === record[column('Fråga')]);
      const share = record[column('Andel %')] ?? '';
      expect(share, `${q?.id} i CSV`).toBe(percent(q?.share).replace(' %', ''));
      for (const figure of ['KI 95 % låg', 'KI 95 % hög'])
        expect(record[column(figure)] ?? '', figure).toMatch(/^(\d+,\d)?$/);
    }
    await context.close();
  });

  it('filters without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const [name, value = ''] = cookie.split('=');
    await context.addCookies([{ name: name ?? '', value, url: baseUrl }]);
    const page = await context.newPage();
    await page.goto(`${baseUrl}${reportPath}`);
    await page.getByLabel('Respondentgrupp', { exact: true }).selectOption('chefer');
    await page.getByRole('button', { name: 'Visa' }).click();
    await page.waitForURL(/group=chefer/);
    const shown = await shownQuestions(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((q) => q.id.startsWith('C'))).toBe(true);
    await context.close();
  });

  it('reads on a phone and prints on A4', async () => {
    const [context, page] = await signedIn(390, 844);
    await page.screenshot({ path: '/tmp/rapport-390.png', fullPage: true });
    await page.emulateMedia({ media: 'print' });
    // Nothing but the report on paper.
    expect(await page.locator('.staff-bar').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Visa' }).isVisible()).toBe(false);
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: '/tmp/rapport-print.png', fullPage: true });
    await page.pdf({ path: '/tmp/rapport.pdf', format: 'A4', preferCSSPageSize: true });
    await context.close();
  });
});
