/**
 * @module
 * Disclosure control as a reader meets it on the report page: a filtered view that would
 * single out Beta's one man says "För få svar för att visa" and shows no figure, and the
 * report of a round never closed shows no figure at all, only what has come in. Both
 * states pass axe-core.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser } from './browser';
import { signIn } from './sign-in';

const baseUrl = inject('baseUrl');

let browser: Browser;
let cookie: string;

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    // As the site's own pages send it: a state-changing request must come from the site.
    headers: {
      Cookie: cookie,
      Origin: baseUrl,
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Paper forms typed in by the koordinator (the public links are rate limited per client). */
async function answer(
  roundId: number,
  insatsId: number,
  kon: string,
  value: number,
  times: number,
) {
  for (let i = 0; i < times; i++) {
    await api('POST', `/api/rounds/${roundId}/responses`, {
      group: 'deltagare-avslut',
      kon,
      insatsId,
      answeredOn: '2023-05-01',
      answers: { DA1: value, DA2: value },
    });
  }
}

let closedRound: number;
let openRound: number;
let alfa: number;

beforeAll(async () => {
  browser = await launchBrowser();
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'koordinator@demo.example', password: 'demo-koordinator-2021' }),
  });
  cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
  const rounds = await api<{ forbundId: number }[]>('GET', '/api/rounds');
  const forbundId = rounds[0]?.forbundId;
  alfa = (await api<{ id: number }>('POST', `/api/forbund/${forbundId}/insatser`, { name: 'Alfa' }))
    .id;
  const beta = (
    await api<{ id: number }>('POST', `/api/forbund/${forbundId}/insatser`, { name: 'Beta' })
  ).id;
  const round = (name: string, year: number) =>
    api<{ id: number }>('POST', '/api/rounds', { forbundId, name, year });
  closedRound = (await round('Skyddad mätning', 2023)).id;
  await answer(closedRound, alfa, 'kvinna', 5, 10);
  await answer(closedRound, alfa, 'man', 4, 10);
  await answer(closedRound, beta, 'kvinna', 6, 9);
  await answer(closedRound, beta, 'man', 1, 1);
  await api('POST', `/api/rounds/${closedRound}/close`);

  openRound = (await round('Pågående mätning', 2024)).id;
  await answer(openRound, alfa, 'kvinna', 5, 3);
});
afterAll(async () => {
  // The demo's 2021 round stays the newest open one, which the overview shows to later files.
  for (const id of [closedRound, openRound]) if (id) await api('POST', `/api/rounds/${id}/close`);
  await browser?.close();
});

async function readerPage(): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, baseUrl, 'lasare@demo.example', 'demo-lasare-2021');
  return page;
}

describe('the report page under disclosure control', () => {
  it('withholds a filtered view that would single out one person, and says why', async () => {
    const page = await readerPage();
    await page.goto(`${baseUrl}/matningar/${closedRound}/rapport?group=deltagare-avslut`);
    const whole = page.locator('tr[data-question="DA1"]').first();
    await expect.poll(() => whole.locator('[data-figure="n"]').first().textContent()).toBe('30');

    await page.goto(
      `${baseUrl}/matningar/${closedRound}/rapport?group=deltagare-avslut&insats=${alfa}`,
    );
    const row = page.locator('tr[data-question="DA1"][data-withheld]').first();
    await row.waitFor();
    expect(await row.textContent()).toContain('För få svar för att visa');
    expect(await row.locator('[data-figure]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('shows no figure of a round that has never been closed, only what has come in', async () => {
    const page = await readerPage();
    await page.goto(`${baseUrl}/matningar/${openRound}/rapport`);
    const notice = page.locator('[data-release="none"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Rapporten publiceras när mätningen stängs');
    expect(await notice.textContent()).toContain('3 enkäter');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
