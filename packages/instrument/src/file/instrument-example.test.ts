import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInstrument } from './parse-instrument';

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('the small example of the instrument file in the README', () => {
  const readme = read('../../../../README.md');
  const section = readme.slice(readme.indexOf('## The instrument file'));
  const block = /```json\n([\s\S]*?)```/.exec(section)?.[1] ?? '';

  it('is the example file the tests read, and a valid instrument', () => {
    const fromReadme = JSON.parse(block) as unknown;
    expect(fromReadme).toEqual(JSON.parse(read('../../test-fixtures/instrument-example.json')));
    expect(parseInstrument(fromReadme).ok).toBe(true);
  });
});
