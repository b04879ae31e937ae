import { getInstrument } from '@indikera/instrument';
import { describe, expect, it } from 'vitest';
import { bokslutRows, writeBokslutCsv } from './bokslut-rows';
import { manualTargetText, questionTargetText, targetResultText } from './report-words';

const nns = getInstrument('2021');

describe('a target in words', () => {
  it('names the question once for several groups, and the options as the scale says them', () => {
    expect(
      questionTargetText(nns, { questions: ['DA5'], options: ['4', '5', '6'], share: 80 }),
    ).toBe(
      '80 % av dem som svarat på frågan ”Har det stöd du fått hjälpt dig att utveckla sätt att hantera din situation?” anger som svar: till stor del, till mycket stor del eller helt och hållet',
    );
    const both = questionTargetText(nns, {
      questions: ['DA1', 'DP1'],
      options: ['6'],
      share: 75.5,
    });
    expect(both).toBe(
      '75,5 % av dem som svarat på frågorna ”Har du fått stöd på ett sätt som är till stor nytta för dig?” och ”Får du stödet på ett sätt som är till stor nytta för dig?” anger som svar: alltid',
    );
  });

  it('says a figure entered by hand with its bound and unit, in Swedish numbers', () => {
    const sjukdagar = {
      statement: 'Antalet sjukdagar per försäkrad',
      value: 9,
      unit: 'sjukdagar',
      direction: 'atMost',
    } as const;
    expect(manualTargetText(sjukdagar)).toBe(
      'Antalet sjukdagar per försäkrad (mål: högst 9 sjukdagar)',
    );
    expect(targetResultText({ kind: 'manual', outcome: 9.25, verdict: 'near' }, 'sjukdagar')).toBe(
      '9,25 sjukdagar',
    );
    expect(targetResultText({ kind: 'manual', outcome: null, verdict: null })).toBe(
      'Utfall saknas',
    );
  });
});

describe('the bokslut as a table', () => {
  const bokslut = {
    malomraden: [
      {
        name: 'Deltagarnytta',
        targets: [
          {
            kind: 'question' as const,
            goal: '=HYPERLINK("http://x")',
            questions: ['DA1'],
            options: ['4', '5', '6'],
            share: 80,
            result: {
              kind: 'question' as const,
              n: 95,
              positive: 63,
              share: 66,
              verdict: 'notMet' as const,
            },
          },
          {
            kind: 'question' as const,
            goal: '',
            questions: ['DA8'],
            options: ['nej'],
            share: 100,
            result: { kind: 'question' as const, withheld: true as const },
          },
        ],
      },
    ],
  };

  it('writes a row per target with result and verdict, withheld figures said so', () => {
    const rows = bokslutRows(nns, bokslut);
    expect(rows.map((r) => r.slice(3))).toEqual([
      ['66 % (63/95)', 'Ej uppfyllt'],
      ['för få svar för att visa', ''],
    ]);
  });

  it('neutralises a cell a spreadsheet would run as a formula', () => {
    expect(writeBokslutCsv(nns, bokslut)).toContain(`Deltagarnytta;"'=HYPERLINK(""http://x"")";`);
  });
});
