import { describe, expect, it } from 'vitest';
import { NewPassword, passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it.each([
    'aaaaaaaaaa',
    '          ',
    '1234567890',
    'qwertyuiop',
    'abcdefghij',
    'password123',
    'hunter2hunter2',
  ])('refuses the trivial or common %j', (password) => {
    expect(passwordProblem(password)).toMatch(/för vanligt/);
  });

  it('refuses fewer than ten characters, counted as characters, not UTF-16 units', () => {
    expect(passwordProblem('kort-ord')).toBe('minst 10 tecken');
    expect(passwordProblem('😀'.repeat(9))).toBe('minst 10 tecken');
  });

  it('refuses the name of the product and the person’s own e-mail address', () => {
    expect(passwordProblem('indikera2026')).toMatch(/för vanligt/);
    expect(passwordProblem('anna.andersson', ['anna.andersson@norr.se', 'Anna Andersson'])).toMatch(
      /för vanligt/,
    );
  });

  it('accepts a phrase of a few words', () => {
    expect(passwordProblem('kvadrat-lampa-45')).toBeNull();
    expect(passwordProblem('korrekt häst batteri')).toBeNull();
  });

  it('names the problem as a zod issue', () => {
    const result = NewPassword.safeParse('aaaaaaaaaa');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/för vanligt/);
  });
});
