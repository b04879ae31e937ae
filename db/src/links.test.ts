import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInsats } from './insatser';
import { createLink, getLinkByToken, listLinksOfRound, revokeLink } from './links';
import { insertResponse } from './responses';
import { openTestDatabase, seedRound, type TestDatabase } from './test-database';

let t: TestDatabase;
let roundId: number;
let forbundId: number;
beforeEach(async () => {
  t = await openTestDatabase();
  const seeded = await seedRound(t);
  roundId = seeded.round.id;
  forbundId = seeded.forbund.id;
});
afterEach(async () => {
  await t.close();
});

describe('links', () => {
  it('finds a link by its token, with flags as booleans', async () => {
    const insats = await createInsats(t.db, forbundId, 'Steget fram');
    const created = await createLink(t.db, {
      token: 'tok-kiosk',
      roundId,
      groupId: 'deltagare-pagaende',
      insatsId: insats.id,
      kiosk: true,
      asked: 12,
    });
    expect(await getLinkByToken(t.db, 'tok-kiosk')).toEqual({
      id: created.id,
      token: 'tok-kiosk',
      roundId,
      groupId: 'deltagare-pagaende',
      insatsId: insats.id,
      kiosk: true,
      asked: 12,
      revoked: false,
      createdOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(await getLinkByToken(t.db, 'no-such-token')).toBeUndefined();
  });

  it('refuses a second link with the same token and a negative number asked', async () => {
    await createLink(t.db, { token: 'same', roundId, groupId: 'styrelse' });
    await expect(createLink(t.db, { token: 'same', roundId, groupId: 'personal' })).rejects.toThrow(
      /unique constraint/i,
    );
    await expect(
      createLink(t.db, { token: 'other', roundId, groupId: 'personal', asked: -1 }),
    ).rejects.toThrow(/check constraint/i);
  });

  it('lists the round’s links with how many answered through each', async () => {
    const board = await createLink(t.db, { token: 'a', roundId, groupId: 'styrelse', asked: 5 });
    const staff = await createLink(t.db, { token: 'b', roundId, groupId: 'personal' });
    for (let i = 0; i < 3; i++) {
      await insertResponse(t.db, {
        id: randomUUID(),
        roundId,
        linkId: board.id,
        groupId: 'styrelse',
        insatsId: null,
        kon: null,
        channel: 'web',
        answeredOn: '2021-04-01',
        batch: null,
        answers: new Map([['S1', 5]]),
      });
    }
    const links = await listLinksOfRound(t.db, roundId);
    expect(links.map((l) => [l.id, l.groupId, l.responses])).toEqual([
      [staff.id, 'personal', 0],
      [board.id, 'styrelse', 3],
    ]);
  });

  it('revokes a link, which is still found and keeps its answers', async () => {
    const link = await createLink(t.db, { token: 'r', roundId, groupId: 'styrelse' });
    expect(await revokeLink(t.db, link.id)).toBe(true);
    expect((await getLinkByToken(t.db, 'r'))?.revoked).toBe(true);
    expect((await listLinksOfRound(t.db, roundId))[0]?.revoked).toBe(true);
    expect(await revokeLink(t.db, 999)).toBe(false);
  });
});
