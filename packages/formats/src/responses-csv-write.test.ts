import { getInstrument } from '@indikera/instrument';
import { describe, expect, it } from 'vitest';
import { readResponsesCsv } from './responses-csv';
import { writeResponsesCsv } from './responses-csv-write';

const nns = getInstrument('2021');

describe('writeResponsesCsv', () => {
  it('writes what readResponsesCsv reads back unchanged', () => {
    const rows = [
      {
        group: 'deltagare-avslut',
        kon: 'man' as const,
        insats: 'Steget fram; Piteå',
        datum: '2021-05-01',
        answers: new Map<string, 'ja' | number>([
          ['DA1', 6],
          ['DA8', 'ja'],
          ['DA9', 2],
        ]),
      },
      { group: 'styrelse', kon: null, insats: null, datum: null, answers: new Map([['S2', 4]]) },
    ];
    for (const delimiter of [',', ';'] as const) {
      const csv = writeResponsesCsv(rows, nns, { delimiter });
      const back = readResponsesCsv(csv, nns);
      expect(back.ok && back.value.map(({ line: _line, ...r }) => r)).toEqual(rows);
    }
  });
});
