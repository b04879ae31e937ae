/**
 * The attack on names: lone surrogates stored as invalid UTF-8; NUL, zero-width-only
 * names, `Alfa\u200b` beside `Alfa`, right-to-left overrides and line breaks accepted.
 * Every name field now normalises (NFC, trimmed of spaces and invisible characters at
 * the ends) and refuses control characters, direction overrides and names with nothing
 * visible in them, naming the field.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestContext, testContext } from '../test-context';

let t: TestContext;
beforeEach(async () => {
  t = await testContext();
});
afterEach(async () => {
  await t.close();
});

const BAD: readonly [label: string, name: string][] = [
  ['a NUL', 'Alfa\u0000'],
  ['a line break', 'Alfa\r\nBeta'],
  ['a tab', 'Alfa\tBeta'],
  ['a right-to-left override', 'Alfa\u202Egnp.exe'],
  ['a lone surrogate', 'Alfa\uD800'],
  ['only zero-width characters', '\u200B\u200C\u200D\uFEFF'],
  ['only spaces', ' \u00A0 '],
];

/** Each name field: how to post a name to it, and where the error is named. */
function fields(): readonly [
  field: string,
  post: (name: string, cookie: string) => ReturnType<TestContext['request']>,
  login: string,
  path: string,
][] {
  return [
    [
      'förbund',
      (name, cookie) => t.request('POST', '/api/forbund', { cookie, body: { name } }),
      'installation',
      'name',
    ],
    [
      'insats',
      (name, cookie) =>
        t.request('POST', `/api/forbund/${t.forbund.norr.id}/insatser`, { cookie, body: { name } }),
      'koordinator',
      'name',
    ],
    [
      'round',
      (name, cookie) =>
        t.request('POST', '/api/rounds', {
          cookie,
          body: { forbundId: t.forbund.norr.id, name, year: 2021 },
        }),
      'koordinator',
      'name',
    ],
    [
      'user',
      // A person joins by invitation and chooses a name when accepting it.
      async (name, cookie) => {
        const invited = await t.request('POST', `/api/forbund/${t.forbund.norr.id}/invitations`, {
          cookie,
          body: { email: 'ny@example.se', role: 'lasare' },
        });
        const token = (invited.body as { link: string }).link.split('/').pop() ?? '';
        return t.request('POST', `/api/invitations/${token}/accept`, {
          body: { name, password: 'kvadrat-lampa-45' },
        });
      },
      'admin',
      'name',
    ],
  ];
}

describe('every name field', { timeout: 30_000 }, () => {
  it('refuses control characters, direction overrides and invisible-only names', async () => {
    for (const [field, post, login, path] of fields()) {
      const cookie = await t.login(login);
      for (const [label, name] of BAD) {
        const res = await post(name, cookie);
        expect(res.status, `${field} with ${label}`).toBe(400);
        const errors = (res.body as { errors?: { field: string }[] }).errors ?? [];
        expect(
          errors.some((e) => e.field === path),
          `${field} with ${label}`,
        ).toBe(true);
      }
    }
  });

  it('stores names in NFC without spaces or invisible characters at the ends', async () => {
    const cookie = await t.login('koordinator');
    const path = `/api/forbund/${t.forbund.norr.id}/insatser`;
    const created = await t.request('POST', path, {
      cookie,
      body: { name: ' \u200BA\u030Angstr\u00F6m\u200B ' },
    });
    expect(created.status).toBe(201);
    expect((created.body as { name: string }).name).toBe('\u00C5ngstr\u00F6m');
    // `Alfa\u200b` is the same name as `Alfa`.
    expect((await t.request('POST', path, { cookie, body: { name: 'Alfa' } })).status).toBe(201);
    expect((await t.request('POST', path, { cookie, body: { name: 'Alfa\u200B' } })).status).toBe(
      409,
    );
  });
});
