/**
 * @module
 * The questions a target may take together with a chosen one (the socialt bokslut's
 * "the same question in other groups"): an NNS question with those of its indicator on
 * the same scale (DA1 with DP1), a local question only with the very same local question
 * asked of another group.
 */
interface Asked {
  readonly id: string;
  readonly indicator?: number;
  readonly text: string;
  readonly scale: string;
}

export function alikeQuestions<Q extends Asked>(questions: readonly Q[], chosen: Asked): Q[] {
  return questions.filter(
    (q) =>
      q.id !== chosen.id &&
      q.scale === chosen.scale &&
      (chosen.indicator === undefined
        ? q.indicator === undefined && q.text === chosen.text
        : q.indicator === chosen.indicator),
  );
}
