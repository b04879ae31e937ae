/**
 * @module
 * Bad bodies, each made from the seeded random source: for the questionnaire route (every
 * one invalid, so nothing may be stored), for paper entry, for file uploads, and for any
 * other route. Each comes with a name, printed when an answer to it is wrong.
 */
import type { Random } from '@indikera/synthetic';

export type Body = string | Uint8Array;
export type Mutation = readonly [name: string, make: (random: Random) => Body];

export const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

const text = (value: unknown): string => JSON.stringify(value);

function uuidV4(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = pick(random, ['8', '9', 'a', 'b']);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function randomBytes(random: Random, max: number): Uint8Array {
  return Uint8Array.from({ length: Math.floor(random() * max) }, () => Math.floor(random() * 256));
}

/** JSON text with bytes that are not UTF-8 inside a string. */
function withInvalidUtf8(json: string, random: Random): Uint8Array {
  const bytes = new TextEncoder().encode(json);
  const at = bytes.indexOf(0x22, Math.floor(random() * bytes.length)) + 1 || 1;
  const bad = pick(random, [[0xff], [0xc3, 0x28], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0x00]]);
  return Uint8Array.from([...bytes.slice(0, at), ...bad, ...bytes.slice(at)]);
}

function nested(depth: number): unknown {
  let value: unknown = 5;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

const fullAnswers = {
  DA1: 5,
  DA2: 4,
  DA3: 6,
  DA4: 5,
  DA5: 3,
  DA6: 5,
  DA7: 6,
  DA8: 'ja',
  DA9: 4,
  DA10: 5,
};

/** Invalid questionnaires for `POST /api/s/:token/responses` (and, lacking `group`, paper). */
export function responseMutations(): readonly Mutation[] {
  const base = (r: Random) => ({ id: uuidV4(r), kon: 'kvinna', answers: { ...fullAnswers } });
  const with_ = (change: (b: ReturnType<typeof base>, r: Random) => unknown) => (r: Random) =>
    text(change(base(r), r));
  return [
    ['id as a number', with_((b) => ({ ...b, id: 12345 }))],
    ['id as an array', with_((b) => ({ ...b, id: [b.id] }))],
    ['id missing', with_(({ id: _, ...b }) => b)],
    ['id a version 1 UUID', with_((b) => ({ ...b, id: '6ba7b810-9dad-11d1-80b4-00c04fd430c8' }))],
    ['id a version 7 UUID', with_((b) => ({ ...b, id: '01890a5d-ac96-774b-bcce-b302099a8057' }))],
    ['id as SQL', with_((b) => ({ ...b, id: "'; DROP TABLE responses; --" }))],
    ['id very long', with_((b) => ({ ...b, id: `${b.id}${'0'.repeat(20_000)}` }))],
    ['kon a number', with_((b) => ({ ...b, kon: 1 }))],
    ['kon unknown', with_((b, r) => ({ ...b, kon: pick(r, ['KVINNA', 'kvinna ', 'annan', '']) }))],
    ['kon an object', with_((b) => ({ ...b, kon: { toString: 'kvinna' } }))],
    ['answers a string', with_((b) => ({ ...b, answers: 'DA1=5' }))],
    ['answers an array', with_((b) => ({ ...b, answers: Object.values(b.answers) }))],
    ['answers null', with_((b) => ({ ...b, answers: null }))],
    ['answers missing', with_(({ answers: _, ...b }) => b)],
    ['a number as a string', with_((b) => ({ ...b, answers: { ...b.answers, DA1: '5' } }))],
    [
      'a NaN-like value',
      with_((b, r) => ({
        ...b,
        answers: { ...b.answers, DA2: pick(r, ['NaN', 'Infinity', '-0', '1e3', '0x5', ' 5']) },
      })),
    ],
    [
      'a number off the scale',
      with_((b, r) => ({ ...b, answers: { ...b.answers, DA3: pick(r, [0, 7, -1, 5.5, 1e308]) } })),
    ],
    ['ja on a six-point scale', with_((b) => ({ ...b, answers: { ...b.answers, DA1: 'ja' } }))],
    ['a number on yes/no', with_((b) => ({ ...b, answers: { ...b.answers, DA8: 1 } }))],
    ['a value as an object', with_((b) => ({ ...b, answers: { ...b.answers, DA4: { v: 5 } } }))],
    [
      'a very long value',
      with_((b) => ({ ...b, answers: { ...b.answers, DA5: 'x'.repeat(50_000) } })),
    ],
    ['an unknown question', with_((b) => ({ ...b, answers: { ...b.answers, DA11: 5 } }))],
    ['another group’s question', with_((b) => ({ ...b, answers: { ...b.answers, DP1: 5 } }))],
    ['DA9 without DA8 = ja', with_((b) => ({ ...b, answers: { ...b.answers, DA8: 'nej' } }))],
    ['an empty question id', with_((b) => ({ ...b, answers: { ...b.answers, '': 5 } }))],
    [
      'thousands of unknown questions',
      with_((b) => ({
        ...b,
        answers: Object.fromEntries(Array.from({ length: 4000 }, (_, i) => [`X${i}`, 1])),
      })),
    ],
    ['answers deeply nested', with_((b) => ({ ...b, answers: nested(3000) }))],
    [
      '__proto__ among the answers',
      (r) => `{"id":"${uuidV4(r)}","kon":null,"answers":{"DA1":5,"__proto__":{"DA2":5}}}`,
    ],
    [
      'constructor and prototype among the answers',
      (r) =>
        `{"id":"${uuidV4(r)}","answers":{"DA1":5,"constructor":{"prototype":{"x":1}},"toString":5}}`,
    ],
    ['everything under __proto__', (r) => `{"__proto__":${text(base(r))}}`],
    [
      'a repeated key, the last one wrong',
      (r) => `{"id":"${uuidV4(r)}","answers":${text(fullAnswers)},"answers":[1]}`,
    ],
    ['an array of questionnaires', (r) => text([base(r), base(r)])],
    ['a string, a number, null or true', (r) => pick(r, ['"svar"', '5', 'null', 'true', '[]'])],
    ['no body', () => ''],
    ['cut-off JSON', (r) => text(base(r)).slice(0, 20 + Math.floor(r() * 80))],
    ['random bytes', (r) => randomBytes(r, 3000)],
    ['invalid UTF-8 in a string', (r) => withInvalidUtf8(text({ ...base(r), kon: 'kvinnå' }), r)],
    ['nested arrays 20,000 deep', () => `${'['.repeat(20_000)}${']'.repeat(20_000)}`],
    ['over 64 kB', (r) => text({ ...base(r), padding: 'x'.repeat(70_000) })],
    ['a megabyte', () => 'x'.repeat(1_100_000)],
  ];
}

/** Invalid paper questionnaires for `POST /api/rounds/:id/responses`. */
export function paperMutations(targets: {
  readonly insatsId: number;
  readonly foreignInsatsId: number;
}): readonly Mutation[] {
  const base = { group: 'styrelse', kon: 'man', answers: { S1: 5, S2: 4 } };
  const with_ = (change: Record<string, unknown>) => () => text({ ...base, ...change });
  return [
    [
      'a day that does not exist',
      (r) => text({ ...base, answeredOn: pick(r, ['2021-02-30', '2021-04-31', '2021-02-29']) }),
    ],
    ['a month that does not exist', with_({ answeredOn: '2021-13-01' })],
    ['a day in the future', with_({ answeredOn: '2999-01-01' })],
    ['a day without leading zeros', with_({ answeredOn: '2021-3-5' })],
    ['a day with a time', with_({ answeredOn: '2021-03-15T10:00:00Z' })],
    ['an insats of another förbund', with_({ insatsId: targets.foreignInsatsId })],
    ['an insats that does not exist', with_({ insatsId: 999_999 })],
    ['an insats id as a string', with_({ insatsId: String(targets.insatsId) })],
    [
      'an insats id off the integers',
      (r) => text({ ...base, insatsId: pick(r, [0, -1, 1.5, 1e308]) }),
    ],
    ['a batch label too long', with_({ batch: 'b'.repeat(101) })],
    ['an unknown group', with_({ group: 'remittenter-x' })],
    ['the group as an array', with_({ group: ['styrelse'] })],
    ['another group’s question', with_({ answers: { S1: 5, DP1: 5 } })],
  ];
}

/** Files that are no responses or riksnitt file, for the import and upload routes. */
export function fileBodies(): readonly Mutation[] {
  return [
    ['random bytes', (r) => randomBytes(r, 4000)],
    ['a row with a value off the scale', () => 'grupp;kon;S1\nstyrelse;man;9\n'],
    ['an unknown column', () => 'grupp;kon;X99\nstyrelse;man;1\n'],
    ['a quote never closed', () => 'grupp;kon;S1\n"styrelse;man;5\n'],
    [
      'a zip that is no workbook',
      (r) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...randomBytes(r, 500)]),
    ],
    ['invalid UTF-8', (r) => withInvalidUtf8('grupp;kon;S1\n"styrelse";man;9\n', r)],
    ['a riksnitt row of another shape', () => 'year,question,all\n2021,S1,abc\n'],
    ['an empty file', () => ''],
    ['over 20 MB', () => 'x'.repeat(21 * 1024 * 1024)],
  ];
}

/** Bad bodies for the other routes: shapes, sizes and bytes that are no request at all. */
export function genericBodies(): readonly Mutation[] {
  return [
    ['an empty object', () => '{}'],
    [
      'fields of the wrong types',
      (r) => text({ name: pick(r, [5, [], {}, null, true]), email: 7, password: [] }),
    ],
    [
      'a very long string',
      (r) =>
        text({
          email: 'a'.repeat(400),
          password: 'p'.repeat(1200),
          name: 'n'.repeat(300 + Math.floor(r() * 100)),
        }),
    ],
    [
      '__proto__ keys',
      () =>
        '{"__proto__":{"isInstallationAdmin":true},"constructor":{"prototype":{"role":"admin"}}}',
    ],
    ['an array', () => '[{"email":"a@b.se","password":"x"}]'],
    [
      'numbers as strings',
      () => text({ forbundId: '1', year: '2021', asked: 'NaN', role: 'admin ' }),
    ],
    ['deep nesting', () => text(nested(3000))],
    ['random bytes', (r) => randomBytes(r, 2000)],
    [
      'invalid UTF-8',
      (r) => withInvalidUtf8(text({ name: 'Förbund', email: 'å@ä.se', password: 'lösenord' }), r),
    ],
    ['over 64 kB', () => text({ name: 'x'.repeat(70_000) })],
    ['no body', () => ''],
    ['cut-off JSON', () => '{"name": "Förb'],
  ];
}

/** Logins of the right shape that must fail: unknown accounts, wrong passwords. */
export function wrongLogins(): readonly Mutation[] {
  // Few accounts, so that the throttle soon answers instead of the slow password check.
  const accounts = ['nobody@example.se', 'koordinator@example.se', ' KOORDINATOR@example.se'];
  return [
    ['a wrong password', (r) => text({ email: pick(r, accounts), password: 'fel-lösenord' })],
  ];
}
