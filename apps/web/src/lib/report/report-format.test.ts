import type { QuestionFigures } from '@indikera/indicators';
import { findQuestion, nns2021 } from '@indikera/instrument';
import { describe, expect, it } from 'vitest';
import { distributionSegments, genderText, intervalText, isUncertain } from './report-format';

const figures = (over: Partial<QuestionFigures> = {}): QuestionFigures => ({
  id: 'DA1',
  group: 'deltagare-avslut',
  indicator: 1,
  keyFigure: 'top2',
  n: 20,
  distribution: { '1': 1, '5': 9, '6': 10 },
  positive: 19,
  share: 95,
  ci95: [76.4, 99.1],
  typvarde: ['6'],
  byGender: {
    kvinna: { suppressed: true },
    man: { suppressed: true },
    annat: { suppressed: true },
  },
  riksnitt: null,
  vsRiksnitt: null,
  previous: null,
  trend: null,
  ...over,
});

describe('report-format', () => {
  it('writes a gender cell as its printed share, the dash when suppressed, nothing when absent', () => {
    expect(genderText({ n: 8, positive: 6, share: 75 })).toBe('75 %');
    expect(genderText({ suppressed: true })).toBe('–');
    expect(genderText(undefined)).toBe('');
  });

  it('writes the interval rounded, and nothing without one', () => {
    expect(intervalText([41.4, 88.6])).toBe('41–89 %');
    expect(intervalText(null)).toBe('');
  });

  it('marks a share uncertain under ten answers or without a share', () => {
    expect(isUncertain(figures())).toBe(false);
    expect(isUncertain(figures({ n: 9 }))).toBe(true);
    expect(isUncertain(figures({ share: null }))).toBe(true);
  });

  it('orders a six-point scale upwards and yes/no with ja at the right end', () => {
    const six = distributionSegments(nns2021, findQuestion(nns2021, 'DA1'), figures());
    expect(six.map((s) => s.count)).toEqual([1, 0, 0, 0, 9, 10]);
    const yesno = distributionSegments(
      nns2021,
      findQuestion(nns2021, 'DA8'),
      figures({ id: 'DA8', distribution: { ja: 3, nej: 2 } }),
    );
    expect(yesno.map((s) => [s.code, s.count])).toEqual([
      ['nej', 2],
      ['ja', 3],
    ]);
  });

  it('keeps the distribution’s own codes for a question the instrument does not know', () => {
    const segments = distributionSegments(nns2021, undefined, figures());
    expect(segments.map((s) => s.label)).toEqual(['1', '5', '6']);
  });
});
