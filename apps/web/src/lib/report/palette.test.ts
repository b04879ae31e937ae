import { describe, expect, it } from 'vitest';
import { contrast, paletteFor } from './palette';

describe('paletteFor', () => {
  it('gives a scale of 2 to 11 options exactly one distinct colour per option', () => {
    for (let options = 2; options <= 11; options++) {
      const swatches = paletteFor(options);
      expect(swatches, `${options} options`).toHaveLength(options);
      expect(new Set(swatches.map((s) => s.fill)).size, `${options} options`).toBe(options);
    }
  });

  it('prints every count on its bar with at least 4.5:1 contrast', () => {
    for (let options = 2; options <= 11; options++) {
      for (const swatch of paletteFor(options)) {
        expect(contrast(swatch.fill, swatch.text), swatch.fill).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('keeps the 2021 colours: orange to purple on six steps, the two ends on yes/no', () => {
    expect(paletteFor(6).map((s) => s.fill)).toEqual([
      '#b35806',
      '#f1a340',
      '#fee0b6',
      '#b2abd2',
      '#998ec3',
      '#542788',
    ]);
    expect(paletteFor(2).map((s) => s.fill)).toEqual(['#b35806', '#542788']);
  });

  it('runs from orange (low) to purple (high) on five steps too', () => {
    const five = paletteFor(5).map((s) => s.fill);
    expect(five[0]).toBe('#e66101');
    expect(five[4]).toBe('#5e3c99');
  });
});
