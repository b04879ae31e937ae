import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { instrumentJsonSchema } from './instrument-json-schema';

const read = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

describe('the JSON Schema shipped for instrument files', () => {
  it('is exactly what the zod schema generates (pnpm instrument:schema writes it again)', () => {
    expect(read('../../schema/instrument.schema.json')).toEqual(instrumentJsonSchema());
  });

  it('is the schema the built-in and example files name', () => {
    for (const file of [
      '../../instruments/nns-2021.json',
      '../../test-fixtures/instrument-example.json',
    ]) {
      expect((read(file) as { $schema: string }).$schema).toBe('../schema/instrument.schema.json');
    }
  });

  it('describes every part of a file and closes each object to unknown keys', () => {
    const schema = instrumentJsonSchema() as {
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, { items?: { additionalProperties?: boolean } }>;
    };
    expect(schema.required).toEqual([
      'version',
      'name',
      'groups',
      'scales',
      'keyFigures',
      'gender',
      'indicators',
      'questions',
    ]);
    expect(schema.additionalProperties).toBe(false);
    for (const list of ['groups', 'scales', 'keyFigures', 'indicators', 'questions']) {
      expect(schema.properties[list]?.items?.additionalProperties, list).toBe(false);
    }
  });
});
