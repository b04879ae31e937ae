/**
 * Every answer of the API, success and each kind of error, carries the security headers,
 * and no error says anything about the inside: no stack trace, file path, SQL or secret,
 * not even when the database is gone (the generic Swedish 500).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  roundWithLink,
  type TestContext,
  type TestResponse,
  testContext,
} from '../../apps/api/src/test-context';

const GENERIC_500 = 'Något gick fel hos oss. Försök igen om en stund.';
/** What an error body must never hold: traces, paths, SQL, driver names, secrets. */
const LEAK =
  /\bat \S+ \(|\.[cm]?[jt]s:\d|node_modules|\/work\/|\/tmp\/|\/home\/|sqlite|\bSELECT\b|\bINSERT\b|constraint|TypeError|Error:|stack|password_hash|argon2|secret_hash|\$2[aby]\$/i;

function checkHeaders(label: string, res: TestResponse): void {
  expect(res.headers.get('content-security-policy'), label).toContain("frame-ancestors 'none'");
  expect(res.headers.get('x-content-type-options'), label).toBe('nosniff');
  expect(res.headers.get('referrer-policy'), label).toBe('no-referrer');
}

function checkError(label: string, res: TestResponse): void {
  expect(res.headers.get('content-type'), label).toBe('application/problem+json');
  expect(res.text, label).not.toMatch(LEAK);
}

describe('security headers and error bodies', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await testContext();
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await t.close();
  });

  it('are right on every kind of answer', async () => {
    const { roundId, linkId, token, cookie } = await roundWithLink(t);
    const lasare = await t.login('lasare');
    const answers = { DA1: 5, DA8: 'ja', DA9: 4 };
    const id = crypto.randomUUID();
    const responses = `/api/s/${token}/responses`;
    const got: [label: string, status: number, res: TestResponse][] = [
      ['health', 200, await t.request('GET', '/api/health')],
      ['openapi', 200, await t.request('GET', '/api/openapi.json')],
      ['survey', 200, await t.request('GET', `/api/s/${token}`)],
      ['stored', 201, await t.request('POST', responses, { body: { id, kon: 'man', answers } })],
      ['stored before', 200, await t.request('POST', responses, { body: { id, answers } })],
      [
        'report as CSV',
        200,
        await t.request('GET', `/api/rounds/${roundId}/report?format=csv`, { cookie }),
      ],
      ['invalid', 400, await t.request('POST', responses, { body: { id: 'x', answers: [] } })],
      ['not signed in', 401, await t.request('GET', '/api/rounds')],
      [
        'a form from another site',
        403,
        await t.request('POST', responses, {
          raw: 'id=1',
          headers: {
            Origin: 'https://evil.example',
            'Content-Type': 'application/x-www-form-urlencoded',
          },
        }),
      ],
      [
        'a role too low',
        403,
        await t.request('POST', `/api/rounds/${roundId}/links`, {
          cookie: lasare,
          body: { group: 'personal' },
        }),
      ],
      ['unknown link', 404, await t.request('GET', '/api/s/finns-inte')],
      ['unknown path', 404, await t.request('GET', '/api/finns-inte', { cookie })],
      [
        'too large',
        413,
        await t.request('POST', responses, {
          raw: 'x'.repeat(70_000),
          headers: { 'Content-Type': 'application/json' },
        }),
      ],
      [
        'not a file type',
        415,
        await t.request('POST', `/api/rounds/${roundId}/imports`, {
          cookie,
          raw: 'x',
          headers: { 'Content-Type': 'text/plain' },
        }),
      ],
      [
        'a file with errors',
        422,
        await t.request('POST', `/api/rounds/${roundId}/imports`, {
          cookie,
          raw: 'grupp;S1\nstyrelse;9\n',
          headers: { 'Content-Type': 'text/csv' },
        }),
      ],
    ];
    for (let i = 0; i < 5; i++) {
      await t.request('POST', '/api/auth/login', {
        body: { email: 'syd@example.se', password: 'fel-lösenord' },
      });
    }
    got.push([
      'throttled',
      429,
      await t.request('POST', '/api/auth/login', {
        body: { email: 'syd@example.se', password: 'fel-lösenord' },
      }),
    ]);
    await t.request('POST', `/api/links/${linkId}/revoke`, { cookie });
    got.push(['revoked link', 410, await t.request('GET', `/api/s/${token}`)]);
    await t.request('POST', `/api/rounds/${roundId}/close`, { cookie });
    got.push([
      'closed round',
      409,
      await t.request('POST', `/api/rounds/${roundId}/responses`, {
        cookie,
        body: { group: 'styrelse', answers: {} },
      }),
    ]);
    got.push(['signed out', 204, await t.request('POST', '/api/auth/logout', { cookie: lasare })]);

    for (const [label, status, res] of got) {
      expect(res.status, `${label}: ${res.text.slice(0, 200)}`).toBe(status);
      checkHeaders(label, res);
      if (status >= 400) checkError(label, res);
    }
  });

  it('answers with the generic message, and nothing more, when the database is gone', async () => {
    const { token, cookie } = await roundWithLink(t);
    // The operator's log gets the error; the client must not.
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    await t.db.destroy();
    const answers = [
      await t.request('GET', `/api/s/${token}`),
      await t.request('POST', `/api/s/${token}/responses`, {
        body: { id: crypto.randomUUID(), answers: { DA1: 5 } },
      }),
      await t.request('GET', '/api/rounds', { cookie }),
      await t.request('POST', '/api/auth/login', {
        body: { email: 'admin@example.se', password: 'x' },
      }),
    ];
    for (const res of answers) {
      expect(res.status).toBe(500);
      checkHeaders('500', res);
      checkError('500', res);
      expect(res.body).toEqual({
        type: 'about:blank',
        title: 'Internt fel',
        status: 500,
        detail: GENERIC_500,
      });
    }
    expect(log).toHaveBeenCalled();
  });
});
