/**
 * @module
 * The socialt bokslut as a table, one row per target in the seeds' order (målområde,
 * goal, target in words, result, verdict), written as CSV for Swedish Excel and as a
 * workbook. Every figure comes from the API's bokslut, disclosure control applied there.
 */
import type { TargetResult } from '@indikera/indicators';
import type { InstrumentVersion } from '@indikera/instrument';
import { toCsv } from './csv-write';
import { formulaSafe } from './formula-guard';
import type { TargetSpec } from './report-words';
import { targetResultText, targetText, targetVerdictText } from './report-words';

/** A target as the bokslut carries it (structurally the API's JSON). */
export type BokslutRowTarget = TargetSpec & {
  readonly goal: string;
  readonly result: TargetResult;
};

export interface BokslutRows {
  readonly malomraden: readonly {
    readonly name: string;
    readonly targets: readonly BokslutRowTarget[];
  }[];
}

export const bokslutColumns = ['Målområde', 'Mål', 'Indikator', 'Resultat', 'Bedömning'] as const;

export function bokslutRows(instrument: InstrumentVersion, bokslut: BokslutRows): string[][] {
  return bokslut.malomraden.flatMap((area) =>
    area.targets.map((t) => [
      area.name,
      t.goal,
      targetText(instrument, t),
      targetResultText(t.result, t.kind === 'manual' ? t.unit : ''),
      targetVerdictText(t.result),
    ]),
  );
}

/** For Swedish Excel: a byte-order mark and semicolons, like the report's CSV. */
export function writeBokslutCsv(instrument: InstrumentVersion, bokslut: BokslutRows): string {
  return `\uFEFF${toCsv([[...bokslutColumns], ...bokslutRows(instrument, bokslut)], ';')}`;
}

export async function writeBokslutXlsx(
  instrument: InstrumentVersion,
  bokslut: BokslutRows,
): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const widths = [20, 40, 70, 18, 14];
  return writeXlsxFile([
    {
      sheet: 'Socialt bokslut',
      data: [
        bokslutColumns.map((value) => ({ value, fontWeight: 'bold' as const })),
        ...bokslutRows(instrument, bokslut).map((row) =>
          row.map((value) => ({ value: formulaSafe(value), wrap: true })),
        ),
      ],
      columns: widths.map((width) => ({ width })),
      stickyRowsCount: 1,
    },
  ]).toBuffer();
}
