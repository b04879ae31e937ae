/**
 * @module
 * Colours of the distribution bars: ColorBrewer's diverging PuOr, safe for the common
 * colour-vision deficiencies, orange for the low options and purple for the high. Each
 * fill has a text colour beside it with at least 4.5:1 contrast for the count printed on
 * it. Colour never carries a figure alone: the bar's name and its table do. Scales of 2–11
 * options each get their own PuOr class (d3-scale-chromatic holds ColorBrewer's schemes).
 */
import { schemePuOr } from 'd3-scale-chromatic';

export interface Swatch {
  readonly fill: string;
  readonly text: string;
}

const INK = '#1b1f24';
const WHITE = '#ffffff';
const BLACK = '#000000';

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

/** WCAG relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours (1–21). */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** White or ink, whichever reads better; pure black where a mid purple leaves both under 4.5:1. */
function legibleText(fill: string): string {
  const best = contrast(fill, WHITE) >= contrast(fill, INK) ? WHITE : INK;
  return contrast(fill, best) >= 4.5 ? best : BLACK;
}

/** PuOr with `options` classes (ColorBrewer has 3–11), each with its more legible text. */
function brewed(options: number): readonly Swatch[] {
  // d3 lists PuOr from purple to orange; the options run from low (orange) to high.
  const scheme = [...(schemePuOr[options] ?? [])].reverse();
  return scheme.map((fill) => ({
    fill,
    text: legibleText(fill),
  }));
}

/** The swatches of a scale with `options` options (2–11), lowest option first. */
export function paletteFor(options: number): readonly Swatch[] {
  if (options === 2) return twoSteps;
  if (options === 6) return sixSteps;
  return brewed(Math.min(Math.max(options, 3), 11));
}
