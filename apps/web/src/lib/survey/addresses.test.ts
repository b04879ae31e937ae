import { describe, expect, it } from 'vitest';
import { actionQuery, idleOf, kioskHome, surveyQuery } from './addresses';

describe('survey addresses', () => {
  it('reads a sensible idle time and nothing else', () => {
    expect(idleOf(new URL('http://x/s/t?idle=60'))).toBe(60);
    expect(idleOf(new URL('http://x/s/t'))).toBeNull();
    expect(idleOf(new URL('http://x/s/t?idle=2'))).toBeNull();
    expect(idleOf(new URL('http://x/s/t?idle=1.5'))).toBeNull();
    expect(idleOf(new URL('http://x/s/t?idle=abc'))).toBeNull();
    expect(idleOf(new URL('http://x/s/t?idle=99999'))).toBeNull();
  });

  it('keeps the language and idle time in every address', () => {
    expect(surveyQuery('sv', null)).toBe('');
    expect(surveyQuery('en', 60, 'fragor')).toBe('?steg=fragor&lang=en&idle=60');
    expect(actionQuery('review', 'sv', null)).toBe('?/review');
    expect(actionQuery('review', 'en', 5)).toBe('?/review&lang=en&idle=5');
  });

  it('starts the next person on a kiosk in Swedish with the tablet’s idle time', () => {
    expect(kioskHome('abc', 60)).toBe('/s/abc?idle=60');
    expect(kioskHome('abc', null)).toBe('/s/abc');
  });
});
