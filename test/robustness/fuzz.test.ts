/**
 * Thousands of bad requests at the public routes (a link's questionnaire, posting a
 * response, login) and at staff routes signed in and not: never a 5xx, every error a
 * problem+json, and not one response or answer stored. FUZZ_SEED replays a run, and
 * FUZZ_COUNT makes it longer.
 */
import { seededRandom } from '@indikera/synthetic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roundWithLink, type TestContext, testContext } from '../../apps/api/src/test-context';
import { badRequests, type Targets } from './bad-requests';

const SEED = Number(process.env.FUZZ_SEED ?? 20211031);
const COUNT = Number(process.env.FUZZ_COUNT ?? 3000);

/** What is wrong with an answer, or null. */
function wrongAnswer(res: Response, text: string): string | null {
  if (res.status >= 500) return `${res.status} ${text.slice(0, 300)}`;
  if (res.status < 400) return null;
  const type = res.headers.get('content-type') ?? '';
  if (!type.startsWith('application/problem+json'))
    return `${res.status} as "${type}": ${text.slice(0, 100)}`;
  try {
    const problem = JSON.parse(text) as { status?: unknown; title?: unknown; type?: unknown };
    if (
      problem.status !== res.status ||
      typeof problem.title !== 'string' ||
      problem.type !== 'about:blank'
    ) {
      return `${res.status} with a malformed problem: ${text.slice(0, 200)}`;
    }
  } catch {
    return `${res.status} with a body that is not JSON: ${text.slice(0, 100)}`;
  }
  return null;
}

describe('bad requests', () => {
  let t: TestContext;
  let targets: Targets;
  let cookies: string[];

  beforeAll(async () => {
    t = await testContext();
    const { token, roundId } = await roundWithLink(t);
    targets = {
      token,
      roundId,
      insatsId: t.insatser.steget.id,
      forbundId: t.forbund.norr.id,
      userId: t.users.lasare?.id ?? 1,
      foreignInsatsId: t.insatser.sydInsats.id,
    };
    cookies = [
      await t.login('koordinator'),
      await t.login('installation'),
      await t.login('lasare'),
    ];
  });
  afterAll(async () => {
    await t.close();
  });

  it(`${COUNT} of them: no 5xx, every error problem+json, nothing stored (seed ${SEED})`, async () => {
    const stored = async () =>
      await t.row('SELECT (SELECT count(*) FROM responses) + (SELECT count(*) FROM answers) AS n');
    const before = await stored();
    const failures: string[] = [];
    let n = 0;
    for (const req of badRequests(seededRandom(SEED), targets, cookies, COUNT)) {
      n++;
      const res = await t.app.request(`http://localhost${req.path}`, {
        method: req.method,
        headers: req.headers,
        body: req.body,
      });
      const wrong = wrongAnswer(res, await res.text());
      if (wrong) failures.push(`#${n} ${req.description}: ${wrong}`);
      if ((await stored())?.n !== before?.n) {
        failures.push(`#${n} ${req.description}: stored a response (${res.status})`);
        break;
      }
      if (failures.length >= 20) break;
    }
    expect(n).toBe(COUNT);
    expect(failures, `replay with FUZZ_SEED=${SEED}`).toEqual([]);
  }, 60_000);
});
