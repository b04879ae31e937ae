import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cullAnswers, setCullDate } from './archive.service';
import { type TestApi, testApi } from './test-api';

let t: TestApi;
beforeEach(async () => {
  t = await testApi();
});
afterEach(async () => {
  await t.close();
});

describe('archive.service', () => {
  it('is the admin’s: a koordinator is refused', async () => {
    const roundId = await t.round();
    expect((await setCullDate(t.api, roundId, '2030-01-01')).status).toBe(403);
  });

  it('sets the day and culls a closed round after it, confirmed by name', async () => {
    await t.db.updateTable('memberships').set({ role: 'admin' }).execute();
    const roundId = await t.round();
    await t.api.api.rounds[':id'].close.$post({ param: { id: String(roundId) } });
    expect((await setCullDate(t.api, roundId, '2021-03-15')).body).toEqual({
      cullAfter: '2021-03-15',
      culledOn: null,
    });
    const wrong = await cullAnswers(t.api, roundId, 'Fel namn');
    expect(wrong.status).toBe(400);
    const culled = await cullAnswers(t.api, roundId, 'Mätning 2021');
    expect(culled.ok && culled.body).toEqual({
      cullAfter: '2021-03-15',
      culledOn: '2021-03-15',
      responses: 0,
    });
  });
});
