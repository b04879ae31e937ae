/**
 * @module
 * A workbook is a zip of XML files that may expand a hundredfold (a zip bomb), and may
 * hold one huge string. Before a workbook is read, each of its files is inflated a chunk
 * at a time and only measured: refused once all of them together pass
 * XLSX_MAX_EXPANDED bytes, or at a text between two tags longer than a cell may be. The
 * sizes the zip declares are not trusted; nothing is kept.
 */
import { Unzip, UnzipInflate } from 'fflate';
import type { LineError } from './line-error';
import { MAX_CELL_CHARS } from './response-rows';

/** The XML a workbook may expand to: about 40,000 full questionnaires. Larger: CSV. */
export const XLSX_MAX_EXPANDED = 50 * 1024 * 1024;
/** The bytes a cell's text may take in the XML: UTF-8 and entities such as `&amp;`. */
const MAX_TEXT_BYTES = MAX_CELL_CHARS * 6;
const LT = 0x3c;
const GT = 0x3e;

/** What is wrong with the workbook's size, or null when it may be read. */
export function checkXlsxSize(bytes: Uint8Array): LineError | null {
  let expanded = 0;
  let problem: LineError | null = null;
  const unzip = new Unzip((file) => {
    // Text runs are measured per file, across its chunks.
    let run = 0;
    file.ondata = (error, chunk) => {
      if (problem) return;
      if (error) {
        problem = { line: 0, message: 'filen är ingen läsbar Excel-fil (.xlsx)' };
        return;
      }
      expanded += chunk.byteLength;
      if (expanded > XLSX_MAX_EXPANDED) {
        problem = {
          line: 0,
          message: `filen packas upp till mer än ${XLSX_MAX_EXPANDED / 1024 / 1024} MB; dela upp den, eller spara den som CSV`,
        };
        file.terminate();
        return;
      }
      for (const byte of chunk) {
        if (byte === LT || byte === GT) run = 0;
        else if (++run > MAX_TEXT_BYTES) {
          problem = { line: 0, message: `en cell har fler än ${MAX_CELL_CHARS} tecken` };
          file.terminate();
          return;
        }
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const CHUNK = 64 * 1024;
  try {
    for (let at = 0; at < bytes.byteLength && !problem; at += CHUNK) {
      unzip.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.byteLength);
    }
  } catch {
    return { line: 0, message: 'filen är ingen läsbar Excel-fil (.xlsx)' };
  }
  return problem;
}
