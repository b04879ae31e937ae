import { describe, expect, it } from 'vitest';
import { cleanName } from './name';

describe('cleanName', () => {
  it('normalises to NFC and trims spaces and invisible characters at the ends', () => {
    expect(cleanName('  A\u030Angström\u200B ')).toEqual({ ok: true, value: 'Ångström' });
    expect(cleanName('Café\u200DBar')).toEqual({ ok: true, value: 'Café\u200DBar' });
    expect(cleanName('Al\u200Bfa')).toEqual({ ok: true, value: 'Alfa' });
  });

  it('refuses control and direction characters, broken UTF-16 and invisible-only names', () => {
    for (const bad of ['a\u0000', 'a\nb', 'a\u202Eb', 'a\u2066b', 'a\uDC00', '\u200B\uFEFF', ''])
      expect(cleanName(bad).ok, JSON.stringify(bad)).toBe(false);
  });
});
