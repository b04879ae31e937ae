import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchRiksnittYear, fetchRiksnittYears, uploadRiksnitt } from './riksnitt.service';
import { type TestApi, testApi } from './test-api';

let t: TestApi;
beforeEach(async () => {
  t = await testApi();
});
afterEach(async () => {
  await t.close();
});

describe('riksnitt.service', () => {
  it('reads which years are loaded, and a year with nothing loaded', async () => {
    const years = await fetchRiksnittYears(t.api);
    expect(years.ok && years.body).toEqual({ questions: [], responseRates: [] });
    const year = await fetchRiksnittYear(t.api, 2021);
    expect(year.ok && year.body).toEqual({ year: 2021, questions: [], responseRates: [] });
  });

  it('sends a file as CSV; only the installation administrator may load it', async () => {
    const file = new Blob(['year,question,all,kvinna,man\n2021,DA1,80,82,78\n']);
    for (const kind of ['riksnitt', 'svarsfrekvens'] as const) {
      const res = await uploadRiksnitt(t.api, kind, file);
      expect(res.status).toBe(403);
    }
  });
});
