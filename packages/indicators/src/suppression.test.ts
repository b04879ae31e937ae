import { describe, expect, it } from 'vitest';
import { suppressedGenders } from './suppression';

const hidden = (kvinna: number, man: number, annat: number, threshold?: number) =>
  [...suppressedGenders({ kvinna, man, annat }, threshold)].sort();

describe('suppressedGenders', () => {
  it('publishes every cell with at least 6 answers', () => {
    expect(hidden(6, 6, 6)).toEqual([]);
    expect(hidden(14, 12, 0)).toEqual(['annat']);
  });

  it('hides cells below 6, and nothing more when the hidden cells hold no answers', () => {
    expect(hidden(20, 0, 0)).toEqual(['annat', 'man']);
  });

  it('hides the smallest published cell when subtraction would reveal a hidden one', () => {
    // The worked example: annat = 1 would follow from 26 − 14 − 11.
    expect(hidden(14, 11, 1)).toEqual(['annat', 'man']);
    // 29 answered: annat = 29 − 20 − 7 = 2 unless man is hidden too.
    expect(hidden(20, 7, 2)).toEqual(['annat', 'man']);
    // man and annat hold 5 together: kvinna would reveal their sum.
    expect(hidden(10, 2, 3)).toEqual(['annat', 'kvinna', 'man']);
  });

  it('needs no second step when the hidden cells hold 6 or more together', () => {
    expect(hidden(30, 3, 3)).toEqual(['annat', 'man']);
    expect(hidden(40, 5, 5)).toEqual(['annat', 'man']);
  });

  it('on a tie hides the first of kvinna, man, annat', () => {
    expect(hidden(10, 10, 2)).toEqual(['annat', 'kvinna']);
  });

  it('takes the threshold as a parameter', () => {
    expect(hidden(14, 11, 3, 3)).toEqual([]);
    expect(hidden(14, 11, 1, 3)).toEqual(['annat', 'man']);
    expect(hidden(4, 3, 2, 3)).toEqual(['annat', 'man']);
    expect(hidden(14, 11, 1, 12)).toEqual(['annat', 'man']); // hidden hold 12: safe
    expect(hidden(14, 5, 1, 12)).toEqual(['annat', 'kvinna', 'man']);
  });
});
