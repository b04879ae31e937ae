import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';

const baseUrl = inject('baseUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function apiLogin(email: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return res.headers.get('set-cookie')?.split(';')[0] ?? '';
}

describe('another förbund', () => {
  it('sees nothing of this one, on any staff page', async () => {
    // The installation administrator sets up a second förbund with its own admin.
    const installation = await apiLogin('admin@demo.example', 'demo-admin-2021');
    const json = { 'Content-Type': 'application/json', Cookie: installation };
    const forbund = await fetch(`${baseUrl}/api/forbund`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ name: 'Samordningsförbundet Annat' }),
    });
    expect(forbund.status).toBe(201);
    const { id } = (await forbund.json()) as { id: number };
    const invited = await fetch(`${baseUrl}/api/forbund/${id}/invitations`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: 'annat@example.se', role: 'admin' }),
    });
    expect(invited.status).toBe(201);
    const { link } = (await invited.json()) as { link: string };
    const user = await fetch(
      `${baseUrl}/api${link.replace('/inbjudan/', '/invitations/')}/accept`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'Ann Annat', password: 'annat-förbund-123' }),
      },
    );
    expect(user.status).toBe(201);

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/logga-in`);
    await page.waitForLoadState('networkidle');
    await page.getByLabel('E-postadress').fill('annat@example.se');
    await page.getByLabel('Lösenord').fill('annat-förbund-123');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { name: 'Översikt' }).waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: what the person sees is the point
    const overview = await page.locator('main').innerText();
    expect(overview).toContain('Det finns inga mätningar ännu.');
    expect(overview).not.toContain('Indikatormätning');
    expect(overview).not.toContain('Demo');

    // The demo förbund's round 2: as if it did not exist.
    for (const path of ['/matningar/2/rapport', '/matningar/2/lankar', '/oversikt?matning=2']) {
      const res = await page.goto(`${baseUrl}${path}`);
      // biome-ignore lint/performance/useDomNodeTextContent: what the person sees is the point
      const text = await page.locator('main').innerText();
      expect(text, path).not.toContain('Indikatormätning 2021');
      expect(text, path).not.toContain('Steget fram');
      if (!path.startsWith('/oversikt')) expect(res?.status(), path).toBe(404);
    }
    await page.goto(`${baseUrl}/matningar`);
    expect(await page.locator('main').textContent()).not.toContain('Indikatormätning');
    await context.close();
  });
});
