/**
 * @module
 * The responses CSV of docs/responses-csv.md: one row per questionnaire, `grupp`, `kon`, `insats`,
 * `datum` and one column per question id. The rules live in `response-rows`, shared with
 * the spreadsheet import; this file only turns the text into rows.
 */
import type { InstrumentVersion } from '@indikera/instrument';
import { decodeUtf8, detectDelimiter, scanCsv } from './csv-parse';
import type { ReadResult } from './line-error';
import { type ImportedResponse, ResponseRowsReader } from './response-rows';

/**
 * Reads a responses CSV against an instrument version.
 * @example readResponsesCsv('grupp;kon;DP1\ndeltagare-pagaende;kvinna;5\n', nns2021)
 */
export function readResponsesCsv(
  input: string | Uint8Array,
  instrument: InstrumentVersion,
): ReadResult<ImportedResponse[]> {
  const decoded = decodeUtf8(input);
  if (!decoded.ok) return decoded;
  const reader = new ResponseRowsReader(instrument);
  const failure = scanCsv(decoded.value, detectDelimiter(decoded.value), (record) =>
    reader.add(record),
  );
  return reader.finish(failure);
}
