import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestContext, testContext } from '../test-context';
import { InvalidFieldsError } from './domain-errors';
import { createCheckedRound, newRoundErrors, roundsOf, setRoundOpen } from './rounds.service';
import { SurveyLinks } from './survey-links';

let t: TestContext;
beforeEach(async () => {
  t = await testContext();
});
afterEach(async () => {
  await t.close();
});

const round = (extra: Record<string, unknown> = {}) => ({
  forbundId: t.forbund.norr.id,
  name: 'Mätning',
  year: 2021,
  instrumentVersion: '2021',
  ...extra,
});
const count = (table: string) => t.count(table);
const by = () => t.users.koordinator?.id ?? 0;

describe('newRoundErrors', () => {
  it('names an unknown instrument version and days that are not in the calendar', async () => {
    expect(
      await newRoundErrors(
        t.db,
        round({ instrumentVersion: '1999', startsOn: '2021-02-30', endsOn: '2021-13-01' }),
      ),
    ).toEqual([
      { field: 'instrumentVersion', message: 'okänd version (finns: 2021)' },
      { field: 'startsOn', message: 'ingen dag i kalendern' },
      { field: 'endsOn', message: 'ingen dag i kalendern' },
    ]);
  });

  it('refuses an end before the start, and takes a round without days', async () => {
    expect(
      await newRoundErrors(t.db, round({ startsOn: '2021-03-02', endsOn: '2021-03-01' })),
    ).toEqual([{ field: 'endsOn', message: 'slutar före start' }]);
    expect(await newRoundErrors(t.db, round({ startsOn: '2020-02-29', endsOn: null }))).toEqual([]);
    expect(await newRoundErrors(t.db, round())).toEqual([]);
  });
});

describe('rounds.service', () => {
  it('creates a round with its audit entry, or nothing at all', async () => {
    await expect(createCheckedRound(t.db, round({ endsOn: '2021-02-29' }), by())).rejects.toThrow(
      InvalidFieldsError,
    );
    expect(await Promise.all([count('rounds'), count('audit_log')])).toEqual([0, 0]);
    const created = await createCheckedRound(t.db, round(), by());
    expect(created).toMatchObject({ name: 'Mätning', status: 'open' });
    expect(await Promise.all([count('rounds'), count('audit_log')])).toEqual([1, 1]);
  });

  it('lists rounds newest first across förbund', async () => {
    const a = await createCheckedRound(t.db, round({ year: 2020 }), by());
    const b = await createCheckedRound(t.db, round({ forbundId: t.forbund.syd.id }), by());
    const c = await createCheckedRound(t.db, round(), by());
    const ids = (await roundsOf(t.db, [t.forbund.norr.id, t.forbund.syd.id])).map((r) => r.id);
    expect(ids).toEqual([c.id, b.id, a.id]);
  });

  it('closes and opens a round, audited', async () => {
    const created = await createCheckedRound(t.db, round(), by());
    const links = new SurveyLinks();
    const closed = await setRoundOpen(t.db, links, { round: created, open: false, by: by() });
    expect(closed.status).toBe('closed');
    const status = () => t.value('SELECT status FROM rounds');
    expect(await status()).toBe('closed');
    await setRoundOpen(t.db, links, { round: closed, open: true, by: by() });
    expect(await status()).toBe('open');
    expect(await count('audit_log')).toBe(3);
  });
});
