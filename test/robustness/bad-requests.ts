/**
 * @module
 * Bad requests, generated from a seed so that a failure can be replayed: the bodies of
 * bad-bodies.ts sent to the public routes and to staff routes, signed in and not, with
 * wrong content types, foreign origins, unknown tokens and ids that are no ids.
 */
import type { Random } from '@indikera/synthetic';
import {
  fileBodies,
  genericBodies,
  paperMutations,
  pick,
  responseMutations,
  wrongLogins,
} from './bad-bodies';

export interface BadRequest {
  /** What was sent, to print with the seed when an answer is wrong. */
  readonly description: string;
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array;
}

/** What the requests are aimed at: a real link, round, insats and förbund. */
export interface Targets {
  readonly token: string;
  readonly roundId: number;
  readonly insatsId: number;
  readonly forbundId: number;
  readonly userId: number;
  /** An insats of another förbund. */
  readonly foreignInsatsId: number;
}

const contentTypes = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----x',
  'application/json; charset=latin1',
  'application/problem+json',
  'application/json, text/html',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

/** Tokens and ids that name nothing, or are no id at all. */
const badTokens = [
  'nosuchtoken',
  'a'.repeat(101),
  '%00',
  '%ZZ',
  '%E0%A4%A',
  '..%2F..%2Fetc%2Fpasswd',
  'åäö',
  '%3Cscript%3E',
  "'%20OR%201=1--",
  'x'.repeat(5000),
];
const badIds = [
  '0',
  '-1',
  '1.5',
  'abc',
  '1e3',
  '99999999999999999999',
  '0x10',
  '%20',
  '١',
  'NaN',
  '%00',
];

function headersFor(random: Random, json: boolean, cookie?: string): Record<string, string> {
  const headers: Record<string, string> = {};
  const roll = random();
  // Mostly what a browser on the site sends, so requests reach validation.
  if (roll < 0.7) headers['Content-Type'] = json ? 'application/json' : 'text/csv';
  else if (roll < 0.95) headers['Content-Type'] = pick(random, contentTypes);
  const origin = random();
  if (origin < 0.85) headers.Origin = 'http://localhost';
  else if (origin < 0.95) headers.Origin = 'https://evil.example';
  if (cookie) headers.Cookie = cookie;
  return headers;
}

/**
 * `count` bad requests. `cookies` are the session cookies of signed-in users; a third of
 * the staff requests go without one.
 */
export function* badRequests(
  random: Random,
  targets: Targets,
  cookies: readonly string[],
  count: number,
): Generator<BadRequest> {
  const responses = responseMutations();
  const paper = paperMutations(targets);
  const files = fileBodies();
  const generic = genericBodies();
  const logins = wrongLogins();
  const staffRoutes: readonly (readonly [string, string])[] = [
    ['GET', '/api/rounds?forbund={id}'],
    ['POST', '/api/rounds'],
    ['GET', '/api/rounds/{id}'],
    ['GET', '/api/rounds/{id}/report?group={token}&insats={id}&format={token}'],
    ['POST', '/api/rounds/{id}/responses'],
    ['POST', '/api/rounds/{id}/imports?dryRun={token}'],
    ['POST', '/api/rounds/{id}/links'],
    ['GET', '/api/rounds/{id}/comments'],
    ['PUT', '/api/rounds/{id}/comments'],
    ['PUT', '/api/forbund/{id}/tillganglighet'],
    ['GET', '/api/s/{token}/tillganglighet'],
    ['POST', '/api/auth/password'],
    ['GET', '/api/forbund/{id}/insatser'],
    ['POST', '/api/forbund/{id}/insatser'],
    ['PATCH', '/api/insatser/{id}'],
    ['POST', '/api/forbund/{id}/invitations'],
    ['POST', '/api/invitations/{token}/accept'],
    ['POST', '/api/password-resets/{token}'],
    ['PUT', '/api/forbund/{id}/users/{id}'],
    ['POST', '/api/forbund'],
    ['GET', '/api/riksnitt/{id}'],
    ['POST', '/api/riksnitt'],
    ['POST', '/api/riksnitt/svarsfrekvens'],
    ['POST', '/api/setup'],
  ];
  const realIds = [targets.roundId, targets.insatsId, targets.forbundId, targets.userId, 2021];
  for (let i = 0; i < count; i++) {
    const kind = random();
    if (kind < 0.35) {
      const [name, make] = pick(random, responses);
      const token = random() < 0.9 ? targets.token : pick(random, badTokens);
      yield {
        description: `POST responses: ${name}`,
        method: 'POST',
        path: `/api/s/${token}/responses`,
        headers: headersFor(random, true),
        body: make(random),
      };
    } else if (kind < 0.45) {
      const token = pick(random, badTokens);
      yield {
        description: `${'GET'} survey: token ${token.slice(0, 40)}`,
        method: pick(random, ['GET', 'GET', 'GET', 'PUT', 'DELETE', 'PATCH']),
        path: `/api/s/${token}${pick(random, ['', '/', '/responses', '/../../rounds'])}`,
        headers: headersFor(random, true),
      };
    } else if (kind < 0.6) {
      const roll = random();
      const [name, make] = pick(random, roll < 0.7 ? generic : roll < 0.9 ? responses : logins);
      yield {
        description: `POST login: ${name}`,
        method: 'POST',
        path: '/api/auth/login',
        headers: headersFor(random, true),
        body: make(random),
      };
    } else {
      const [method, template] = pick(random, staffRoutes);
      const path = template
        .replaceAll('{id}', () =>
          String(random() < 0.6 ? pick(random, realIds) : pick(random, badIds)),
        )
        .replaceAll('{token}', () => pick(random, badTokens));
      const cookie = random() < 0.66 ? pick(random, cookies) : undefined;
      const isFile = /imports|riksnitt/.test(path);
      const bodies = isFile
        ? files
        : path.endsWith('/responses') && random() < 0.6
          ? paper
          : random() < 0.5
            ? generic
            : responses;
      const [name, make] = pick(random, bodies);
      yield {
        description: `${method} ${path.slice(0, 80)}${cookie ? ' (signed in)' : ''}: ${name}`,
        method,
        path,
        headers: headersFor(random, !isFile, cookie),
        ...(method === 'GET' ? {} : { body: make(random) }),
      };
    }
  }
}
