import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  getResponseRates,
  getRiksnitt,
  listBenchmarkYears,
  listResponseRateYears,
  replaceBenchmarksForYear,
  replaceResponseRatesForYear,
} from './benchmarks';
import { openTestDatabase, type TestDatabase } from './test-database';

let t: TestDatabase;
beforeEach(async () => {
  t = await openTestDatabase();
});
afterEach(async () => {
  await t.close();
});

describe('riksnitt', () => {
  it('replaces a year as a whole and leaves other years alone', async () => {
    await replaceBenchmarksForYear(t.db, 2020, [
      { questionId: 'DP1', all: 74, kvinna: 75, man: 72 },
    ]);
    await replaceBenchmarksForYear(t.db, 2021, [
      { questionId: 'DP1', all: 75, kvinna: 76, man: 73 },
      { questionId: 'DP2', all: 70.5, kvinna: null, man: null },
    ]);
    await replaceBenchmarksForYear(t.db, 2021, [
      { questionId: 'DP2', all: 71, kvinna: 72, man: 69.5 },
    ]);

    expect(await getRiksnitt(t.db, 2021)).toEqual(
      new Map([['DP2', { all: 71, kvinna: 72, man: 69.5 }]]),
    );
    expect(await getRiksnitt(t.db, 2020)).toEqual(
      new Map([['DP1', { all: 74, kvinna: 75, man: 72 }]]),
    );
    expect(await getRiksnitt(t.db, 2019)).toEqual(new Map());
    expect(await listBenchmarkYears(t.db)).toEqual([
      { year: 2021, count: 1 },
      { year: 2020, count: 1 },
    ]);
  });

  it('keeps the old figures when the new ones are refused', async () => {
    await replaceBenchmarksForYear(t.db, 2021, [
      { questionId: 'DP1', all: 75, kvinna: 76, man: 73 },
    ]);
    await expect(
      replaceBenchmarksForYear(t.db, 2021, [
        { questionId: 'DP1', all: 80, kvinna: null, man: null },
        { questionId: 'DP2', all: 750, kvinna: null, man: null }, // not a percentage
      ]),
    ).rejects.toThrow(/check constraint/i);
    expect(await getRiksnitt(t.db, 2021)).toEqual(
      new Map([['DP1', { all: 75, kvinna: 76, man: 73 }]]),
    );
  });

  it('replaces national response rates per year the same way', async () => {
    await replaceResponseRatesForYear(t.db, 2021, [
      { groupId: 'deltagare-pagaende', responseRate: 47 },
      { groupId: 'styrelse', responseRate: 61 },
    ]);
    await expect(
      replaceResponseRatesForYear(t.db, 2021, [
        { groupId: 'personal', responseRate: 79 },
        { groupId: 'personal', responseRate: 80 },
      ]),
    ).rejects.toThrow(/unique constraint/i);
    expect(await getResponseRates(t.db, 2021)).toEqual(
      new Map([
        ['deltagare-pagaende', 47],
        ['styrelse', 61],
      ]),
    );
    await replaceResponseRatesForYear(t.db, 2021, []);
    expect(await getResponseRates(t.db, 2021)).toEqual(new Map());
    expect(await listResponseRateYears(t.db)).toEqual([]);
  });
});
