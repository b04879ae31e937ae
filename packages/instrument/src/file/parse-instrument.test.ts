import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nns2021 } from '../versions/nns-2021';
import {
  InstrumentFileError,
  loadInstrument,
  parseInstrument,
  parseInstrumentBytes,
  parseInstrumentText,
} from './parse-instrument';

const exampleText = readFileSync(
  new URL('../../test-fixtures/instrument-example.json', import.meta.url),
  'utf8',
);
const example = (): Record<string, unknown> => JSON.parse(exampleText);

describe('parseInstrument', () => {
  it('reads the example: groups, a five-option scale, per-scale key figures, askedIf, sameAs, English', () => {
    const result = parseInstrument(example());
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const v = result.instrument;
    expect(v.version).toBe('exempel-1');
    expect(v.groups.map((g) => g.kind)).toEqual(['deltagare', 'remittenter']);
    expect(v.scales.extent5?.options.map((o) => o.code)).toEqual([1, 2, 3, 4, 5]);
    expect(v.keyFigures.top2?.positive).toEqual({ extent5: [4, 5] });
    expect(v.questions.find((q) => q.id === 'D1')?.sameAs).toBe('DP1');
    expect(v.questions.find((q) => q.id === 'D3')?.askedIf).toEqual({
      question: 'D2',
      equals: 'ja',
    });
    expect(v.gender.id).toBe('kon');
    expect(v.translations.en?.language).toBe('en');
    expect(v.translations.en?.groups.remittenter).toBe('Referrers');
  });

  it('reads the built-in 2021 file into the version the product has always used', () => {
    expect(nns2021.version).toBe('2021');
    expect(nns2021.questions).toHaveLength(41);
    expect(Object.keys(nns2021.scales)).toEqual(['frequency6', 'extent6', 'yesno']);
    expect(nns2021.scales.yesno?.kind).toBe('yesno');
    expect(nns2021.indicators.find((i) => i.number === 11)?.note).toBe(
      'Mäts nationellt med registerdata, inte med enkät.',
    );
  });

  it('names the field of a shape error in Swedish and never echoes a huge value', () => {
    const file = example();
    file.version = 'x'.repeat(100_000);
    (file.scales as { options: unknown[] }[])[0]?.options.push({ code: 6, label: 'sex' });
    Object.assign((file.groups as object[])[0] ?? {}, { extra: 'y'.repeat(100_000) });
    const result = parseInstrument(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field)).toEqual(
      expect.arrayContaining(['version', 'groups[0]']),
    );
    expect(result.problems.find((p) => p.field === 'version')?.message).toMatch(/version/);
    expect(result.problems.find((p) => p.field === 'groups[0]')?.message).toBe(
      'okänd nyckel "extra"',
    );
    expect(JSON.stringify(result.problems).length).toBeLessThan(1000);
  });

  it('refuses a scale with more than 11 or fewer than 2 options', () => {
    const file = example();
    const scale = (file.scales as { options: unknown[] }[])[0] ?? { options: [] };
    scale.options = Array.from({ length: 12 }, (_, i) => ({ code: i + 1, label: `s${i + 1}` }));
    const result = parseInstrument(file);
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual(['scales[0].options']);
    scale.options = [{ code: 1, label: 'ett' }];
    const one = parseInstrument(file);
    expect(one.ok ? [] : one.problems[0]?.message).toBe(
      'För lite(t): förväntade array att ha >=2 objekt',
    );
  });

  it('refuses what is not JSON, and a file over the size limit, without reading it', () => {
    const bad = parseInstrumentText('{"version": ');
    expect(bad.ok ? null : bad.problems[0]).toMatchObject({ field: '(filen)' });
    expect(bad.ok ? '' : bad.problems[0]?.message).toMatch(/^inte giltig JSON/);
    const huge = parseInstrumentText(`${' '.repeat(1_000_001)}{}`);
    expect(huge.ok ? '' : huge.problems[0]?.message).toBe(
      'filen är större än 1 MB (1 000 000 byte)',
    );
    const bytes = parseInstrumentBytes(new Uint8Array(1_000_001));
    expect(bytes.ok ? '' : bytes.problems[0]?.message).toBe(
      huge.ok ? '' : huge.problems[0]?.message,
    );
    const latin1 = parseInstrumentBytes(new Uint8Array([0x7b, 0xe5, 0x7d]));
    expect(latin1.ok ? '' : latin1.problems[0]?.message).toBe('filen är inte UTF-8');
    expect(parseInstrumentBytes(new TextEncoder().encode(exampleText)).ok).toBe(true);
    expect(parseInstrumentText(`\uFEFF${exampleText}`).ok).toBe(true);
  });

  it('lists at most about 50 problems of a file full of errors', () => {
    const file = example();
    file.questions = Array.from({ length: 200 }, (_, i) => ({
      id: `D${i + 10}`,
      group: 'saknas',
      number: i + 10,
      indicator: 1,
      text: 'Fråga?',
      scale: 'extent5',
      keyFigure: 'top2',
    }));
    const result = parseInstrument(file);
    expect(result.ok ? [] : result.problems).toHaveLength(51);
    expect(result.ok ? '' : result.problems[50]?.message).toMatch(/^och \d+ fel till$/);
  });

  it('throws InstrumentFileError from loadInstrument, naming the first problems', () => {
    const file = example();
    file.questions = [];
    expect(() => loadInstrument(file)).toThrow(InstrumentFileError);
    expect(() => loadInstrument(file)).toThrow(/questions/);
  });
});
