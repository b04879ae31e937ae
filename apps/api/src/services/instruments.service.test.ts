import { readFileSync } from 'node:fs';
import { createRound } from '@indikera/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestContext, testContext } from '../test-context';
import { ConflictError, InvalidFileError, NotFoundError } from './domain-errors';
import {
  addInstrument,
  instrumentFileOf,
  instrumentOf,
  listInstruments,
  roundInstrument,
  sha256Of,
} from './instruments.service';
import { createCheckedRound } from './rounds.service';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../../packages/instrument/${name}`, import.meta.url));
const file2027 = fixture('test-fixtures/nns-2027-test.json');
const file2021 = fixture('instruments/nns-2021.json');
const changed2027 = () => {
  const json = JSON.parse(new TextDecoder().decode(file2027));
  json.name = 'En ändrad 2027';
  return new TextEncoder().encode(JSON.stringify(json, null, 2));
};

let t: TestContext;
beforeEach(async () => {
  t = await testContext();
});
afterEach(async () => {
  await t.close();
});

const by = { userId: null, day: '2026-12-03' };

describe('the instrument registry', () => {
  it('always has the built-in 2021 version, its file byte for byte; an unknown one is NotFound', async () => {
    expect((await instrumentOf(t.db, '2021')).questions).toHaveLength(41);
    expect(await instrumentFileOf(t.db, '2021')).toBe(new TextDecoder().decode(file2021));
    await expect(instrumentOf(t.db, '2027')).rejects.toThrow(NotFoundError);
    expect(await listInstruments(t.db)).toEqual([
      expect.objectContaining({ version: '2021', builtIn: true, addedOn: null, rounds: 0 }),
    ]);
  });

  it('adds a file once: the same file again is unchanged, audited once', async () => {
    const added = await addInstrument(t.db, file2027, by);
    expect(added.status).toBe('added');
    expect((await addInstrument(t.db, file2027, by)).status).toBe('unchanged');
    expect((await addInstrument(t.db, file2021, by)).status).toBe('unchanged');
    expect(await t.count('instrument_versions')).toBe(1);
    expect(await t.count('audit_log')).toBe(1);
    const stored = await t.row(
      'SELECT version, file, sha256, added_on, added_by FROM instrument_versions',
    );
    expect(stored).toEqual({
      version: '2027',
      file: new TextDecoder().decode(file2027),
      sha256: sha256Of(new TextDecoder().decode(file2027)),
      added_on: '2026-12-03',
      added_by: null,
    });
    expect(await instrumentFileOf(t.db, '2027')).toBe(new TextDecoder().decode(file2027));
    const listed = await listInstruments(t.db);
    expect(listed.map((v) => [v.version, v.groups, v.questions, v.addedOn])).toEqual([
      ['2021', 5, 41, null],
      ['2027', 3, 9, '2026-12-03'],
    ]);
  });

  it('never changes a version, above all one a round uses: another file with its id is refused', async () => {
    await addInstrument(t.db, file2027, by);
    const round = await createRound(t.db, {
      forbundId: t.forbund.norr.id,
      name: 'Mätning 2027',
      year: 2027,
      instrumentVersion: '2027',
    });
    await expect(addInstrument(t.db, changed2027(), by)).rejects.toThrow(ConflictError);
    const tampered2021 = new TextEncoder().encode(`${new TextDecoder().decode(file2021)}\n`);
    await expect(addInstrument(t.db, tampered2021, by)).rejects.toThrow(ConflictError);
    expect((await roundInstrument(t.db, round)).name).toBe(
      JSON.parse(new TextDecoder().decode(file2027)).name,
    );
    expect(await t.count('instrument_versions')).toBe(1);
    expect(await t.count('audit_log')).toBe(1);
    expect((await listInstruments(t.db)).find((v) => v.version === '2027')?.rounds).toBe(1);
  });

  it('refuses an invalid file with its problems by place, storing nothing', async () => {
    const broken = JSON.parse(new TextDecoder().decode(file2027));
    broken.questions[0].scale = 'sjugradig';
    const error = await addInstrument(
      t.db,
      new TextEncoder().encode(JSON.stringify(broken)),
      by,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidFileError);
    expect((error as InvalidFileError).errors?.[0]?.field).toBe('questions[0].scale');
    await expect(addInstrument(t.db, new Uint8Array([0xff, 0xfe]), by)).rejects.toThrow(
      InvalidFileError,
    );
    expect(await t.count('instrument_versions')).toBe(0);
    expect(await t.count('audit_log')).toBe(0);
  });

  it('creates a round on the newest added version unless another is chosen, and only on a known one', async () => {
    const koordinator = t.users.koordinator?.id ?? 0;
    const request = { forbundId: t.forbund.norr.id, name: 'Mätning', year: 2027 };
    expect((await createCheckedRound(t.db, request, koordinator)).instrumentVersion).toBe('2021');
    await addInstrument(t.db, file2027, by);
    expect((await createCheckedRound(t.db, request, koordinator)).instrumentVersion).toBe('2027');
    const chosen = { ...request, instrumentVersion: '2021' };
    expect((await createCheckedRound(t.db, chosen, koordinator)).instrumentVersion).toBe('2021');
    await expect(
      createCheckedRound(t.db, { ...request, instrumentVersion: '2031' }, koordinator),
    ).rejects.toMatchObject({
      errors: [{ field: 'instrumentVersion', message: 'okänd version (finns: 2021, 2027)' }],
    });
  });

  it('keeps each database’s own version under the same id apart', async () => {
    await addInstrument(t.db, file2027, by);
    const other = await testContext();
    try {
      await addInstrument(other.db, changed2027(), by);
      expect((await instrumentOf(t.db, '2027')).name).not.toBe('En ändrad 2027');
      expect((await instrumentOf(other.db, '2027')).name).toBe('En ändrad 2027');
      expect((await instrumentOf(t.db, '2027')).name).not.toBe('En ändrad 2027');
    } finally {
      await other.close();
    }
  });
});
