/**
 * @module
 * Writes the example data set: one synthetic förbund's answers for 2020 and 2021
 * (`pnpm examples`). Synthetic on purpose: the seed reports' local figures
 * contradict themselves, and real answers must never sit in a repository.
 */
import { writeFileSync } from 'node:fs';
import { writeResponsesCsv } from '@indikera/formats';
import { getInstrument } from '@indikera/instrument';
import { syntheticResponses } from '@indikera/synthetic';

const instrument = getInstrument('2021');
const insatser = ['Samverkansteam', 'Steget fram', 'Tidsam'];
const years = [
  // 2020: a weaker year with more chefer answering; 2021 as in a typical förbund.
  {
    year: 2020,
    seed: 20,
    shift: -0.06,
    delimiter: ',' as const,
    counts: {
      'deltagare-pagaende': 31,
      'deltagare-avslut': 26,
      personal: 17,
      chefer: 25,
      styrelse: 5,
    },
  },
  {
    year: 2021,
    seed: 21,
    shift: 0,
    delimiter: ';' as const,
    counts: {
      'deltagare-pagaende': 26,
      'deltagare-avslut': 26,
      personal: 17,
      chefer: 12,
      styrelse: 4,
    },
  },
];

for (const { year, seed, shift, delimiter, counts } of years) {
  const rows = syntheticResponses({ instrument, seed, year, shift, counts, insatser });
  const path = new URL(`../../examples/svar-${year}.csv`, import.meta.url);
  writeFileSync(path, writeResponsesCsv(rows, instrument, { delimiter }));
  console.log(`wrote ${path.pathname}`);
}
