import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInstrument } from './parse-instrument';

interface Example {
  groups: Record<string, unknown>[];
  scales: { id: string; kind: string; options: { code: unknown; label: string }[] }[];
  keyFigures: { id: string; positive: Record<string, unknown[]> }[];
  indicators: Record<string, unknown>[];
  questions: Record<string, unknown>[];
  translations: {
    en: { questions: Record<string, string>; options: Record<string, Record<string, string>> };
  };
}

const exampleText = readFileSync(
  new URL('../../test-fixtures/instrument-example.json', import.meta.url),
  'utf8',
);

/** The problems of the example file after one change. */
function problemsAfter(change: (file: Example) => void): { field: string; message: string }[] {
  const file = JSON.parse(exampleText) as Example;
  change(file);
  const result = parseInstrument(file);
  return result.ok ? [] : [...result.problems];
}

function item<T>(list: T[], index: number): T {
  const found = list[index];
  if (found === undefined) throw new Error(`no item ${index}`);
  return found;
}

const at = (file: Example, id: string): Record<string, unknown> => {
  const q = file.questions.find((q) => q.id === id);
  if (!q) throw new Error(id);
  return q;
};

describe('the checks across an instrument file', () => {
  it('accepts the example as it is', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it('refuses a question id, group id, prefix, scale, key figure or indicator used twice', () => {
    expect(
      problemsAfter((f) => {
        at(f, 'D2').id = 'D1';
      }),
    ).toContainEqual({
      field: 'questions[1].id',
      message: 'frågan "D1" finns redan',
    });
    expect(
      problemsAfter((f) => {
        item(f.groups, 1).prefix = 'D';
      }),
    ).toContainEqual({
      field: 'groups[1].prefix',
      message: 'prefixet "D" finns redan',
    });
    expect(
      problemsAfter((f) => {
        item(f.scales, 1).id = 'extent5';
      }),
    ).toContainEqual({
      field: 'scales[1].id',
      message: 'skalan "extent5" finns redan',
    });
    expect(
      problemsAfter((f) => {
        item(f.indicators, 1).number = 1;
      }),
    ).toContainEqual({
      field: 'indicators[1].number',
      message: 'indikatorn 1 finns redan',
    });
    expect(
      problemsAfter((f) => {
        at(f, 'D2').number = 1;
      }),
    ).toContainEqual({
      field: 'questions[1].number',
      message: 'frågenumret i gruppen "deltagare 1" finns redan',
    });
  });

  it('refuses an option code used twice on a scale, also as 1 and "1"', () => {
    expect(
      problemsAfter((f) => {
        item(item(f.scales, 0).options, 1).code = 1;
      }).map((p) => p.field),
    ).toContain('scales[0].options[1].code');
    const asText = problemsAfter((f) => {
      item(f.scales, 1).options = [
        { code: 1, label: 'Ett' },
        { code: '1', label: 'Ett igen' },
      ];
    });
    expect(asText.map((p) => p.field)).toContain('scales[1].options[1].code');
  });

  it('refuses a yes/no scale without exactly two options', () => {
    expect(
      problemsAfter((f) => {
        item(f.scales, 1).options.push({ code: 'kanske', label: 'Kanske' });
      }),
    ).toContainEqual({ field: 'scales[1].options', message: 'en ja/nej-skala har två svar' });
  });

  it('refuses key-figure codes that are not options of their scale, or an unknown scale', () => {
    expect(
      problemsAfter((f) => {
        item(f.keyFigures, 0).positive.extent5 = [5, 6];
      }),
    ).toContainEqual({
      field: 'keyFigures[0].positive.extent5',
      message: '6 finns inte på skalan extent5',
    });
    expect(
      problemsAfter((f) => {
        item(f.keyFigures, 0).positive.frequency6 = [5];
      }),
    ).toContainEqual({
      field: 'keyFigures[0].positive.frequency6',
      message: 'okänd skala "frequency6"',
    });
    expect(
      problemsAfter((f) => {
        item(f.keyFigures, 1).positive.janej = ['ja', 'nej'];
      }),
    ).toContainEqual({
      field: 'keyFigures[1].positive.janej',
      message: 'alla svar kan inte räknas som positiva',
    });
  });

  it('refuses a question whose group, indicator, scale or key figure does not exist', () => {
    const fields = problemsAfter((f) => {
      Object.assign(at(f, 'R1'), { group: 'chefer', indicator: 99, scale: 'x', keyFigure: 'y' });
    });
    expect(fields).toEqual(
      expect.arrayContaining([
        { field: 'questions[3].group', message: 'R1: okänd grupp "chefer"' },
        { field: 'questions[3].indicator', message: 'R1: okänd indikator 99' },
        { field: 'questions[3].scale', message: 'R1: okänd skala "x"' },
        { field: 'questions[3].keyFigure', message: 'R1: okänt nyckeltal "y"' },
      ]),
    );
  });

  it('refuses a key figure that says nothing about the question’s scale', () => {
    expect(
      problemsAfter((f) => {
        at(f, 'D2').keyFigure = 'top2';
      }),
    ).toContainEqual({
      field: 'questions[1].keyFigure',
      message: 'D2: nyckeltalet top2 anger inga positiva svar för skalan janej',
    });
  });

  it('refuses askedIf on a later, unknown or other group’s question, or off its scale', () => {
    const onLater = problemsAfter((f) => {
      at(f, 'D1').askedIf = { question: 'D2', equals: 'ja' };
    });
    expect(onLater.map((p) => p.field)).toEqual(['questions[0].askedIf.question']);
    const onOther = problemsAfter((f) => {
      at(f, 'R1').askedIf = { question: 'D2', equals: 'ja' };
    });
    expect(onOther[0]?.message).toBe(
      'R1: villkoret måste gälla en tidigare fråga i samma grupp, inte "D2"',
    );
    expect(
      problemsAfter((f) => {
        at(f, 'D3').askedIf = { question: 'D2', equals: 'kanske' };
      }),
    ).toEqual([
      { field: 'questions[2].askedIf.equals', message: 'D3: "kanske" finns inte på skalan för D2' },
    ]);
  });

  it('refuses a sameAs naming a question of this version or one another question continues', () => {
    expect(
      problemsAfter((f) => {
        at(f, 'D1').sameAs = 'D2';
      })[0]?.field,
    ).toBe('questions[0].sameAs');
    expect(
      problemsAfter((f) => {
        at(f, 'R1').sameAs = 'DP1';
      }),
    ).toEqual([
      { field: 'questions[3].sameAs', message: 'R1: en annan fråga fortsätter redan "DP1"' },
    ]);
  });

  it('refuses a group without questions', () => {
    expect(
      problemsAfter((f) => {
        f.groups.push({ id: 'styrelse', prefix: 'S', label: 'Styrelse', kind: 'styrelse' });
      }),
    ).toContainEqual({ field: 'groups[2]', message: 'gruppen styrelse har inga frågor' });
  });

  it('refuses a translation that misses or invents a question, group or option', () => {
    const problems = problemsAfter((f) => {
      delete f.translations.en.questions.D3;
      f.translations.en.questions.X9 = 'Invented?';
      delete f.translations.en.options.extent5?.['5'];
    });
    expect(problems).toEqual([
      { field: 'translations.en.questions', message: 'saknar "D3"' },
      { field: 'translations.en.questions', message: 'okänd nyckel "X9"' },
      { field: 'translations.en.options.extent5', message: 'saknar "5"' },
    ]);
  });
});
