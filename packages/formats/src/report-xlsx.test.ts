import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { nns, report } from './report-fixture';
import { writeReportXlsx } from './report-xlsx';

const workbook = async () => readXlsxFile(Buffer.from(await writeReportXlsx(report, nns)));
type Sheets = Awaited<ReturnType<typeof workbook>>;
const rowsOf = (sheets: Sheets, name: string) => sheets.find((s) => s.sheet === name)?.data ?? [];
/** The row of `sheet` whose column `key` holds `value`, as title → cell. */
const rowOf = (sheets: Sheets, name: string, key: string, value: unknown) => {
  const [header = [], ...rows] = rowsOf(sheets, name);
  const at = header.indexOf(key);
  const row = rows.find((r) => r[at] === value) ?? [];
  return Object.fromEntries(header.map((h, i) => [String(h), row[i] ?? null]));
};

describe('writeReportXlsx', () => {
  it('writes the sheets Svar, Frågor and Indikatorer with Swedish headers', async () => {
    const sheets = await workbook();
    expect(sheets.map((s) => s.sheet)).toEqual(['Svar', 'Frågor', 'Indikatorer']);
    expect(rowsOf(sheets, 'Svar')[0]).toEqual([
      'Respondentgrupp',
      'Inkomna svar',
      'Kvinnor',
      'Män',
      'Annat/ej uppgivet',
      'Tillfrågade',
      'Svarsfrekvens %',
    ]);
    expect(rowsOf(sheets, 'Frågor')[0]).toEqual([
      'Indikator',
      'Fråga',
      'Frågetext',
      'Grupp',
      'Nyckeltal',
      'n',
      'Positiva',
      'Andel %',
      'KI 95 % låg',
      'KI 95 % hög',
      'Typvärde',
      'Kvinnor n',
      'Kvinnor %',
      'Män n',
      'Män %',
      'Annat n',
      'Annat %',
      'Riksnitt',
      'Riksnitt kvinnor',
      'Riksnitt män',
      'Jämfört med riket',
      'Förra året n',
      'Förra året %',
      'Trend',
    ]);
    expect(rowsOf(sheets, 'Indikatorer')[0]).toEqual([
      'Indikator',
      'Text',
      'Jämfört med riket',
      'Jämfört med förra året',
    ]);
  });

  it('keeps figures as numbers and words in Swedish', async () => {
    const sheets = await workbook();
    expect(rowOf(sheets, 'Svar', 'Respondentgrupp', 'Personal i insatserna')).toEqual({
      Respondentgrupp: 'Personal i insatserna',
      'Inkomna svar': 16,
      Kvinnor: 8,
      Män: 7,
      'Annat/ej uppgivet': 1,
      Tillfrågade: 20,
      'Svarsfrekvens %': 80,
    });
    expect(rowOf(sheets, 'Svar', 'Respondentgrupp', 'Styrelse')).toMatchObject({
      Tillfrågade: null,
      'Svarsfrekvens %': null,
    });
    const p1 = rowOf(sheets, 'Frågor', 'Fråga', 'P1');
    expect(p1).toMatchObject({
      Indikator: 3,
      Frågetext: 'Får stödet som ni ger ta den tid som behövs?',
      Grupp: 'Personal i insatserna',
      Nyckeltal: 'Klart positiva svar',
      n: 16,
      Positiva: 11,
      'Andel %': (100 * 11) / 16,
      Typvärde: 'Alltid',
      'Kvinnor n': 8,
      'Kvinnor %': (100 * 5) / 8,
      Riksnitt: 60,
      'Riksnitt män': 55.5,
      'Jämfört med riket': 'Högre än riket',
      'Förra året n': 10,
      'Förra året %': 30,
      Trend: '↑ Högre än förra året',
    });
    expect(p1['KI 95 % låg']).toBeCloseTo(44.4, 1);
    expect(rowOf(sheets, 'Indikatorer', 'Indikator', 3)).toMatchObject({
      'Jämfört med riket': 'Högre än riket',
      'Jämfört med förra året': '↑ Högre än förra året',
    });
    expect(rowOf(sheets, 'Indikatorer', 'Indikator', 12)).toMatchObject({
      'Jämfört med riket': 'Lägre än riket',
      'Jämfört med förra året': null,
    });
  });

  it('writes suppressed gender cells as – and lets nothing of them out', async () => {
    const sheets = await workbook();
    const p1 = rowOf(sheets, 'Frågor', 'Fråga', 'P1');
    expect([p1['Män n'], p1['Män %'], p1['Annat n'], p1['Annat %']]).toEqual(['–', '–', '–', '–']);
    // The hidden cells: seven men (5 positive, 71.4 %) and one other (100 %).
    for (const hidden of [7, 1, (100 * 5) / 7, 100])
      expect(Object.values(p1)).not.toContain(hidden);
    const s1 = rowOf(sheets, 'Frågor', 'Fråga', 'S1');
    expect(
      ['Kvinnor n', 'Kvinnor %', 'Män n', 'Män %', 'Annat n', 'Annat %'].map((k) => s1[k]),
    ).toEqual(['–', '–', '–', '–', '–', '–']);
    // Seven women (4 top-2 answers), two men (1).
    for (const hidden of [7, 2, (100 * 4) / 7, 50]) expect(Object.values(s1)).not.toContain(hidden);
  });
});
