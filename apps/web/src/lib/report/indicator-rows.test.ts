import type { QuestionFigures, WithheldQuestion } from '@indikera/indicators';
import { nns2021 } from '@indikera/instrument';
import { describe, expect, it } from 'vitest';
import { keyFigureDefinitions, questionRows, scaleLegends, withheldRows } from './indicator-rows';

const cell = { suppressed: true } as const;
const figures = (id: string, distribution: Record<string, number>): QuestionFigures => ({
  id,
  group: 'deltagare-avslut',
  indicator: 1,
  keyFigure: id === 'DA8' ? 'yes' : 'top2',
  n: 5,
  distribution,
  positive: 3,
  share: 60,
  ci95: [23, 88],
  typvarde: [Object.keys(distribution)[0] ?? ''],
  byGender: { kvinna: cell, man: cell, annat: cell },
  riksnitt: null,
  vsRiksnitt: null,
  previous: null,
  trend: null,
});
const withheld: WithheldQuestion = {
  id: 'DA2',
  group: 'deltagare-avslut',
  indicator: 1,
  keyFigure: 'top2',
  withheld: true,
  riksnitt: null,
};
const questions = [figures('DA1', { '5': 3 }), withheld, figures('DA8', { ja: 3, nej: 2 })];
const label = (id: string) => `grupp ${id}`;

describe('an indicator’s rows', () => {
  it('keeps withheld questions apart, with no figure, and the others in order', () => {
    expect(withheldRows(nns2021, questions, label).map((r) => [r.q.id, r.group])).toEqual([
      ['DA2', 'grupp deltagare-avslut'],
    ]);
    expect(questionRows(nns2021, questions, label).map((r) => r.q.id)).toEqual(['DA1', 'DA8']);
  });

  it('defines each key figure in use once, and gives one legend per scale', () => {
    const definitions = keyFigureDefinitions(nns2021, [...questions, figures('DA3', {})]);
    expect(definitions).toHaveLength(2);
    const legends = scaleLegends(questionRows(nns2021, questions, label));
    expect(legends.map(([, labels]) => labels.length)).toEqual([6, 2]);
  });
});
