/**
 * @module
 * The tillgänglighetsredogörelse of a link: the förbund's admin sets its contact for
 * reporting problems on the Användare page, and a respondent who opens the statement from
 * the questionnaire sees that förbund's e-mail and phone and the day they were reviewed.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, tablet } from './browser';
import { signIn } from './sign-in';

const baseUrl = inject('baseUrl');
const links = inject('links');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the accessibility statement of a link', () => {
  it('shows the contact its förbund set, and when it was reviewed', async () => {
    const staff = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const admin = await staff.newPage();
    await signIn(admin, baseUrl, 'admin@demo.example', 'demo-admin-2021');
    await admin.goto(`${baseUrl}/anvandare`);
    await admin.getByRole('heading', { name: 'Användare', level: 1 }).waitFor();
    await admin.waitForLoadState('networkidle');
    // A bad address is refused beside its field, and nothing is saved.
    await admin.getByLabel('E-post för tillgänglighet').fill('inte en adress');
    await admin.getByRole('button', { name: 'Spara kontakten' }).click();
    await admin.locator('[id^="tg-email-"][id$="-fel"]').waitFor();
    expect(await axeViolations(admin), 'contact refused').toEqual([]);
    await admin.getByLabel('E-post för tillgänglighet').fill('tillganglighet@demo.example');
    await admin.getByLabel('Telefon för tillgänglighet').fill('010-123 45 67');
    await admin.getByRole('button', { name: 'Spara kontakten' }).click();
    await admin.getByText('Kontakten för tillgänglighet är sparad.').waitFor();
    expect(await axeViolations(admin), 'contact saved').toEqual([]);
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(
      new Date(),
    );
    await staff.close();

    const context = await browser.newContext(tablet);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/s/${links['deltagare-avslut']}`);
    await page.getByRole('link', { name: 'Tillgänglighet' }).click();
    await page.getByRole('heading', { name: 'Tillgänglighetsredogörelse för Indikera' }).waitFor();
    const statement = page.locator('article');
    await statement.getByRole('link', { name: 'tillganglighet@demo.example' }).waitFor();
    expect(await statement.getByRole('link', { name: '010-123 45 67' }).getAttribute('href')).toBe(
      'tel:+46101234567',
    );
    // biome-ignore lint/performance/useDomNodeTextContent: visible text is the point here
    const text = await statement.innerText();
    expect(text).toContain('Samordningsförbundet Demo');
    expect(text).toContain(today);
    expect(text).not.toContain('kontakta samordningsförbundet som gav dig länken');
    expect(await axeViolations(page), 'statement of a link').toEqual([]);
    await context.close();
  });
});
