/**
 * The attack: 300 posts to one public link in under two seconds, all stored. Now a
 * client, and a link from many clients, may send a kiosk's pace and a burst, and then
 * wait, told so in Swedish; nothing of a refused post is stored.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_RULE, LINK_RULE } from '../services/survey-rate-limit';
import { expectProblem, roundWithLink, type TestContext, testContext } from '../test-context';

let t: TestContext;
beforeEach(async () => {
  t = await testContext();
});
afterEach(async () => {
  await t.close();
});

const stored = async () =>
  ((await t.row('SELECT count(*) AS n FROM responses')) as { n: number }).n;

function post(token: string, client: string) {
  return t.request('POST', `/api/s/${token}/responses`, {
    client,
    body: { id: crypto.randomUUID(), kon: 'kvinna', answers: { DA1: 5 } },
  });
}

// Hundreds of requests each: generous timeouts for a busy machine.
describe('the rate limit of the public links', { timeout: 60_000 }, () => {
  it('stops a flood of 300 posts from one client after its burst', async () => {
    const { token } = await roundWithLink(t);
    const statuses: number[] = [];
    for (let i = 0; i < 300; i++) statuses.push((await post(token, '203.0.113.7')).status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(CLIENT_RULE.burst);
    expect(statuses.filter((s) => s === 429)).toHaveLength(300 - CLIENT_RULE.burst);
    expect(await stored()).toBe(CLIENT_RULE.burst);

    const refused = await post(token, '203.0.113.7');
    expectProblem(refused, 429);
    expect((refused.body as { detail: string }).detail).toMatch(/^För många svar på kort tid/);
    expect(refused.headers.get('retry-after')).toBe(String(CLIENT_RULE.everyMs / 1000));
    // Another client is not held back by this one.
    expect((await post(token, '203.0.113.8')).status).toBe(201);
  });

  it('lets a kiosk send an answer every few seconds all day', async () => {
    const { token } = await roundWithLink(t, 'deltagare-avslut', { kiosk: true });
    let now = new Date('2021-03-15T08:00:00Z').getTime();
    for (let i = 0; i < 200; i++) {
      t.setNow(new Date(now));
      expect((await post(token, '198.51.100.1')).status).toBe(201);
      now += 3000;
    }
  });

  it('stops a flood over one link from many clients after the link’s burst', async () => {
    const { token } = await roundWithLink(t);
    let created = 0;
    for (let i = 0; i < LINK_RULE.burst + 20; i++) {
      const res = await post(token, `10.0.${Math.floor(i / 200)}.${i % 200}`);
      if (res.status === 201) created++;
      else expectProblem(res, 429);
    }
    expect(created).toBe(LINK_RULE.burst);
    t.setNow(new Date(new Date('2021-03-15T10:00:00Z').getTime() + LINK_RULE.everyMs));
    expect((await post(token, '10.1.0.1')).status).toBe(201);
  });
});
