import { getInstrument } from '@indikera/instrument';
import { describe, expect, it } from 'vitest';
import { formatLineError } from './line-error';
import { readResponsesCsv } from './responses-csv';

const nns = getInstrument('2021');
const errorsOf = (text: string) => {
  const r = readResponsesCsv(text, nns);
  return r.ok ? [] : r.errors.map(formatLineError);
};

describe('readResponsesCsv', () => {
  it('reads rows with any subset of questions in any order, case-insensitive headers', () => {
    const r = readResponsesCsv(
      'Grupp;KON;insats;datum;da8;DA9;DA1\n' +
        'deltagare-avslut;kvinna;Steget fram;2021-03-04;JA;5;6\n' +
        'deltagare-avslut;;;;nej;;\n',
      nns,
    );
    expect(r).toEqual({
      ok: true,
      value: [
        {
          line: 2,
          group: 'deltagare-avslut',
          kon: 'kvinna',
          insats: 'Steget fram',
          datum: '2021-03-04',
          answers: new Map<string, unknown>([
            ['DA8', 'ja'],
            ['DA9', 5],
            ['DA1', 6],
          ]),
        },
        {
          line: 3,
          group: 'deltagare-avslut',
          kon: null,
          insats: null,
          datum: null,
          answers: new Map([['DA8', 'nej']]),
        },
      ],
    });
  });

  it('reports every invalid row and cell as line N: column X: reason', () => {
    const errors = errorsOf(
      [
        'grupp,kon,datum,DP1,DA8,DA9,P1',
        'deltagare-pagaende,kvinna,2021-01-01,5,,,', // valid
        ',kvinna,,5,,,', // grupp missing
        'remittenter,,,,,,', // unknown group
        'deltagare-pagaende,okänd,,7,,,', // bad kön, out of scale
        'deltagare-avslut,,,,nej,4,', // DA9 without DA8 = ja
        'deltagare-avslut,,,,,,3', // another group's question
        'personal,,2021-02-30,,,,3', // not a real date
        'deltagare-avslut,man,,,kanske,,', // yes/no out of scale
      ].join('\n'),
    );
    expect(errors).toEqual([
      'line 3: column grupp: saknas',
      expect.stringMatching(/^line 4: column grupp: okänd respondentgrupp "remittenter"/),
      expect.stringMatching(/^line 5: column kon: ogiltigt kön/),
      expect.stringMatching(/^line 5: column DP1: "7" finns inte på skalan/),
      expect.stringMatching(/^line 6: column DA9: besvaras bara när DA8 är ja/),
      expect.stringMatching(/^line 7: column P1: frågan hör till gruppen personal/),
      expect.stringMatching(/^line 8: column datum: "2021-02-30" är inget datum/),
      expect.stringMatching(/^line 9: column DA8: "kanske" finns inte på skalan/),
    ]);
  });

  it('refuses unknown, duplicate and missing columns in the header', () => {
    expect(errorsOf('grupp,DP1,namn,dp1\n')).toEqual([
      expect.stringMatching(/^line 1: column namn: okänd kolumn/),
      'line 1: column dp1: kolumnen finns mer än en gång',
    ]);
    expect(errorsOf('kon,DP1\nkvinna,5\n')).toEqual(['line 1: column grupp: kolumnen saknas']);
  });

  it('refuses a row with the wrong number of fields', () => {
    expect(errorsOf('grupp,DP1\ndeltagare-pagaende,5,6\n')).toEqual([
      'line 2: raden har 3 fält men rubrikraden 2',
    ]);
  });

  it('accepts nothing from a file with one bad row', () => {
    const r = readResponsesCsv('grupp,P1\npersonal,5\npersonal,9\npersonal,4\n', nns);
    expect(r.ok).toBe(false);
    expect('value' in r).toBe(false);
  });
});
