/**
 * The login throttle per client address in the running server (`indikera serve`), where
 * the API is called in-process from the web server: the address has to be passed in,
 * from the socket or, behind a trusted proxy, from X-Forwarded-For.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { freePort, type ServerProcess, startServerProcess } from '../server-process';

const CLIENT_LIMIT = 50;

describe('the login throttle per client address, in the running server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'indikera-login-client-'));
  let server: ServerProcess | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function start(name: string, env: Record<string, string> = {}): Promise<string> {
    server = await startServerProcess({
      kind: 'serve',
      database: join(dir, `${name}.sqlite`),
      port: await freePort(39400),
      // The first start may build the web app.
      timeoutMs: 400_000,
      env,
    });
    return server.url;
  }

  const login = (url: string, email: string, headers: Record<string, string> = {}) =>
    fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: url, ...headers },
      body: JSON.stringify({ email, password: 'fel-lösenord-123' }),
    }).then(async (res) => ({ status: res.status, retry: res.headers.get('retry-after') }));

  it('stops one address trying many accounts', async () => {
    const url = await start('direct');
    for (let i = 0; i < CLIENT_LIMIT; i++) {
      expect((await login(url, `gissning${i}@example.se`)).status).toBe(401);
    }
    const refused = await login(url, 'ny@example.se');
    expect(refused.status).toBe(429);
    expect(Number(refused.retry)).toBeGreaterThan(0);
  }, 600_000);

  it('behind a trusted proxy (ADDRESS_HEADER, XFF_DEPTH), tells clients apart by X-Forwarded-For', async () => {
    const url = await start('proxied', { ADDRESS_HEADER: 'X-Forwarded-For', XFF_DEPTH: '1' });
    // A client cannot dodge the limit by sending a header of its own: the proxy appends.
    const attacker = (fake: number) => ({ 'X-Forwarded-For': `10.0.0.${fake}, 203.0.113.9` });
    for (let i = 0; i < CLIENT_LIMIT; i++) {
      expect((await login(url, `gissning${i}@example.se`, attacker(i))).status).toBe(401);
    }
    expect((await login(url, 'ny@example.se', attacker(99))).status).toBe(429);
    const colleague = { 'X-Forwarded-For': '203.0.113.10' };
    expect((await login(url, 'ny@example.se', colleague)).status).toBe(401);
  }, 600_000);
});
