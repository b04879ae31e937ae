import { describe, expect, it } from 'vitest';
import { typvarde } from './typvarde';

describe('typvarde', () => {
  it('is the most common option', () => {
    expect(typvarde({ '1': 0, '2': 1, '3': 1, '4': 3, '5': 8, '6': 12 })).toEqual(['6']);
    expect(typvarde({ ja: 3, nej: 9 })).toEqual(['nej']);
  });

  it('lists every tied option in scale order', () => {
    expect(typvarde({ '1': 4, '2': 0, '3': 1, '4': 4, '5': 0, '6': 4 })).toEqual(['1', '4', '6']);
    expect(typvarde({ ja: 5, nej: 5 })).toEqual(['ja', 'nej']);
  });

  it('is empty when nobody answered', () => {
    expect(typvarde({ '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '6': 0 })).toEqual([]);
  });
});
