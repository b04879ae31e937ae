/**
 * The contracts in docs/ against the code that reads and writes them: every column the
 * file readers accept, every field the report holds and every command the command line
 * has is named in its page, and every docs/ page the README and the help name exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readResponseRatesCsv, readResponsesCsv, readRiksnittCsv } from '@indikera/formats';
import { buildReport } from '@indikera/indicators';
import { currentVersion, instrumentVersions } from '@indikera/instrument';
import { describe, expect, it } from 'vitest';
import * as help from '../../apps/cli/src/help';
import { tallyResponses } from '../../packages/indicators/src/tally';

const root = new URL('../../', import.meta.url).pathname;
const page = (name: string) => readFileSync(join(root, 'docs', name), 'utf8');
/** Whether the page names a word in code: alone (`kon`) or in a code span (`{ kvinna, man }`). */
function named(doc: string, word: string): boolean {
  const spans = [...doc.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? '');
  const alone = new RegExp(`(?<![\\w-])${word}(?![\\w-])`);
  return spans.some((span) => alone.test(span));
}

describe('docs/responses-csv.md', () => {
  const doc = page('responses-csv.md');

  it('names every background column the reader accepts', () => {
    // A header of only an unknown column: the reader names the columns it would take.
    const read = readResponsesCsv('okänd\n', currentVersion);
    expect(read.ok).toBe(false);
    const accepted = read.ok ? '' : (read.errors[0]?.message ?? '');
    const columns = /giltiga: (.*) och frågornas id/.exec(accepted)?.[1]?.split(', ') ?? [];
    expect(columns).toEqual(['grupp', 'kon', 'insats', 'datum']);
    for (const column of columns) expect(named(doc, column), column).toBe(true);
  });

  it('names the question columns of every group of every instrument version', () => {
    for (const instrument of instrumentVersions) {
      for (const group of instrument.groups) {
        const ids = instrument.questions.filter((q) => q.group === group.id).map((q) => q.id);
        expect(doc, group.id).toContain(`\`${ids[0]}\`–\`${ids.at(-1)}\``);
        expect(named(doc, group.id), group.id).toBe(true);
      }
    }
  });

  it('names every yes/no question', () => {
    const yesNo = currentVersion.questions.filter((q) => q.scale === 'yesno').map((q) => q.id);
    for (const id of yesNo) expect(named(doc, id), id).toBe(true);
  });
});

describe('docs/riksnitt-csv.md', () => {
  const doc = page('riksnitt-csv.md');

  it('names every column each reader requires', () => {
    for (const read of [readRiksnittCsv, readResponseRatesCsv]) {
      const result = read('okänd\n1\n');
      const missing = result.ok ? [] : result.errors.map((e) => e.column ?? '');
      expect(missing.length).toBeGreaterThan(0);
      for (const column of missing) expect(named(doc, column), column).toBe(true);
    }
  });
});

/** Every key of an object, at any depth, except the codes of a distribution. */
function keysOf(value: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keysOf(item, keys);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      keys.add(key);
      if (key !== 'distribution') keysOf(inner, keys);
    }
  }
  return keys;
}

describe('docs/report-json.md', () => {
  it('names every field of a report', () => {
    const read = (file: string) => {
      const result = readResponsesCsv(readFileSync(join(root, 'examples', file)), currentVersion);
      if (!result.ok) throw new Error(file);
      return tallyResponses(result.value);
    };
    const report = buildReport({
      instrument: currentVersion,
      tally: read('svar-2021.csv'),
      previous: read('svar-2020.csv'),
      year: 2021,
      riksnitt: new Map([['DP1', { all: 75, kvinna: 76, man: 73 }]]),
      asked: new Map([['personal', 40]]),
      nationalResponseRates: new Map([['personal', 79]]),
    });
    const doc = page('report-json.md');
    const missing = [...keysOf(report)].filter((key) => !named(doc, key));
    expect(missing).toEqual([]);
  });
});

describe('docs/command-line.md', () => {
  it('describes every command of the main help', () => {
    const doc = page('command-line.md');
    const list = help.mainHelp.split('Kommandon:\n')[1]?.split('\n\n')[0] ?? '';
    const commands = [...list.matchAll(/^ {2}(\w+)/gm)].map((m) => m[1] ?? '');
    expect(commands).toContain('report');
    for (const command of commands) expect(doc, command).toContain(`### \`${command}`);
  });
});

describe('links to docs/', () => {
  it('points only at pages that exist, from the README, the docs and the help', () => {
    const texts = [
      readFileSync(join(root, 'README.md'), 'utf8'),
      page('README.md'),
      ...Object.values(help),
    ];
    const links = texts.flatMap((text) => [...text.matchAll(/docs\/([\w-]+\.md)/g)]);
    expect(links.length).toBeGreaterThan(0);
    for (const [, name] of links)
      expect(existsSync(join(root, 'docs', name ?? '')), name).toBe(true);
  });

  it('is made from the report --help', () => {
    expect(help.reportHelp).toContain('docs/report-json.md');
    expect(help.reportHelp).toContain('docs/responses-csv.md');
  });
});
