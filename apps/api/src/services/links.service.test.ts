import type { Round } from '@indikera/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRound, type TestContext, testContext } from '../test-context';
import { InvalidFieldsError } from './domain-errors';
import { createRoundLink, revokeRoundLink } from './links.service';
import { openSurveyLink, RevokedLinkError, SurveyLinks } from './survey-links';

let t: TestContext;
let round: Round;
beforeEach(async () => {
  t = await testContext();
  round = await openRound(t);
});
afterEach(async () => {
  await t.close();
});

const by = () => t.users.koordinator?.id ?? 0;
const count = (table: string) => t.count(table);

describe('links.service', () => {
  it('creates a link with an unguessable token, audited', async () => {
    const link = await createRoundLink(
      t.db,
      round,
      { group: 'personal', insatsId: t.insatser.steget.id, kiosk: true, asked: 12 },
      by(),
    );
    expect(link).toMatchObject({ groupId: 'personal', kiosk: true, asked: 12, revoked: false });
    expect(link.token).toMatch(/^[a-z2-7]{32}$/);
    expect(await Promise.all([count('links'), count('audit_log')])).toEqual([1, 1]);
  });

  it('refuses a group of no instrument and an insats of another förbund, storing nothing', async () => {
    const refused = createRoundLink(
      t.db,
      round,
      { group: 'elever', insatsId: t.insatser.sydInsats.id, kiosk: false },
      by(),
    );
    await expect(refused).rejects.toThrow(InvalidFieldsError);
    await expect(refused).rejects.toMatchObject({
      errors: [{ field: 'group' }, { field: 'insatsId' }],
    });
    expect(await Promise.all([count('links'), count('audit_log')])).toEqual([0, 0]);
  });

  it('revokes a link, which its survey sees at once', async () => {
    const link = await createRoundLink(t.db, round, { group: 'personal', kiosk: false }, by());
    const links = new SurveyLinks();
    await openSurveyLink(links, t.db, link.token, 0);
    expect((await revokeRoundLink(t.db, links, { link, round, by: by() })).revoked).toBe(true);
    await expect(openSurveyLink(links, t.db, link.token, 1)).rejects.toThrow(RevokedLinkError);
    expect(await count('audit_log')).toBe(2);
  });
});
