/**
 * A report that compares with the installation's pooled figures (no riksnitt loaded for
 * its year) says so in every format that shows riksnitt: no heading or verdict may read
 * as the official riksnitt.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { writeReportCsv } from './report-csv';
import { writeReportCsvExcel } from './report-csv-excel';
import { nns, report } from './report-fixture';
import { writeReportPdf } from './report-pdf';
import { comparedWith, INSTALLATION_AVERAGE_NOTE } from './report-words';
import { writeReportXlsx } from './report-xlsx';

const pooled = { ...report, riksnittSource: 'installation' as const };
const official = /riksnitt|riket/i;

describe('comparedWith', () => {
  it('says riksnitt and riket as installationens snitt, only for the pooled figures', () => {
    expect(comparedWith('Jämfört med riket', 'installation')).toBe(
      'Jämfört med installationens snitt',
    );
    expect(comparedWith('Riksnitt kvinnor %', 'installation')).toBe(
      'Installationens snitt kvinnor %',
    );
    expect(comparedWith('jamfort_med_riksnitt', 'installation')).toBe(
      'jamfort_med_installationens_snitt',
    );
    expect(comparedWith('Högre än riket', undefined)).toBe('Högre än riket');
  });
});

describe('a report compared with the installation average', () => {
  it('labels the Excel CSV and the CSV for scripts', () => {
    const excel = writeReportCsvExcel(pooled, nns).split('\r\n');
    expect(excel[0]).toContain('Installationens snitt %');
    expect(excel.join('\n')).not.toMatch(official);
    const raw = writeReportCsv(pooled).split('\r\n')[0] ?? '';
    expect(raw).toContain('installationens_snitt,installationens_snitt_kvinnor');
    expect(raw).not.toMatch(official);
    expect(writeReportCsv(report).split('\r\n')[0]).toContain('riksnitt,riksnitt_kvinnor');
  });

  it('labels the workbook', async () => {
    const sheets = await readXlsxFile(Buffer.from(await writeReportXlsx(pooled, nns)));
    const text = JSON.stringify(sheets);
    expect(text).toContain('Installationens snitt kvinnor');
    expect(text).not.toMatch(official);
  });

  it('labels the PDF and explains the figure', async () => {
    const pdf = await writeReportPdf(pooled, nns, {
      forbund: 'Samordningsförbundet Älvdalen',
      round: 'Mätning 2021',
      madeOn: '2026-12-03',
      threshold: 6,
    });
    const doc = await getDocument({ data: pdf, useSystemFonts: false, verbosity: 0 }).promise;
    let text = '';
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      text += ` ${content.items.map((i) => ('str' in i ? i.str : '')).join(' ')}`;
    }
    text = text.replace(/\s+/g, ' ');
    expect(text).toContain('Högre än installationens snitt');
    expect(text).toContain(INSTALLATION_AVERAGE_NOTE.slice(0, 40));
    expect(text.replace(INSTALLATION_AVERAGE_NOTE, '')).not.toMatch(/riket\b|Riksnitt\b/);
  });
});
