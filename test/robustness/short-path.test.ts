/**
 * The short path in the running server (`indikera serve`): /api requests go to the API
 * without SvelteKit's handler, and keep every guard the in-process API has: the security
 * headers, the cross-site check, the body limit, the routing of only /api to the API.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, type ServerProcess, startServerProcess } from '../server-process';
import { seedSurveyRound } from '../survey-round';

/** A raw request, so that the target goes out exactly as written (fetch would normalise it). */
function raw(url: string, target: string): Promise<{ status: number; type: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${target}`, { path: target }, (res) => {
      res.resume();
      res.once('end', () =>
        resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']) }),
      );
    });
    req.once('error', reject);
    req.end();
  });
}

describe('the short path to the API, in the running server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'indikera-short-path-'));
  let server: ServerProcess;
  let token: string;
  beforeAll(async () => {
    const file = join(dir, 'short-path.sqlite');
    token = (await seedSurveyRound(file)).token;
    server = await startServerProcess({
      kind: 'serve',
      database: file,
      port: await freePort(39500),
      // The first start may build the web app.
      timeoutMs: 400_000,
    });
  }, 600_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const post = (body: string, headers: Record<string, string>) =>
    fetch(`${server.url}/api/s/${token}/responses`, {
      method: 'POST',
      headers: { Origin: server.url, ...headers },
      body,
    });

  it('answers with the API’s security headers and stores a response', async () => {
    const body = JSON.stringify({ id: crypto.randomUUID(), answers: { DA1: 5 } });
    const res = await post(body, { 'Content-Type': 'application/json' });
    expect(res.status).toBe(201);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toMatchObject({ status: 'created' });
  });

  it('refuses a cross-site form post and a body over the limit', async () => {
    const crossSite = await post('id=x', {
      'Content-Type': 'application/x-www-form-urlencoded',
      Origin: 'https://elak.example',
    });
    expect(crossSite.status).toBe(403);
    expect(crossSite.headers.get('content-type')).toBe('application/problem+json');
    const huge = await post(JSON.stringify({ padding: 'x'.repeat(100_000) }), {
      'Content-Type': 'application/json',
    });
    expect(huge.status).toBe(413);
    expect(huge.headers.get('content-type')).toBe('application/problem+json');
  });

  it('sends only /api to the API, after the URL’s normalisation', async () => {
    expect(await raw(server.url, '/api/health')).toMatchObject({ status: 200 });
    expect(await raw(server.url, '/x/../api/health')).toMatchObject({ status: 200 });
    // SvelteKit answers what is not under /api (here the sign-in page sends an empty
    // installation on to /installera), never the API's problem+json.
    const page = await raw(server.url, '/api/../logga-in');
    expect(page.status).toBeLessThan(400);
    expect(page.type).not.toContain('problem+json');
    expect((await raw(server.url, '/apis')).type).toContain('text/html');
    expect(await raw(server.url, '/api/s/finns-inte')).toMatchObject({
      status: 404,
      type: 'application/problem+json',
    });
  });
});
