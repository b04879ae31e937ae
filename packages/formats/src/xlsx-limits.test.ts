/**
 * The attacks on the workbook import: a 10 MB XLSX that expands to 112 MB of XML ran 79 s
 * at 1.5 GB, and a 307 KB XLSX holding one 300 MB string ran at 2 GB. A workbook is now
 * measured as it is inflated, a chunk at a time, and refused past XLSX_MAX_EXPANDED bytes
 * or at a text longer than a cell may be, before anything is built from it.
 */
import { getInstrument } from '@indikera/instrument';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { MAX_CELL_CHARS } from './response-rows';
import { readResponsesXlsx } from './responses-xlsx';
import { XLSX_MAX_EXPANDED } from './xlsx-limits';

const nns = getInstrument('2021');

/** A workbook with `sheet` as its first sheet's XML, compressed. */
async function workbookWith(sheetXml: string): Promise<Uint8Array> {
  const { unzipSync } = await import('fflate');
  const real = unzipSync(await writeXlsxFile([['grupp'], ['styrelse']]).toBuffer());
  const sheet = Object.keys(real).find((name) => /worksheets\/sheet1\.xml$/.test(name));
  if (!sheet) throw new Error('no sheet in the workbook');
  return zipSync({ ...real, [sheet]: strToU8(sheetXml) }, { level: 1 });
}

describe('the limits of a workbook', () => {
  it('refuses a workbook that expands past the limit, without expanding it whole', {
    timeout: 60_000,
  }, async () => {
    const row = '<row><c t="inlineStr"><is><t>styrelse</t></is></c></row>';
    const xml = `<worksheet><sheetData>${row.repeat(Math.ceil((XLSX_MAX_EXPANDED + 1) / row.length))}</sheetData></worksheet>`;
    const bytes = await workbookWith(xml);
    expect(bytes.byteLength).toBeLessThan(2_000_000);
    const r = await readResponsesXlsx(bytes, nns);
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          line: 0,
          message: `filen packas upp till mer än ${XLSX_MAX_EXPANDED / 1024 / 1024} MB; dela upp den, eller spara den som CSV`,
        },
      ],
    });
  });

  it('refuses a workbook holding a text longer than a cell may be', async () => {
    const xml = `<worksheet><sheetData><row><c t="inlineStr"><is><t>${'x'.repeat(1_000_000)}</t></is></c></row></sheetData></worksheet>`;
    const r = await readResponsesXlsx(await workbookWith(xml), nns);
    expect(r).toEqual({
      ok: false,
      errors: [{ line: 0, message: `en cell har fler än ${MAX_CELL_CHARS} tecken` }],
    });
  });
});
