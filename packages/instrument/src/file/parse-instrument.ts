/**
 * @module
 * Reads an instrument file into an instrument version: the shape (zod), then the checks
 * across the file, then the version the rest of the product works with. The built-in
 * versions are read this way too.
 */
import { z } from 'zod';
import { shortText, shownValue } from '../shown';
import type { InstrumentTranslation } from '../translations/types';
import type { InstrumentVersion, Question } from '../types';
import { checkInstrumentFile, type InstrumentFileProblem } from './instrument-checks';
import { type InstrumentFile, instrumentFileSchema } from './instrument-schema';

/** The largest instrument file read, in bytes (and characters; 2021 is about 25 000). */
export const MAX_INSTRUMENT_BYTES = 1_000_000;
const TOO_LARGE: InstrumentParseResult = {
  ok: false,
  problems: [{ field: '(filen)', message: 'filen är större än 1 MB (1 000 000 byte)' }],
};
/** Problems listed at most; a file with more has the rest summed up. */
const MAX_PROBLEMS = 50;

export type InstrumentParseResult =
  | { readonly ok: true; readonly instrument: InstrumentVersion }
  | { readonly ok: false; readonly problems: readonly InstrumentFileProblem[] };

export class InstrumentFileError extends Error {
  constructor(readonly problems: readonly InstrumentFileProblem[]) {
    super(
      `ogiltig instrumentfil: ${problems
        .slice(0, 3)
        .map((p) => `${p.field}: ${p.message}`)
        .join('; ')}${problems.length > 3 ? ` (och ${problems.length - 3} fel till)` : ''}`,
    );
    this.name = 'InstrumentFileError';
  }
}

const swedish = z.locales.sv().localeError;

function fieldOf(path: readonly PropertyKey[]): string {
  let field = '';
  for (const part of path) {
    field +=
      typeof part === 'number' ? `[${part}]` : `${field ? '.' : ''}${shortText(String(part))}`;
  }
  return field || '(filen)';
}

function shapeProblems(error: z.ZodError): InstrumentFileProblem[] {
  return error.issues.map((issue) => ({
    field: fieldOf(issue.path),
    message:
      issue.code === 'unrecognized_keys'
        ? `okänd nyckel ${issue.keys.slice(0, 5).map(shownValue).join(', ')}`
        : // zod's messages name limits and types, never the value; the cap is a safeguard.
          issue.message.slice(0, 200),
  }));
}

function capped(problems: InstrumentFileProblem[]): InstrumentFileProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { field: '(filen)', message: `och ${problems.length - MAX_PROBLEMS} fel till` },
  ];
}

function toQuestion(q: InstrumentFile['questions'][number]): Question {
  return {
    id: q.id,
    group: q.group,
    number: q.number,
    indicator: q.indicator,
    text: q.text,
    scale: q.scale,
    keyFigure: q.keyFigure,
    ...(q.askedIf ? { askedIf: q.askedIf } : {}),
    ...(q.sameAs ? { sameAs: q.sameAs } : {}),
  };
}

function toVersion(file: InstrumentFile): InstrumentVersion {
  const translations: Record<string, InstrumentTranslation> = {};
  for (const [language, t] of Object.entries(file.translations ?? {})) {
    translations[language] = { language, ...t };
  }
  return {
    version: file.version,
    name: file.name,
    scales: Object.fromEntries(file.scales.map((s) => [s.id, s])),
    keyFigures: Object.fromEntries(file.keyFigures.map((k) => [k.id, k])),
    groups: file.groups,
    gender: { id: 'kon', ...file.gender },
    indicators: file.indicators.map((n) => ({
      number: n.number,
      text: n.text,
      ...(n.note ? { note: n.note } : {}),
    })),
    questions: file.questions.map(toQuestion),
    translations,
  };
}

/**
 * Checks parsed JSON against the instrument file format and returns the version, or every
 * problem found (at most about 50), each naming its place in the file.
 * @example parseInstrument(JSON.parse(readFileSync('nns-2027.json', 'utf8')))
 */
export function parseInstrument(data: unknown): InstrumentParseResult {
  const shape = instrumentFileSchema.safeParse(data, { error: swedish });
  if (!shape.success) return { ok: false, problems: capped(shapeProblems(shape.error)) };
  const problems = checkInstrumentFile(shape.data);
  if (problems.length > 0) return { ok: false, problems: capped(problems) };
  return { ok: true, instrument: toVersion(shape.data) };
}

/** As parseInstrument, from the text of a file: bounded in size, JSON syntax errors named. */
export function parseInstrumentText(text: string): InstrumentParseResult {
  if (text.length > MAX_INSTRUMENT_BYTES) return TOO_LARGE;
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      problems: [
        { field: '(filen)', message: `inte giltig JSON: ${shortText((error as Error).message)}` },
      ],
    };
  }
  return parseInstrument(data);
}

/** As parseInstrumentText, from a file's bytes: the size checked before anything is decoded. */
export function parseInstrumentBytes(bytes: Uint8Array): InstrumentParseResult {
  if (bytes.byteLength > MAX_INSTRUMENT_BYTES) return TOO_LARGE;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problems: [{ field: '(filen)', message: 'filen är inte UTF-8' }] };
  }
  return parseInstrumentText(text);
}

/** parseInstrument for a file that must be valid (a built-in version): throws otherwise. */
export function loadInstrument(data: unknown): InstrumentVersion {
  const result = parseInstrument(data);
  if (!result.ok) throw new InstrumentFileError(result.problems);
  return result.instrument;
}
