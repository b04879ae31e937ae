import { createLink, setRoundStatus } from '@indikera/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRound, type TestContext, testContext } from '../test-context';
import {
  ClosedRoundError,
  openSurveyLink,
  SURVEY_LINK_ENTRIES,
  SURVEY_LINK_TTL_MS,
  SurveyLinks,
  UnknownLinkError,
} from './survey-links';

let t: TestContext;
let roundId: number;
beforeEach(async () => {
  t = await testContext();
  roundId = (await openRound(t)).id;
  await createLink(t.db, link('tok'));
});
afterEach(async () => {
  await t.close();
});

function link(token: string) {
  return { token, roundId, groupId: 'personal', insatsId: null, kiosk: false, asked: null };
}

describe('SurveyLinks', () => {
  it('keeps a lookup for a moment, and reads again once it has passed', async () => {
    const links = new SurveyLinks();
    expect((await links.find(t.db, 'tok', 0))?.round.status).toBe('open');
    // A change behind the cache's back (another process) …
    await setRoundStatus(t.db, roundId, 'closed');
    expect((await links.find(t.db, 'tok', SURVEY_LINK_TTL_MS - 1))?.round.status).toBe('open');
    // … is seen once the lookup has expired.
    expect((await links.find(t.db, 'tok', SURVEY_LINK_TTL_MS))?.round.status).toBe('closed');
  });

  it('reads again at once after forget()', async () => {
    const links = new SurveyLinks();
    await openSurveyLink(links, t.db, 'tok', 0);
    await setRoundStatus(t.db, roundId, 'closed');
    links.forget();
    await expect(openSurveyLink(links, t.db, 'tok', 1)).rejects.toThrow(ClosedRoundError);
  });

  it('does not keep a lookup that read before a change it finished after', async () => {
    const links = new SurveyLinks();
    const reading = links.find(t.db, 'tok', 0);
    links.forget();
    await reading;
    await setRoundStatus(t.db, roundId, 'closed');
    expect((await links.find(t.db, 'tok', 1))?.round.status).toBe('closed');
  });

  it('keeps no unknown token, and a bounded number of known ones', async () => {
    const links = new SurveyLinks();
    await expect(openSurveyLink(links, t.db, 'okänd', 0)).rejects.toThrow(UnknownLinkError);
    await createLink(t.db, link('okänd'));
    expect(await links.find(t.db, 'okänd', 1)).toBeDefined();
    // Filling the cache pushes out the oldest entry, 'tok', which is then read again.
    for (let i = 0; i < SURVEY_LINK_ENTRIES; i++) await createLink(t.db, link(`t${i}`));
    await links.find(t.db, 'tok', 2);
    for (let i = 0; i < SURVEY_LINK_ENTRIES; i++) await links.find(t.db, `t${i}`, 2);
    await setRoundStatus(t.db, roundId, 'closed');
    expect((await links.find(t.db, 'tok', 3))?.round.status).toBe('closed');
  });
});
