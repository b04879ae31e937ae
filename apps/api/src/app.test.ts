import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestContext, testContext } from './test-context';

let t: TestContext;
beforeEach(async () => {
  t = await testContext();
});
afterEach(async () => {
  await t.close();
});

describe('the API as a whole', () => {
  it('answers 401 to staff routes before validating anything', async () => {
    const res = await t.request('POST', '/api/rounds', { body: { forbundId: 'x' } });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ status: 401, title: 'Inte inloggad' });
  });

  it('sends the security headers on every response, errors included', async () => {
    for (const path of ['/api/health', '/api/finns-inte', '/api/rounds']) {
      const res = await t.request('GET', path);
      expect(res.headers.get('content-security-policy'), path).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      );
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(res.headers.get('cache-control'), path).toBe('no-store');
    }
  });

  it('answers an unknown path with 401 to strangers and a 404 problem to staff', async () => {
    expect((await t.request('GET', '/api/finns-inte')).status).toBe(401);
    const res = await t.request('GET', '/api/finns-inte', { cookie: await t.login('lasare') });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });

  it('describes itself in OpenAPI 3.1, the public contract paths included', async () => {
    const res = await t.request('GET', '/api/openapi.json');
    const doc = res.body as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths['/api/s/{token}'] ?? {})).toEqual(['get']);
    expect(Object.keys(doc.paths['/api/s/{token}/responses'] ?? {})).toEqual(['post']);
    expect(Object.keys(doc.paths['/api/rounds/{id}/report'] ?? {})).toEqual(['get']);
    expect(Object.keys(doc.paths['/api/auth/login'] ?? {})).toEqual(['post']);
  });
});
