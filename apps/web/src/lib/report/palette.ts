/**
 * @module
 * Colours of the distribution bars: ColorBrewer's diverging PuOr, safe for the common
 * colour-vision deficiencies, orange for the low options and purple for the high. Each
 * fill has a text colour beside it with at least 4.5:1 contrast for the count printed on
 * it. Colour never carries a figure alone: the bar's name and its table do.
 */

export interface Swatch {
  readonly fill: string;
  readonly text: string;
}

const INK = '#1b1f24';
const WHITE = '#ffffff';

/**
 * PuOr 6-class, lowest option first, with the pale purple of its 5-class sibling for the
 * fourth option: the 6-class #d8daeb was 1.09:1 against #fee0b6 in greyscale, so Ibland
 * and Ofta merged on a black-and-white print.
 */
const sixSteps: readonly Swatch[] = [
  { fill: '#b35806', text: WHITE },
  { fill: '#f1a340', text: INK },
  { fill: '#fee0b6', text: INK },
  { fill: '#b2abd2', text: INK },
  { fill: '#998ec3', text: INK },
  { fill: '#542788', text: WHITE },
];

/** Nej then ja: the two ends of the same palette. */
const twoSteps: readonly Swatch[] = [
  { fill: '#b35806', text: WHITE },
  { fill: '#542788', text: WHITE },
];

export function paletteFor(options: number): readonly Swatch[] {
  return options === 2 ? twoSteps : sixSteps;
}
