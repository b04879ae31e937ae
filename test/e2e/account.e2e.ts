/**
 * Staff accounts end to end: the sign-in page sends people only to paths of this site;
 * an invitation link, changing one's password, and an administrator's reset link, each
 * page audited with axe-core.
 */
import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');

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
