import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestContext, testContext } from '../test-context';
import { InvalidFileError } from './domain-errors';
import { addInstrument } from './instruments.service';
import { loadResponseRates, loadRiksnitt, riksnittOfYear } from './riksnitt.service';

let t: TestContext;
beforeEach(async () => {
  t = await testContext();
});
afterEach(async () => {
  await t.close();
});

const file = (text: string) => new TextEncoder().encode(text);
const by = () => t.users.installation?.id ?? 0;
const count = (table: string) => t.count(table);

describe('riksnitt.service', () => {
  it('loads each year of a file and replaces a year loaded again', async () => {
    const first = 'year,question,all,kvinna,man\n2020,DA1,70,71,69\n2021,DA1,72,,\n';
    expect(await loadRiksnitt(t.db, file(first), by())).toEqual({ years: [2020, 2021], rows: 2 });
    await loadRiksnitt(t.db, file('year,question,all,kvinna,man\n2021,DA2,60,61,59\n'), by());
    expect((await riksnittOfYear(t.db, 2021)).questions).toEqual([
      { question: 'DA2', all: 60, kvinna: 61, man: 59 },
    ]);
    expect((await riksnittOfYear(t.db, 2020)).questions).toHaveLength(1);
    expect(await count('audit_log')).toBe(2);
  });

  it('stores nothing of a file with an error, and names its line and column', async () => {
    const bad = 'year,question,all,kvinna,man\n2021,DA1,70,71,69\n2021,DA1,abc,,\n';
    const loading = loadRiksnitt(t.db, file(bad), by());
    await expect(loading).rejects.toThrow(InvalidFileError);
    await expect(loading).rejects.toMatchObject({ errors: [{ line: 3, field: 'all' }] });
    expect(await Promise.all([count('benchmarks'), count('audit_log')])).toEqual([0, 0]);
  });

  it('takes the questions and groups of every version in the registry, and only those', async () => {
    const riksnitt = file('year,question,all,kvinna,man\n2027,R1,70,,\n');
    const rates = file('year,group,response_rate\n2027,remittenter,41\n');
    await expect(loadRiksnitt(t.db, riksnitt, by())).rejects.toThrow(InvalidFileError);
    await expect(loadResponseRates(t.db, rates, by())).rejects.toThrow(InvalidFileError);
    const file2027 = readFileSync(
      new URL('../../../../packages/instrument/test-fixtures/nns-2027-test.json', import.meta.url),
    );
    await addInstrument(t.db, file2027, { userId: null, day: '2026-12-03' });
    expect(await loadRiksnitt(t.db, riksnitt, by())).toEqual({ years: [2027], rows: 1 });
    expect(await loadResponseRates(t.db, rates, by())).toEqual({ years: [2027], rows: 1 });
    expect((await riksnittOfYear(t.db, 2027)).questions).toEqual([
      { question: 'R1', all: 70, kvinna: null, man: null },
    ]);
  });

  it('loads national response rates per year and group', async () => {
    const rates = 'year,group,response_rate\n2021,personal,55.5\n';
    expect(await loadResponseRates(t.db, file(rates), by())).toEqual({ years: [2021], rows: 1 });
    expect((await riksnittOfYear(t.db, 2021)).responseRates).toEqual([
      { group: 'personal', responseRate: 55.5 },
    ]);
  });
});
