import { type AnswerValue, type Gender, nns2021, withLocalQuestions } from '@indikera/instrument';
import { describe, expect, it } from 'vitest';
import { buildReport } from './report';
import { isWithheld } from './report-types';
import { tallyResponses } from './tally';

// Umeå's own yes/no question on discrimination (seed 002), counted on nej.
const instrument = withLocalQuestions(nns2021, [
  {
    group: 'deltagare-avslut',
    number: 1,
    text: 'Har du blivit diskriminerad under tiden du varit i insatsen?',
    scale: 'yesno',
    positive: { answer: 'nej' },
  },
]);

function avslut(count: number, kon: Gender, answers: [string, AnswerValue][]) {
  return Array.from({ length: count }, () => ({
    group: 'deltagare-avslut',
    kon,
    answers: new Map(answers),
  }));
}

const tally = tallyResponses([
  ...avslut(45, 'kvinna', [
    ['DA8', 'nej'],
    ['LDA1', 'nej'],
  ]),
  ...avslut(45, 'man', [['LDA1', 'nej']]),
  ...avslut(4, 'man', [['LDA1', 'ja']]),
]);

describe('buildReport with local questions', () => {
  const report = buildReport({
    instrument,
    tally,
    previous: tally,
    riksnitt: new Map([['LDA1', { all: 50, kvinna: 50, man: 50 }]]),
  });
  const local = report.questions.find((q) => q.id === 'LDA1');

  it('gives a local question the same figures, marked local, without indicator', () => {
    if (!local || isWithheld(local)) throw new Error('LDA1 missing or withheld');
    expect(local).toMatchObject({ local: true, n: 94, positive: 90, share: (90 / 94) * 100 });
    expect(local.indicator).toBeUndefined();
    expect(local.distribution).toEqual({ ja: 4, nej: 90 });
    expect(local.byGender.kvinna).toMatchObject({ n: 45, positive: 45 });
  });

  it('never gives it a riksnitt or a comparison with an earlier round', () => {
    if (!local || isWithheld(local)) throw new Error('LDA1 missing or withheld');
    expect(local.riksnitt).toBeNull();
    expect(local.vsRiksnitt).toBeNull();
    expect(local.previous).toBeNull();
    expect(local.trend).toBeNull();
  });

  it('leaves the indicator verdicts to the NNS questions', () => {
    expect(report.indicators.map((i) => i.indicator)).toEqual(
      nns2021.indicators.map((i) => i.number),
    );
  });

  it('applies the same disclosure control as to an NNS question the same people answered', () => {
    for (const count of [3, 7]) {
      const same = buildReport({
        instrument,
        insats: 'Steget',
        tally: tallyResponses(
          avslut(count, 'kvinna', [
            ['DA8', 'nej'],
            ['LDA1', 'nej'],
          ]).map((r) => ({ ...r, insats: 'Steget' })),
        ),
      });
      // What disclosure control decides: withheld or not, n, and which gender cells show.
      const figures = (id: string) => {
        const q = same.questions.find((x) => x.id === id);
        if (!q || isWithheld(q)) return q && 'withheld';
        return {
          n: q.n,
          distribution: q.distribution,
          byGender: Object.values(q.byGender).map((c) => 'suppressed' in c),
        };
      };
      expect(figures('LDA1')).toEqual(figures('DA8'));
    }
  });
});
