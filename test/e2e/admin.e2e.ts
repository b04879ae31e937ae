/**
 * @module
 * The administration pages: an admin keeps insatser, users and roles, and loads riksnitt;
 * a läsare sees none of the administration. axe-core audits every page in every state.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser } from './browser';
import { signIn } from './sign-in';

const baseUrl = inject('baseUrl');

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

function csv(name: string, text: string) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}

describe('an administratör', () => {
  it('keeps insatser, users and riksnitt', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signIn(page, baseUrl, 'admin@demo.example', 'demo-admin-2021');

    // Insatser: add one, a duplicate is refused beside the field, rename.
    await page.getByRole('link', { name: 'Insatser' }).click();
    await page.getByRole('heading', { name: 'Insatser', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Insatser' }).getAttribute('aria-current')).toBe(
      'page',
    );
    await expectAccessible(page, 'insatser');
    const newInsats = page.getByLabel('Ny insats i Samordningsförbundet Demo');
    await newInsats.fill('Nya vägar');
    await page.getByRole('button', { name: 'Lägg till insatsen' }).click();
    await page.getByText('Insatsen Nya vägar är tillagd.').waitFor();
    await expectAccessible(page, 'insats added');
    await newInsats.fill('steget fram');
    await page.getByRole('button', { name: 'Lägg till insatsen' }).click();
    const duplicate = page.locator('[id^="ny-"][id$="-fel"]');
    await duplicate.waitFor();
    expect(await duplicate.textContent()).toContain('Insatsen Steget fram finns redan.');
    expect(await newInsats.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'duplicate insats');
    await page.getByLabel('Nytt namn för Nya vägar').fill('Nya vägar framåt');
    await page.getByRole('button', { name: 'Byt namn på Nya vägar' }).click();
    await page.getByText('Insatsen heter nu Nya vägar framåt.').waitFor();
    expect(await page.getByRole('rowheader', { name: 'Nya vägar framåt' }).count()).toBe(1);
    await expectAccessible(page, 'insats renamed');

    // Användare: invite a new läsare, who accepts; make them koordinator, keep the last
    // admin, remove them.
    await page.getByRole('link', { name: 'Användare' }).click();
    await page.getByRole('heading', { name: 'Användare', level: 1 }).waitFor();
    await expectAccessible(page, 'users');
    await page.waitForLoadState('networkidle');
    // Scoped to the demo förbund: other tests add förbund the installation administrator sees.
    const invite = page.getByRole('form', { name: 'Bjud in någon till Samordningsförbundet Demo' });
    await invite.getByLabel('E-postadress').fill('ny@demo.example');
    await invite.getByLabel('Roll', { exact: true }).selectOption('lasare');
    await invite.getByRole('button', { name: 'Skapa inbjudan' }).click();
    const link = await page.getByLabel('Inbjudningslänk för ny@demo.example').inputValue();
    const accepted = await fetch(
      `${baseUrl}/api${new URL(link).pathname.replace('/inbjudan/', '/invitations/')}/accept`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'Nora Ny', password: 'ett-langt-losenord' }),
      },
    );
    expect(accepted.status).toBe(201);
    await page.goto(`${baseUrl}/anvandare`);
    // The förbund's table: the installation administrator also sees every account below.
    const members = page.getByRole('table', { name: 'Användare i Samordningsförbundet Demo' });
    const row = members.getByRole('row', { name: /Nora Ny/ });
    expect(await row.textContent()).toContain('ny@demo.example');
    await expectAccessible(page, 'user added');

    await page.getByLabel('Ny roll för Nora Ny').selectOption('koordinator');
    await page.getByRole('button', { name: 'Byt roll för Nora Ny' }).click();
    await page.getByText('Nora Ny har nu rollen koordinator.').waitFor();
    expect(await row.locator('td').nth(1).textContent()).toBe('koordinator');
    await expectAccessible(page, 'role changed');

    await page.getByRole('button', { name: 'Ta bort Alva Admin' }).click();
    await page.getByText('Förbundet måste ha minst en administratör.').waitFor();
    expect(await members.getByRole('row', { name: /Alva Admin/ }).count()).toBe(1);
    await expectAccessible(page, 'last admin kept');

    await page.getByRole('button', { name: 'Ta bort Nora Ny' }).click();
    await page.getByText('Nora Ny är borttagen ur förbundet.').waitFor();
    expect(await members.getByRole('row', { name: /Nora Ny/ }).count()).toBe(0);
    await expectAccessible(page, 'user removed');

    // Riksnitt: a bad file names line and column and changes nothing; a good one loads 2022.
    await page.getByRole('link', { name: 'Riksnitt' }).click();
    await page.getByRole('heading', { name: 'Riksnitt', level: 1 }).waitFor();
    const years = page.getByRole('table', { name: 'Inlästa år' });
    expect(await years.getByRole('rowheader').allTextContents()).toEqual(['2021', '2020']);
    await expectAccessible(page, 'riksnitt');

    await page
      .getByLabel('Riksnitt (CSV-fil)')
      .setInputFiles(
        csv(
          'riksnitt.csv',
          'year,question,all,kvinna,man\n2022,DP1,70,71,69\n2022,DA1,120,73,71\n',
        ),
      );
    await page.getByRole('button', { name: 'Läs in riksnittet' }).click();
    const fileErrors = page.getByRole('table', { name: 'Fel i filen' });
    await fileErrors.waitFor();
    const cells = await fileErrors.locator('tbody tr').first().locator('td').allTextContents();
    expect(cells.slice(0, 2)).toEqual(['3', 'all']);
    expect(await years.getByRole('rowheader').allTextContents()).toEqual(['2021', '2020']);
    await expectAccessible(page, 'riksnitt file errors');

    await page
      .getByLabel('Riksnitt (CSV-fil)')
      .setInputFiles(
        csv('riksnitt.csv', 'year,question,all,kvinna,man\n2022,DP1,70,71,69\n2022,DA1,72,73,71\n'),
      );
    await page.getByRole('button', { name: 'Läs in riksnittet' }).click();
    await page.getByText('Inläst: år 2022 (2 rader).').waitFor();
    expect(await years.getByRole('rowheader').allTextContents()).toEqual(['2022', '2021', '2020']);
    await expectAccessible(page, 'riksnitt loaded');

    await page.goto(`${baseUrl}/riksnitt?ar=2022`);
    const figures = page.getByRole('table', { name: 'Andel per fråga 2022 (procent)' });
    expect(await figures.getByRole('row', { name: /DA1/ }).locator('td').allTextContents()).toEqual(
      ['72', '73', '71'],
    );
    await expectAccessible(page, 'riksnitt 2022');
    await context.close();
  });
});

describe('a läsare', () => {
  it('sees no administration', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, baseUrl, 'lasare@demo.example', 'demo-lasare-2021');
    expect(await page.getByRole('link', { name: 'Användare' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Riksnitt' }).count()).toBe(1);

    await page.getByRole('link', { name: 'Insatser' }).click();
    await page.getByRole('heading', { name: 'Insatser', level: 1 }).waitFor();
    expect(await page.getByRole('rowheader', { name: 'Steget fram' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Lägg till insatsen' }).count()).toBe(0);
    await expectAccessible(page, 'insatser as läsare');

    const res = await page.goto(`${baseUrl}/anvandare`);
    expect(res?.status()).toBe(403);
    await expectAccessible(page, '403 on users');

    await page.goto(`${baseUrl}/riksnitt`);
    await page.getByRole('heading', { name: 'Riksnitt', level: 1 }).waitFor();
    expect(await page.locator('input[type="file"]').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Läs in riksnitt' }).count()).toBe(0);
    await expectAccessible(page, 'riksnitt as läsare');
    await context.close();
  });
});
