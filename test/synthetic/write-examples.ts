/**
 * @module
 * Writes the example data set: the example förbund's answers for 2020 and 2021
 * (`pnpm examples`). Synthetic on purpose: the seed reports' local figures contradict
 * themselves, and real answers must never sit in a repository.
 */
import { writeFileSync } from 'node:fs';
import { writeResponsesCsv } from '@indikera/formats';
import { getInstrument } from '@indikera/instrument';
import { exampleInsatser, exampleYears, syntheticResponses } from '@indikera/synthetic';

const instrument = getInstrument('2021');

for (const { year, seed, shift, counts } of exampleYears) {
  const rows = syntheticResponses({
    instrument,
    seed,
    year,
    shift,
    counts,
    insatser: exampleInsatser,
  });
  const path = new URL(`../../examples/svar-${year}.csv`, import.meta.url);
  // One file as Swedish Excel writes it (semicolons), one with commas: both are read.
  writeFileSync(
    path,
    writeResponsesCsv(rows, instrument, { delimiter: year % 2 === 0 ? ',' : ';' }),
  );
  console.log(`wrote ${path.pathname}`);
}
