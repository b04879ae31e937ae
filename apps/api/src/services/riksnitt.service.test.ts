import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestContext, testContext } from '../test-context';
import { InvalidFileError } from './domain-errors';
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

  it('loads national response rates per year and group', async () => {
    const rates = 'year,group,response_rate\n2021,personal,55.5\n';
    expect(await loadResponseRates(t.db, file(rates), by())).toEqual({ years: [2021], rows: 1 });
    expect((await riksnittOfYear(t.db, 2021)).responseRates).toEqual([
      { group: 'personal', responseRate: 55.5 },
    ]);
  });
});
