/**
 * @module
 * For the writers' tests: one small report of two groups with suppressed and hidden
 * cells, last year and riksnitt.
 */
import { buildReport, tallyResponses } from '@indikera/indicators';
import { type Gender, getInstrument, withLocalQuestions } from '@indikera/instrument';

export const nns = getInstrument('2021');
const answer = (group: string, kon: Gender | null, question: string, value: number) => ({
  group,
  kon,
  answers: new Map([[question, value]]),
});
// P1: eight women are published; one "annat" is hidden, so the smallest published cell
// (seven men) is hidden too. S1: seven women and two men, all hidden.
const women = [6, 6, 6, 5, 5, 4, 3, 2];
const men = [6, 6, 5, 5, 5, 1, 2];
export const report = buildReport({
  instrument: nns,
  year: 2021,
  tally: tallyResponses([
    ...women.map((v) => answer('personal', 'kvinna', 'P1', v)),
    ...men.map((v) => answer('personal', 'man', 'P1', v)),
    answer('personal', null, 'P1', 6),
    ...[6, 6, 5, 4, 3, 5, 6].map((v) => answer('styrelse', 'kvinna', 'S1', v)),
    answer('styrelse', 'man', 'S1', 6),
    answer('styrelse', 'man', 'S1', 2),
  ]),
  previous: tallyResponses(
    [2, 3, 5, 6, 4, 4, 3, 2, 1, 5].map((v) => answer('personal', 'kvinna', 'P1', v)),
  ),
  riksnitt: new Map([
    ['P1', { all: 60, kvinna: 62, man: 55.5 }],
    ['S1', { all: 80, kvinna: null, man: null }],
  ]),
  groups: ['personal', 'styrelse'],
  asked: new Map([['personal', 20]]),
});

/** The version with one local question of the personal, LP1 (yes/no, ja counts). */
export const nnsWithLocal = withLocalQuestions(nns, [
  {
    group: 'personal',
    number: 1,
    text: 'Känner du till förbundets mål?',
    scale: 'yesno',
    positive: { answer: 'ja' },
  },
]);

/** Eight of the personal answered LP1, seven of them ja. */
export const localReport = buildReport({
  instrument: nnsWithLocal,
  groups: ['personal'],
  tally: tallyResponses(
    ['ja', 'ja', 'ja', 'ja', 'ja', 'ja', 'ja', 'nej'].map((value) => ({
      group: 'personal',
      kon: null,
      answers: new Map([['LP1', value]]),
    })),
  ),
});
