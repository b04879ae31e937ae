/**
 * @module
 * The example förbund of the demo and the example files: three insatser and two years,
 * 2020 weaker and with more chefer answering, 2021 as in a typical förbund (the seed
 * report's response counts).
 */

export const exampleInsatser: readonly string[] = ['Samverkansteam', 'Steget fram', 'Tidsam'];

export interface ExampleYear {
  readonly year: number;
  readonly seed: number;
  /** Shift of every question's positive level (negative: a weaker year). */
  readonly shift: number;
  readonly counts: Readonly<Record<string, number>>;
}

export const exampleYears: readonly ExampleYear[] = [
  {
    year: 2020,
    seed: 20,
    shift: -0.06,
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
    counts: {
      'deltagare-pagaende': 26,
      'deltagare-avslut': 26,
      personal: 17,
      chefer: 12,
      styrelse: 4,
    },
  },
];
