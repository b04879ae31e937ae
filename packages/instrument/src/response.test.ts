import { describe, expect, it } from 'vitest';
import { parseAnswerText } from './answer';
import { validateResponse } from './response';
import { findQuestion, getInstrument } from './versions';

const nns = getInstrument('2021');
const codes = (r: ReturnType<typeof validateResponse>) =>
  r.ok ? [] : r.problems.map((p) => [p.field, p.code]);

describe('validateResponse', () => {
  it('accepts a complete deltagare-avslut response with DA8 = ja', () => {
    const r = validateResponse(nns, {
      group: 'deltagare-avslut',
      kon: 'kvinna',
      answers: new Map<string, unknown>([
        ['DA1', 5],
        ['DA8', 'ja'],
        ['DA9', 4],
        ['DA10', 6],
      ]),
    });
    expect(r.ok).toBe(true);
  });

  it('accepts an empty response: every question may be skipped', () => {
    expect(validateResponse(nns, { group: 'styrelse', kon: null, answers: new Map() }).ok).toBe(
      true,
    );
  });

  it('names every problem by field', () => {
    const r = validateResponse(nns, {
      group: 'deltagare-avslut',
      kon: 'okänd',
      answers: new Map<string, unknown>([
        ['X1', 3],
        ['P1', 3],
        ['DA1', 7],
        ['DA2', '5'],
        ['DA4', 'kanske'],
        ['DA9', 5],
        ['__proto__', 1],
      ]),
    });
    expect(codes(r)).toEqual([
      ['kon', 'invalid-gender'],
      ['X1', 'unknown-question'],
      ['P1', 'other-group'],
      ['DA1', 'out-of-scale'],
      ['DA2', 'out-of-scale'],
      ['DA4', 'out-of-scale'],
      ['DA9', 'condition-not-met'],
      ['__proto__', 'unknown-question'],
    ]);
  });

  it('refuses DA10 when DA8 is nej, and an unknown group', () => {
    const r = validateResponse(nns, {
      group: 'deltagare-avslut',
      kon: null,
      answers: new Map<string, unknown>([
        ['DA8', 'nej'],
        ['DA10', 5],
      ]),
    });
    expect(codes(r)).toEqual([['DA10', 'condition-not-met']]);
    expect(
      codes(validateResponse(nns, { group: 'remittenter', kon: null, answers: new Map() })),
    ).toEqual([['grupp', 'unknown-group']]);
  });
});

describe('parseAnswerText', () => {
  const da1 = findQuestion(nns, 'DA1');
  const da8 = findQuestion(nns, 'DA8');
  it('reads 1–6 and ja/nej in any case, empty as not answered', () => {
    if (!da1 || !da8) throw new Error('instrument');
    expect(parseAnswerText(nns, da1, ' 6 ')).toBe(6);
    expect(parseAnswerText(nns, da1, '')).toBeNull();
    expect(parseAnswerText(nns, da8, 'JA')).toBe('ja');
    expect(parseAnswerText(nns, da8, 'Nej')).toBe('nej');
  });
  it('refuses what is not on the scale', () => {
    if (!da1 || !da8) throw new Error('instrument');
    for (const bad of ['0', '7', '5.0', '5,0', 'fem', '-1', '1e0']) {
      expect(parseAnswerText(nns, da1, bad), bad).toBeUndefined();
    }
    expect(parseAnswerText(nns, da8, '1')).toBeUndefined();
  });
});
