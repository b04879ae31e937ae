import { describe, expect, it } from 'vitest';
import { withQuestionNumbers } from './question-numbers';

describe('withQuestionNumbers', () => {
  const questions = [
    { id: 'DA8', position: 8 },
    { id: 'DA9', position: 9 },
  ];

  it('names a question by its number on the form', () => {
    expect(withQuestionNumbers('besvaras bara när DA8 är ja', questions)).toBe(
      'besvaras bara när fråga 8 är ja',
    );
  });

  it('leaves other words and unknown ids alone', () => {
    expect(withQuestionNumbers('okänd fråga P1 i ADAM8X', questions)).toBe(
      'okänd fråga P1 i ADAM8X',
    );
  });
});
