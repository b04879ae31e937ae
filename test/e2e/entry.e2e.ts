/**
 * @module
 * Paper entry and file import by a koordinator: three questionnaires typed in (one with
 * the number keys alone), an invalid one shown beside its question, a file with an error
 * previewed and stored nothing, the corrected file imported; a läsare is kept out.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser } from './browser';
import { countResponses } from './database';
import { signIn } from './sign-in';

const baseUrl = inject('baseUrl');
const databaseFile = inject('databaseFile');
const personal = () => countResponses(databaseFile, "group_id = 'personal'");

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'indikera-entry-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function expectAccessible(page: Page, state: string) {
  expect(await axeViolations(page), state).toEqual([]);
}

/** The name of the focused element, e.g. `q-P1`. */
function focusedName(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('name') ?? null);
}

describe('paper entry', () => {
  it('stores three questionnaires, one typed with the number keys, and shows errors', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, baseUrl, 'koordinator@demo.example', 'demo-koordinator-2021');
    await page.goto(`${baseUrl}/matningar`);
    await page.getByRole('link', { name: 'Pappersenkäter' }).first().waitFor();
    await page.goto(`${baseUrl}/matningar/2/papper`);
    await page.getByRole('heading', { name: 'Pappersenkäter', level: 1 }).waitFor();
    await expectAccessible(page, 'paper, no group');

    await page.getByLabel('Respondentgrupp').selectOption('personal');
    await page.getByRole('button', { name: 'Välj gruppen' }).click();
    await page.locator('#fraga-P1').waitFor();
    await expectAccessible(page, 'paper, empty form');
    const before = personal();

    // The first with the keyboard alone: a number per question, then kön, then Enter.
    await page.getByLabel('Bunt').fill('E2E-bunt');
    const questions = await page.locator('fieldset[data-quick]').count();
    expect(questions).toBe(12);
    await page.locator('#fraga-P1 input[type="radio"]').first().focus();
    for (let i = 0; i < questions - 1; i++) {
      await page.keyboard.press(String((i % 6) + 1));
    }
    expect(await focusedName(page)).toBe('kon');
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await page.getByText('Blankett sparad (1 sparade i denna bunt)').waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'q-P1');
    expect(await page.locator('#fraga-P1 input:checked').count()).toBe(0);
    expect(await page.getByLabel('Bunt').inputValue()).toBe('E2E-bunt');
    await expectAccessible(page, 'paper, saved');

    // The second and third with the mouse.
    await page.locator('#fraga-P1').getByLabel('5 För det mesta').check();
    await page.locator('#fraga-P2 input[value="6"]').check();
    await page.locator('#fraga-kon input[value="man"]').check();
    await page.getByRole('button', { name: 'Spara blanketten' }).click();
    await page.getByText('Blankett sparad (2 sparade i denna bunt)').waitFor();
    await page.locator('#fraga-P3 input[value="4"]').check();
    await page.getByRole('button', { name: 'Spara blanketten' }).click();
    await page.getByText('Blankett sparad (3 sparade i denna bunt)').waitFor();
    expect(personal()).toBe(before + 3);

    // DA9 answered although DA8 is nej: the API refuses, the error sits beside DA9.
    await page.goto(`${baseUrl}/matningar/2/papper?grupp=deltagare-avslut`);
    await page.locator('#fraga-DA8 input[value="nej"]').check();
    await page.locator('#fraga-DA9 input[value="5"]').check();
    await page.getByRole('button', { name: 'Spara blanketten' }).click();
    await page.locator('#DA9-fel').waitFor();
    // The question as the paper form numbers it, not the instrument's id.
    expect(await page.locator('#DA9-fel').textContent()).toContain('fråga 8');
    expect(await page.locator('.error-summary').textContent()).not.toContain('DA8');
    expect(await page.locator('.error-summary').textContent()).toContain('Fråga 9');
    expect(await page.locator('#fraga-DA9 input[value="5"]').isChecked()).toBe(true);
    expect(await page.locator('#fraga-DA8 input[value="nej"]').isChecked()).toBe(true);
    await expectAccessible(page, 'paper, errors');
    expect(personal()).toBe(before + 3);
    await context.close();
  });
});

describe('a mistyped digit in paper entry', () => {
  it('is taken back with Delete, Backspace or 0', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, baseUrl, 'koordinator@demo.example', 'demo-koordinator-2021');
    await page.goto(`${baseUrl}/matningar/2/papper?grupp=personal`);
    await page.locator('#fraga-P1').waitFor();
    await page.waitForLoadState('networkidle');
    for (const key of ['Delete', 'Backspace', '0']) {
      await page.locator('#fraga-P1 input[type="radio"]').first().focus();
      await page.keyboard.press('3');
      expect(await focusedName(page)).toBe('q-P2');
      await page.keyboard.press('Shift+Tab');
      expect(await focusedName(page)).toBe('q-P1');
      await page.keyboard.press(key);
      expect(await page.locator('#fraga-P1 input:checked').count(), key).toBe(0);
    }
    await context.close();
  });
});

describe('file import', () => {
  it('previews a file with an error, stores nothing, then imports the corrected file', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, baseUrl, 'koordinator@demo.example', 'demo-koordinator-2021');
    await page.goto(`${baseUrl}/matningar/2/import`);
    await page.getByRole('heading', { name: 'Importera svar från fil' }).waitFor();
    await expectAccessible(page, 'import, empty');
    const before = personal();

    const bad = join(dir, 'fel.csv');
    writeFileSync(
      bad,
      'grupp;kon;insats;datum;P1;P2\npersonal;kvinna;;2021-05-03;5;4\npersonal;man;;2021-05-04;9;3\n',
    );
    await page.setInputFiles('#file', bad);
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByRole('table', { name: /Fel i fel\.csv/ }).waitFor();
    const row = page.locator('tbody tr').first();
    expect(await row.locator('td').nth(0).textContent()).toBe('3');
    expect(await row.locator('td').nth(1).textContent()).toBe('P1');
    expect(personal()).toBe(before);
    // The errors take the focus, so that a screen reader hears them first.
    await page.waitForFunction(() => document.activeElement?.closest('.error-summary') !== null);
    await expectAccessible(page, 'import, errors');

    const good = join(dir, 'ratt.csv');
    writeFileSync(
      good,
      'grupp;kon;insats;datum;P1;P2\npersonal;kvinna;;2021-05-03;5;4\npersonal;man;;2021-05-04;6;3\n',
    );
    await page.setInputFiles('#file', good);
    await page.getByLabel('Bunt (valfritt)').fill('E2E-import');
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByText('Filen är felfri: 2 enkäter').waitFor();
    expect(
      await page.getByRole('table', { name: 'Enkäter per respondentgrupp' }).textContent(),
    ).toContain('Personal i insatserna');
    expect(personal()).toBe(before);
    await expectAccessible(page, 'import, preview');

    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    await page.getByText('Importen är klar: 2 nya, 0 fanns redan.').waitFor();
    expect(personal()).toBe(before + 2);
    await expectAccessible(page, 'import, done');
    await context.close();
  });
});

describe('a läsare', () => {
  it('gets 403 on both pages', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, baseUrl, 'lasare@demo.example', 'demo-lasare-2021');
    expect((await page.goto(`${baseUrl}/matningar/2/papper`))?.status()).toBe(403);
    expect((await page.goto(`${baseUrl}/matningar/2/import`))?.status()).toBe(403);
    await context.close();
  });
});

describe('a closed round', () => {
  it('refuses paper with the API message, and previews a past year’s file', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, baseUrl, 'koordinator@demo.example', 'demo-koordinator-2021');
    await page.goto(`${baseUrl}/matningar/2/papper?grupp=personal`);
    await page.locator('#fraga-P1').waitFor();
    // Closed in another tab while the form is open.
    const other = await context.newPage();
    await other.goto(`${baseUrl}/matningar`);
    await other.getByRole('button', { name: 'Stäng Indikatormätning 2021' }).click();
    await other.getByText('Mätningen är stängd. Länkarna tar inte emot fler svar.').waitFor();

    await page.locator('#fraga-P1 input[value="4"]').check();
    await page.getByRole('button', { name: 'Spara blanketten' }).click();
    await page.getByText('Mätningen är stängd. Öppna den igen för att lägga till svar.').waitFor();
    await expectAccessible(page, 'paper, closed');

    const file = join(dir, 'stangd.csv');
    writeFileSync(file, 'grupp;kon;P1\npersonal;kvinna;2\n');
    await page.goto(`${baseUrl}/matningar/2/import`);
    await page.setInputFiles('#file', file);
    expect(await page.locator('main').textContent()).toContain('de går in i rapporten direkt');
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByText('Filen är felfri: 1 enkäter').waitFor();
    await expectAccessible(page, 'import, closed round');

    await other.getByRole('button', { name: 'Öppna Indikatormätning 2021' }).click();
    await other.getByText('Mätningen är öppen för svar.').waitFor();
    await context.close();
  });
});
