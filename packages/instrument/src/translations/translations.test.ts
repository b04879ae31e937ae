import { describe, expect, it } from 'vitest';
import { getInstrument } from '../versions';
import { nns2021En } from '../versions/nns-2021';

const nns = getInstrument('2021');

describe('the English help translation of 2021', () => {
  it('translates every question, option, group and the kön question', () => {
    expect(Object.keys(nns2021En.questions).sort()).toEqual(nns.questions.map((q) => q.id).sort());
    for (const [scale, def] of Object.entries(nns.scales)) {
      expect(Object.keys(nns2021En.options[scale] ?? {})).toEqual(
        def.options.map((o) => String(o.code)),
      );
    }
    expect(Object.keys(nns2021En.groups)).toEqual(nns.groups.map((g) => g.id));
    expect(Object.keys(nns2021En.gender.options)).toEqual(nns.gender.options.map((o) => o.code));
  });
});
