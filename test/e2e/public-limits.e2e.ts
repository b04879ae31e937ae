/**
 * The public pages take what a questionnaire needs and refuse the rest early: an
 * oversized form to any survey address, even a made-up one, gets 413 before the server
 * has read it. Each test sends only the start of its body and waits for the answer, so a
 * server that reads the whole body first never answers (the attack: 20 MB forms with
 * two million fields, echoed back, the server at 787 MB).
 */
import { request } from 'node:http';
import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');
const links = inject('links');

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
}

/**
 * POSTs a form, writing only `firstBytes` of it (with a Content-Length of `declared`, or
 * chunked when null) and nothing more: resolves with the answer the server gives before
 * the rest could ever arrive.
 */
function postPartialForm(path: string, declared: number | null, firstBytes: number) {
  return new Promise<Answer>((resolve, reject) => {
    const headers: Record<string, string> = {
      'Content-Type': 'application/x-www-form-urlencoded',
      Origin: baseUrl,
    };
    if (declared !== null) headers['Content-Length'] = String(declared);
    const req = request(`${baseUrl}${path}`, { method: 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text });
        req.destroy();
      });
    });
    // After the answer the server may close while this side still writes: not an error.
    req.on('error', (error) => reject(error));
    const field = 'DA1=5&';
    req.write(field.repeat(Math.ceil(firstBytes / field.length)));
  });
}

describe('the public survey pages refuse oversized forms early', { timeout: 30_000 }, () => {
  it('answers 413 to a 20 MB form to a made-up link without waiting for its body', async () => {
    const answer = await postPartialForm('/s/pahittad-lank?/edit', 20 * 1024 * 1024, 64 * 1024);
    expect(answer.status).toBe(413);
    expect(answer.text).toContain('för stort');
    expect(answer.text.length).toBeLessThan(1000);
  });

  it('answers 413 to a chunked form (no length given) once it passes the limit', async () => {
    const token = links['deltagare-avslut'];
    const answer = await postPartialForm(`/s/${token}?/review`, null, 256 * 1024);
    expect(answer.status).toBe(413);
    expect(answer.text).toContain('för stort');
  });

  it('stays quick for everyone else while oversized forms hang', async () => {
    // Four attackers that never finish their bodies hold nothing: each is answered, and
    // the health check answers as well.
    const attacks = Array.from({ length: 4 }, () =>
      postPartialForm('/s/pahittad-lank?/edit', 20 * 1024 * 1024, 64 * 1024),
    );
    const health = await fetch(`${baseUrl}/api/health`);
    expect(health.status).toBe(200);
    for (const answer of await Promise.all(attacks)) expect(answer.status).toBe(413);
  });
});
