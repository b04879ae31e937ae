import type { Gender } from '@indikera/instrument';
import { describe, expect, it } from 'vitest';
import { type AtomCount, decideDisclosure } from './disclosure';

const atom = (insats: string | null, gender: Gender, count: number, release = 1): AtomCount => ({
  release,
  insats,
  gender,
  count,
});

describe('decideDisclosure', () => {
  it('withholds both insatser when one man in Beta would show by subtraction (the issue)', () => {
    // Alfa 10 kvinnor 10 män, Beta 9 kvinnor 1 man: the unfiltered män cell (11) less any
    // figure of Alfa's men would be Beta's one man.
    const decision = decideDisclosure(
      [
        atom('Alfa', 'kvinna', 10),
        atom('Alfa', 'man', 10),
        atom('Beta', 'kvinna', 9),
        atom('Beta', 'man', 1),
      ],
      ['Alfa', 'Beta'],
      6,
    );
    expect(decision.genders).toEqual(new Set(['kvinna', 'man', 'annat']));
    expect(decision.insatser.has('Alfa')).toBe(false);
    expect(decision.insatser.has('Beta')).toBe(false);
  });

  it('publishes insatser whose every piece holds at least k, with their gender cells', () => {
    const decision = decideDisclosure(
      [atom('A', 'kvinna', 8), atom('A', 'man', 7), atom('B', 'kvinna', 6), atom('B', 'man', 9)],
      ['A', 'B'],
      6,
    );
    expect(decision.insatser.get('A')).toEqual(new Set(['kvinna', 'man', 'annat']));
    expect(decision.insatser.get('B')).toEqual(new Set(['kvinna', 'man', 'annat']));
  });

  it('never publishes the last insats when the rest outside it would be 1 to k − 1', () => {
    // A, B and C: total − A − B would give C's three people.
    const decision = decideDisclosure(
      [atom('A', 'kvinna', 10), atom('B', 'kvinna', 10), atom('C', 'kvinna', 3)],
      ['A', 'B', 'C'],
      6,
    );
    const published = [...decision.insatser.keys()];
    expect(published).toHaveLength(1);
    expect(published).not.toContain('C');
  });

  it('counts answers without an insats as outside every filter', () => {
    const decision = decideDisclosure([atom('A', 'kvinna', 12), atom(null, 'kvinna', 2)], ['A'], 6);
    expect(decision.insatser.has('A')).toBe(false);
  });

  it('keeps the suppression rule of docs/report-json.md for the unfiltered gender cells', () => {
    const decision = decideDisclosure(
      [atom(null, 'kvinna', 14), atom(null, 'man', 11), atom(null, 'annat', 1)],
      [],
      6,
    );
    expect(decision.genders).toEqual(new Set(['kvinna']));
  });

  it('publishes a first release whatever its size, later ones only in steps of k', () => {
    const first = decideDisclosure([atom(null, 'kvinna', 3)], [], 6);
    expect(first.throughRelease).toBe(1);
    const small = decideDisclosure([atom(null, 'kvinna', 3), atom(null, 'kvinna', 1, 2)], [], 6);
    expect(small).toMatchObject({ throughRelease: 1, waiting: 1 });
    const enough = decideDisclosure(
      [atom(null, 'kvinna', 3), atom(null, 'kvinna', 1, 2), atom(null, 'man', 5, 3)],
      [],
      6,
    );
    expect(enough).toMatchObject({ throughRelease: 3, waiting: 0 });
  });

  it('needs k for a question first answered after the first release (one late answer waits)', () => {
    // Release 1 had no answer to the question; a reopening brings one: it would show alone.
    const late = decideDisclosure([atom(null, 'kvinna', 1, 2)], [], 6);
    expect(late).toMatchObject({ throughRelease: 0, waiting: 1 });
    const enough = decideDisclosure([atom(null, 'kvinna', 4, 2), atom(null, 'man', 2, 3)], [], 6);
    expect(enough).toMatchObject({ throughRelease: 3, waiting: 0 });
  });

  it('lets questionnaire counts per kön grow only by none or at least k', () => {
    // After a reopening 5 kvinnor and 1 man: Tabell 1 would show the one man's kön.
    const data = [atom('A', 'kvinna', 20), atom('A', 'man', 20)];
    const late = [atom('A', 'kvinna', 5, 2), atom('A', 'man', 1, 2)];
    expect(decideDisclosure([...data, ...late], ['A'], 6, true)).toMatchObject({
      throughRelease: 1,
      waiting: 6,
    });
    // Without kön counts (a question), the six may enter as a step of k.
    expect(decideDisclosure([...data, ...late], ['A'], 6).throughRelease).toBe(2);
    // Five more men later: kvinna +5 and man +6 is still a step under k for kvinnor.
    const more = [atom('A', 'man', 5, 3)];
    expect(decideDisclosure([...data, ...late, ...more], ['A'], 6, true).throughRelease).toBe(1);
    const enough = [atom('A', 'kvinna', 1, 4)];
    expect(
      decideDisclosure([...data, ...late, ...more, ...enough], ['A'], 6, true).throughRelease,
    ).toBe(4);
  });

  it('hides a gender cell whose growth between releases is 1 to k − 1', () => {
    // Release 2 brings 5 kvinnor and 1 man: the män cell would grow by one person.
    const decision = decideDisclosure(
      [
        atom(null, 'kvinna', 20),
        atom(null, 'man', 20),
        atom(null, 'kvinna', 5, 2),
        atom(null, 'man', 1, 2),
      ],
      [],
      6,
    );
    expect(decision.throughRelease).toBe(2);
    expect(decision.genders.has('man')).toBe(false);
    expect(decision.genders.has('kvinna')).toBe(false);
  });

  it('publishes everything of a question nobody answered', () => {
    const decision = decideDisclosure([], ['A'], 6);
    expect(decision).toMatchObject({ throughRelease: 0, waiting: 0 });
    expect(decision.insatser.get('A')).toEqual(new Set(['kvinna', 'man', 'annat']));
  });
});
