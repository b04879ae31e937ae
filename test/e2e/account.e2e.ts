/**
 * Staff accounts end to end: the sign-in page sends people only to paths of this site;
 * an invitation link, changing one's password, and an administrator's reset link, each
 * page audited with axe-core.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser } from './browser';
import { signIn } from './sign-in';

const baseUrl = inject('baseUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The link the users page shows once, to hand over. */
async function handedOver(page: Page, label: RegExp): Promise<string> {
  const field = page.getByLabel(label);
  await field.waitFor();
  return field.inputValue();
}

async function fresh(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  return { context, page: await context.newPage() };
}

/** Posts the sign-in form as a browser without scripts would. */
async function postSignIn(till: string, email: string, password: string) {
  return fetch(`${baseUrl}/logga-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      Origin: baseUrl,
      Accept: 'text/html',
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ till, email, password }),
  });
}

describe('after signing in', () => {
  it.each([
    '/\\evil.example',
    '//evil.example',
    '/\\/evil.example',
    '\\\\evil.example',
    'https://evil.example/',
    '/%5Cevil.example',
  ])('never sends anyone to another site (till=%s)', async (till) => {
    const res = await postSignIn(till, 'lasare@demo.example', 'demo-lasare-2021');
    expect(res.status).toBe(303);
    const location = res.headers.get('location') ?? '';
    expect(new URL(location, baseUrl).origin).toBe(new URL(baseUrl).origin);
    expect(location).toMatch(/^\/[^/\\]/);
  });

  it('goes on to the page asked for on this site', async () => {
    const res = await postSignIn('/matningar?x=1', 'lasare@demo.example', 'demo-lasare-2021');
    expect(res.headers.get('location')).toBe('/matningar?x=1');
  });
});

describe('a new person, invited, who later needs a new password', () => {
  it('accepts the invitation, changes the password, and sets a new one with a reset link', async () => {
    // The admin invites an address and gets a link to hand over.
    const admin = await fresh();
    await signIn(admin.page, baseUrl, 'admin@demo.example', 'demo-admin-2021');
    await admin.page.goto(`${baseUrl}/anvandare`);
    await admin.page.waitForLoadState('networkidle');
    // Scoped to the demo förbund: other tests add förbund the installation administrator sees.
    const invite = admin.page.getByRole('form', {
      name: 'Bjud in någon till Samordningsförbundet Demo',
    });
    await invite.getByLabel('E-postadress').fill('nils.nykomling@demo.example');
    await invite.getByLabel('Roll', { exact: true }).selectOption('koordinator');
    await invite.getByRole('button', { name: 'Skapa inbjudan' }).click();
    const invitation = await handedOver(admin.page, /^Inbjudningslänk för/);
    expect(invitation).toMatch(new RegExp(`^${baseUrl}/inbjudan/[a-z2-7]{32}$`));
    const open = admin.page.getByRole('table', { name: /Öppna inbjudningar/ });
    expect(await open.getByRole('rowheader').allTextContents()).toContain(
      'nils.nykomling@demo.example',
    );
    await expectAccessible(admin.page, 'invitation made');

    // The person opens it, refuses a trivial password, and joins with a good one.
    const nils = await fresh();
    await nils.page.goto(invitation);
    await nils.page
      .getByRole('heading', { name: 'Inbjudan till Samordningsförbundet Demo' })
      .waitFor();
    await expectAccessible(nils.page, 'invitation');
    await nils.page.waitForLoadState('networkidle');
    await nils.page.getByLabel('Ditt namn').fill('Nils Nykomling');
    await nils.page.getByLabel('Välj ett lösenord').fill('aaaaaaaaaa');
    await nils.page.getByRole('button', { name: 'Skapa kontot och gå med' }).click();
    await nils.page.locator('#password-fel').waitFor();
    expect(await nils.page.getByLabel('Välj ett lösenord').getAttribute('aria-invalid')).toBe(
      'true',
    );
    await expectAccessible(nils.page, 'invitation, trivial password');
    await nils.page.getByLabel('Välj ett lösenord').fill('kvadrat-lampa-45');
    await nils.page.getByRole('button', { name: 'Skapa kontot och gå med' }).click();
    await nils.page.getByRole('heading', { name: 'Översikt' }).waitFor();
    // Used once: the link no longer works.
    const again = await (await fresh()).page.goto(invitation);
    expect(again?.status()).toBe(404);

    // Changing the password: the current one is needed.
    await nils.page.getByRole('link', { name: 'Byt lösenord' }).click();
    await nils.page.getByRole('heading', { name: 'Byt lösenord' }).waitFor();
    await expectAccessible(nils.page, 'change password');
    await nils.page.waitForLoadState('networkidle');
    await nils.page.getByLabel('Nuvarande lösenord', { exact: true }).fill('fel-lösenord-123');
    await nils.page.getByLabel('Nytt lösenord', { exact: true }).fill('hallon-cykel-trappa-7');
    await nils.page.getByRole('button', { name: 'Byt lösenord' }).click();
    await nils.page.locator('#currentPassword-fel').waitFor();
    await expectAccessible(nils.page, 'change password, wrong current');
    await nils.page.getByLabel('Nuvarande lösenord', { exact: true }).fill('kvadrat-lampa-45');
    await nils.page.getByLabel('Nytt lösenord', { exact: true }).fill('hallon-cykel-trappa-7');
    await nils.page.getByRole('button', { name: 'Byt lösenord' }).click();
    await nils.page.getByText('Lösenordet är bytt.').waitFor();
    await expectAccessible(nils.page, 'password changed');

    // The admin makes a reset link; using it ends Nils's session.
    await admin.page.goto(`${baseUrl}/anvandare`);
    await admin.page
      .getByRole('button', { name: 'Länk för nytt lösenord för Nils Nykomling' })
      .click();
    const reset = await handedOver(admin.page, /^Länk för nytt lösenord för Nils Nykomling/);
    expect(reset).toMatch(new RegExp(`^${baseUrl}/aterstall/[a-z2-7]{32}$`));
    await expectAccessible(admin.page, 'reset link made');

    const other = await fresh();
    await other.page.goto(reset);
    await other.page.getByRole('heading', { name: 'Välj ett nytt lösenord' }).waitFor();
    await expectAccessible(other.page, 'reset');
    await other.page.waitForLoadState('networkidle');
    await other.page.getByLabel('Nytt lösenord', { exact: true }).fill('sommar-bänk-fjord-3');
    await other.page.getByRole('button', { name: 'Spara lösenordet' }).click();
    await other.page.getByText('Lösenordet är bytt. Logga in med det nya.').waitFor();
    await expectAccessible(other.page, 'signed out after reset');
    await other.page.getByLabel('E-postadress').fill('nils.nykomling@demo.example');
    await other.page.getByLabel('Lösenord', { exact: true }).fill('sommar-bänk-fjord-3');
    await other.page.getByRole('button', { name: 'Logga in' }).click();
    await other.page.getByRole('heading', { name: 'Översikt' }).waitFor();

    await nils.page.goto(`${baseUrl}/oversikt`);
    await nils.page.getByRole('heading', { name: 'Logga in' }).waitFor();
    for (const c of [admin, nils, other]) await c.context.close();
  });
});

describe('someone with an account, invited to another förbund', () => {
  it('joins only after signing in and accepting', async () => {
    // The installation administrator (the demo admin) sets up a second förbund.
    const cookie = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@demo.example', password: 'demo-admin-2021' }),
    }).then((res) => res.headers.get('set-cookie')?.split(';')[0] ?? '');
    const json = { 'Content-Type': 'application/json', Cookie: cookie };
    const forbund = await fetch(`${baseUrl}/api/forbund`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ name: 'Samordningsförbundet Konto' }),
    }).then((res) => res.json() as Promise<{ id: number }>);
    const invited = await fetch(`${baseUrl}/api/forbund/${forbund.id}/invitations`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: 'nils.nykomling@demo.example', role: 'lasare' }),
    }).then((res) => res.json() as Promise<{ link: string }>);

    const { context, page } = await fresh();
    await page.goto(`${baseUrl}${invited.link}`);
    await page.getByRole('link', { name: 'Logga in och gå med' }).click();
    await page.getByRole('heading', { name: 'Logga in' }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.getByLabel('E-postadress').fill('nils.nykomling@demo.example');
    await page.getByLabel('Lösenord').fill('sommar-bänk-fjord-3');
    await page.getByRole('button', { name: 'Logga in' }).click();
    const join = page.getByRole('button', { name: 'Gå med i Samordningsförbundet Konto' });
    await join.waitFor();
    await expectAccessible(page, 'invitation, signed in');
    await join.click();
    await page.getByRole('heading', { name: 'Översikt' }).waitFor();
    expect(await page.locator('.who').textContent()).toContain(
      'läsare i Samordningsförbundet Konto',
    );
    await context.close();
  });
});
