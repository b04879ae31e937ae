/**
 * @module
 * The checks across an instrument file that its JSON Schema cannot express: ids are
 * unique, every scale, key figure, group, indicator and condition a question names exists,
 * key-figure codes are options of their scale, `sameAs` links are unambiguous, and every
 * translation covers exactly the questions, groups and options of the version.
 */
import { shownValue } from '../shown';
import type { InstrumentFile } from './instrument-schema';

/** One thing wrong with an instrument file, tied to where it is (`questions[3].scale`). */
export interface InstrumentFileProblem {
  readonly field: string;
  /** Swedish, for the person who has to fix the file. */
  readonly message: string;
}

type Code = number | string;

/** Reports every value of `items` that an earlier item already had. */
function checkUnique<T>(
  items: readonly T[],
  keyOf: (item: T) => unknown,
  fieldOf: (index: number) => string,
  what: string,
  problems: InstrumentFileProblem[],
): void {
  const seen = new Set<unknown>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (seen.has(key)) {
      problems.push({ field: fieldOf(index), message: `${what} ${shownValue(key)} finns redan` });
    }
    seen.add(key);
  });
}

/** Reports keys missing from and keys unknown to one part of a translation. */
function checkCovers(
  given: readonly string[],
  expected: readonly string[],
  field: string,
  problems: InstrumentFileProblem[],
): void {
  const missing = expected.filter((key) => !given.includes(key));
  const unknown = given.filter((key) => !expected.includes(key));
  if (missing.length > 0) {
    problems.push({
      field,
      message: `saknar ${missing.slice(0, 5).map(shownValue).join(', ')}${missing.length > 5 ? ` och ${missing.length - 5} till` : ''}`,
    });
  }
  for (const key of unknown.slice(0, 5)) {
    problems.push({ field, message: `okänd nyckel ${shownValue(key)}` });
  }
}

function checkScalesAndKeyFigures(file: InstrumentFile, problems: InstrumentFileProblem[]): void {
  checkUnique(
    file.scales,
    (s) => s.id,
    (i) => `scales[${i}].id`,
    'skalan',
    problems,
  );
  file.scales.forEach((scale, i) => {
    checkUnique(
      scale.options,
      // 1 and "1" would be the same answer in a CSV cell.
      (o) => String(o.code),
      (j) => `scales[${i}].options[${j}].code`,
      'koden',
      problems,
    );
    if (scale.kind === 'yesno' && scale.options.length !== 2) {
      problems.push({ field: `scales[${i}].options`, message: 'en ja/nej-skala har två svar' });
    }
  });
  checkUnique(
    file.keyFigures,
    (k) => k.id,
    (i) => `keyFigures[${i}].id`,
    'nyckeltalet',
    problems,
  );
  file.keyFigures.forEach((figure, i) => {
    for (const [scaleId, codes] of Object.entries(figure.positive)) {
      const field = `keyFigures[${i}].positive.${scaleId}`;
      const scale = file.scales.find((s) => s.id === scaleId);
      if (!scale) {
        problems.push({ field, message: `okänd skala ${shownValue(scaleId)}` });
        continue;
      }
      checkUnique(
        codes,
        (c) => c,
        (j) => `${field}[${j}]`,
        'koden',
        problems,
      );
      for (const code of codes) {
        if (!scale.options.some((o) => o.code === code)) {
          problems.push({ field, message: `${shownValue(code)} finns inte på skalan ${scaleId}` });
        }
      }
      if (codes.length >= scale.options.length) {
        problems.push({ field, message: 'alla svar kan inte räknas som positiva' });
      }
    }
  });
}

function checkQuestions(file: InstrumentFile, problems: InstrumentFileProblem[]): void {
  checkUnique(
    file.groups,
    (g) => g.id,
    (i) => `groups[${i}].id`,
    'gruppen',
    problems,
  );
  checkUnique(
    file.groups,
    (g) => g.prefix,
    (i) => `groups[${i}].prefix`,
    'prefixet',
    problems,
  );
  checkUnique(
    file.indicators,
    (n) => n.number,
    (i) => `indicators[${i}].number`,
    'indikatorn',
    problems,
  );
  checkUnique(
    file.questions,
    (q) => q.id,
    (i) => `questions[${i}].id`,
    'frågan',
    problems,
  );
  checkUnique(
    file.questions,
    (q) => `${q.group} ${q.number}`,
    (i) => `questions[${i}].number`,
    'frågenumret i gruppen',
    problems,
  );
  const ids = new Set(file.questions.map((q) => q.id));
  const sameAsSeen = new Set<string>();
  file.questions.forEach((q, i) => {
    const at = `questions[${i}]`;
    if (!file.groups.some((g) => g.id === q.group)) {
      problems.push({
        field: `${at}.group`,
        message: `${q.id}: okänd grupp ${shownValue(q.group)}`,
      });
    }
    if (!file.indicators.some((n) => n.number === q.indicator)) {
      problems.push({
        field: `${at}.indicator`,
        message: `${q.id}: okänd indikator ${q.indicator}`,
      });
    }
    const scale = file.scales.find((s) => s.id === q.scale);
    if (!scale) {
      problems.push({
        field: `${at}.scale`,
        message: `${q.id}: okänd skala ${shownValue(q.scale)}`,
      });
    }
    const figure = file.keyFigures.find((k) => k.id === q.keyFigure);
    if (!figure) {
      problems.push({
        field: `${at}.keyFigure`,
        message: `${q.id}: okänt nyckeltal ${shownValue(q.keyFigure)}`,
      });
    } else if (scale && !figure.positive[scale.id]) {
      problems.push({
        field: `${at}.keyFigure`,
        message: `${q.id}: nyckeltalet ${figure.id} anger inga positiva svar för skalan ${scale.id}`,
      });
    }
    if (q.askedIf) checkCondition(file, i, q.askedIf, problems);
    if (q.sameAs !== undefined) {
      if (q.sameAs === q.id || ids.has(q.sameAs)) {
        problems.push({
          field: `${at}.sameAs`,
          message: `${q.id}: ${shownValue(q.sameAs)} är en fråga i den här versionen; samma id räcker för en fortsatt serie`,
        });
      } else if (sameAsSeen.has(q.sameAs)) {
        problems.push({
          field: `${at}.sameAs`,
          message: `${q.id}: en annan fråga fortsätter redan ${shownValue(q.sameAs)}`,
        });
      }
      sameAsSeen.add(q.sameAs);
    }
  });
  file.groups.forEach((g, i) => {
    if (!file.questions.some((q) => q.group === g.id)) {
      problems.push({ field: `groups[${i}]`, message: `gruppen ${g.id} har inga frågor` });
    }
  });
}

function checkCondition(
  file: InstrumentFile,
  index: number,
  condition: { question: string; equals: Code },
  problems: InstrumentFileProblem[],
): void {
  const q = file.questions[index];
  if (!q) return;
  const at = `questions[${index}].askedIf`;
  const earlier = file.questions.slice(0, index).find((e) => e.id === condition.question);
  if (!earlier || earlier.group !== q.group) {
    problems.push({
      field: `${at}.question`,
      message: `${q.id}: villkoret måste gälla en tidigare fråga i samma grupp, inte ${shownValue(condition.question)}`,
    });
    return;
  }
  const scale = file.scales.find((s) => s.id === earlier.scale);
  if (scale && !scale.options.some((o) => o.code === condition.equals)) {
    problems.push({
      field: `${at}.equals`,
      message: `${q.id}: ${shownValue(condition.equals)} finns inte på skalan för ${earlier.id}`,
    });
  }
}

function checkTranslations(file: InstrumentFile, problems: InstrumentFileProblem[]): void {
  for (const [language, t] of Object.entries(file.translations ?? {})) {
    const at = `translations.${language}`;
    checkCovers(
      Object.keys(t.questions),
      file.questions.map((q) => q.id),
      `${at}.questions`,
      problems,
    );
    checkCovers(
      Object.keys(t.groups),
      file.groups.map((g) => g.id),
      `${at}.groups`,
      problems,
    );
    checkCovers(
      Object.keys(t.options),
      file.scales.map((s) => s.id),
      `${at}.options`,
      problems,
    );
    for (const scale of file.scales) {
      const labels = t.options[scale.id];
      if (!labels) continue;
      checkCovers(
        Object.keys(labels),
        scale.options.map((o) => String(o.code)),
        `${at}.options.${scale.id}`,
        problems,
      );
    }
  }
}

/** Every cross-check problem of a file that already has the format's shape. */
export function checkInstrumentFile(file: InstrumentFile): InstrumentFileProblem[] {
  const problems: InstrumentFileProblem[] = [];
  checkScalesAndKeyFigures(file, problems);
  checkQuestions(file, problems);
  checkTranslations(file, problems);
  return problems;
}
