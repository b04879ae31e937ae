import { describe, expect, it } from 'vitest';
import { shortText, shownValue } from './shown';

describe('shownValue', () => {
  it('repeats short values as they are, and cuts long ones to 40 characters', () => {
    expect(shownValue('kvinna')).toBe('"kvinna"');
    expect(shownValue(7)).toBe('7');
    expect(shownValue('x'.repeat(1000))).toBe(`"${'x'.repeat(40)}…"`);
    expect(shownValue(['y'.repeat(1000)])).toBe(`["${'y'.repeat(38)}…`);
    expect(shortText('abc')).toBe('abc');
  });
});
