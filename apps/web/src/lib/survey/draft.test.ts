import { describe, expect, it } from 'vitest';
import { parseDraft } from './draft';

describe('parseDraft', () => {
  it('reads the answers of a questionnaire', () => {
    expect(parseDraft('{"q-DA1":"5","kon":"man","id":"x"}')).toEqual({
      'q-DA1': '5',
      kon: 'man',
      id: 'x',
    });
  });

  it('takes nothing that is not a draft', () => {
    expect(parseDraft(null)).toBeNull();
    expect(parseDraft('')).toBeNull();
    expect(parseDraft('not json')).toBeNull();
    expect(parseDraft('[1,2]')).toBeNull();
    expect(parseDraft('{"q-DA1":5}')).toBeNull();
    expect(parseDraft('{"password":"x"}')).toBeNull();
    expect(parseDraft(JSON.stringify({ 'q-DA1': 'x'.repeat(65) }))).toBeNull();
    expect(parseDraft(`{"kon":"${'x'.repeat(5000)}"}`)).toBeNull();
  });
});
