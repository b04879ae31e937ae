import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  findQuestion,
  getInstrument,
  questionsOfGroup,
  questionsOfIndicator,
  UnknownInstrumentVersionError,
} from './versions';

interface FixtureQuestion {
  id: string;
  group: string;
  number: number;
  indicator: number;
  text: string;
  scale: string;
  keyFigure: string;
  askedIf?: { question: string; equals: string };
}
// The facts the instrument was rebuilt from, copied into the project (never read from ../shared).
const facts = JSON.parse(
  readFileSync(new URL('../test-fixtures/nns-2021.json', import.meta.url), 'utf8'),
) as {
  scales: Record<string, { options: { code: number | string; label: string }[] }>;
  groups: { id: string; prefix: string; label: string }[];
  indicators: { number: number; text: string }[];
  questions: FixtureQuestion[];
  background: { options: { code: string; label: string }[] }[];
};

const nns = getInstrument('2021');

describe('the 2021 instrument', () => {
  it('has the five groups and 41 questions of the seeds, in questionnaire order', () => {
    expect(nns.groups.map((g) => [g.id, g.prefix, g.label])).toEqual(
      facts.groups.map((g) => [g.id, g.prefix, g.label]),
    );
    expect(nns.questions).toHaveLength(41);
    expect(nns.questions.map((q) => q.id)).toEqual(facts.questions.map((q) => q.id));
  });

  it('keeps every question exactly as worded, scaled and keyed in the facts', () => {
    for (const fact of facts.questions) {
      const q = findQuestion(nns, fact.id);
      expect(q, fact.id).toBeDefined();
      expect(q).toMatchObject({
        group: fact.group,
        number: fact.number,
        indicator: fact.indicator,
        text: fact.text,
        scale: fact.scale,
        keyFigure: fact.keyFigure,
      });
      expect(q?.askedIf, fact.id).toEqual(fact.askedIf);
    }
  });

  it('names ids after the group prefix and the question number', () => {
    for (const q of nns.questions) {
      const group = nns.groups.find((g) => g.id === q.group);
      expect(q.id).toBe(`${group?.prefix}${q.number}`);
    }
  });

  it('has the scales with their Swedish option labels, lowest first', () => {
    for (const id of ['frequency6', 'extent6', 'yesno'] as const) {
      expect(nns.scales[id]?.options).toEqual(facts.scales[id]?.options);
    }
    expect(nns.scales.frequency6?.options.map((o) => o.label)).toEqual([
      'Aldrig',
      'Sällan',
      'Ibland',
      'Ofta',
      'För det mesta',
      'Alltid',
    ]);
  });

  it('has the 16 indicators with their texts, indicator 11 without questions', () => {
    expect(nns.indicators.map((i) => [i.number, i.text])).toEqual(
      facts.indicators.map((i) => [i.number, i.text]),
    );
    expect(questionsOfIndicator(nns, 11)).toEqual([]);
    expect(questionsOfIndicator(nns, 6).map((q) => q.id)).toEqual(['DA8', 'DA9', 'DA10', 'P2']);
  });

  it('asks DA9 and DA10 only when DA8 is ja', () => {
    expect(nns.questions.filter((q) => q.askedIf).map((q) => q.id)).toEqual(['DA9', 'DA10']);
    expect(findQuestion(nns, 'DA10')?.askedIf).toEqual({ question: 'DA8', equals: 'ja' });
  });

  it('has the kön question with kvinna, man and annat', () => {
    expect(nns.gender.options.map((o) => o.code)).toEqual(
      facts.background[0]?.options.map((o) => o.code),
    );
  });

  it('uses positive codes per key figure: top2 = 5–6, top3 = 4–6, yes = ja', () => {
    expect(nns.keyFigures.top2?.positive).toEqual({ frequency6: [5, 6], extent6: [5, 6] });
    expect(nns.keyFigures.top3?.positive).toEqual({ extent6: [4, 5, 6] });
    expect(nns.keyFigures.yes?.positive).toEqual({ yesno: ['ja'] });
    expect(
      questionsOfGroup(nns, 'deltagare-pagaende').filter((q) => q.keyFigure === 'top3'),
    ).toHaveLength(1);
  });

  it('refuses an unknown version and treats __proto__ as an unknown question', () => {
    expect(() => getInstrument('1999')).toThrow(UnknownInstrumentVersionError);
    expect(findQuestion(nns, '__proto__')).toBeUndefined();
  });
});
