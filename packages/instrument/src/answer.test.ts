import { describe, expect, it } from 'vitest';
import exampleFile from '../test-fixtures/instrument-example.json';
import { isPositive, parseAnswerText } from './answer';
import { loadInstrument } from './file/parse-instrument';
import { findQuestion } from './versions';

const example = loadInstrument(exampleFile);
const question = (id: string) => {
  const q = findQuestion(example, id);
  if (!q) throw new Error(id);
  return q;
};

describe('answers on any version’s scales', () => {
  it('reads a word code in any case on a yes/no scale, whatever the scale is called', () => {
    expect(parseAnswerText(example, question('D2'), ' Ja ')).toBe('ja');
    expect(parseAnswerText(example, question('D2'), 'NEJ')).toBe('nej');
    expect(parseAnswerText(example, question('D2'), 'kanske')).toBeUndefined();
  });

  it('reads the numbers of a five-option scale and refuses a sixth', () => {
    expect(parseAnswerText(example, question('D1'), '5')).toBe(5);
    expect(parseAnswerText(example, question('D1'), '05')).toBe(5);
    expect(parseAnswerText(example, question('D1'), '6')).toBeUndefined();
    expect(parseAnswerText(example, question('D1'), '')).toBeNull();
  });

  it('counts the positive codes the key figure gives for the question’s scale', () => {
    expect(isPositive(example, question('D1'), 4)).toBe(true);
    expect(isPositive(example, question('D1'), 3)).toBe(false);
    expect(isPositive(example, question('D2'), 'ja')).toBe(true);
  });
});
