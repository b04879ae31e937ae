import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInsats } from '@indikera/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { roundWithLink, type TestContext, testContext } from './test-context';

// Real answers of the main routes, checked against the response schema each route
// declares (the one /api/openapi.json and hc<AppType> show): a field the handler adds,
// drops or reshapes without its schema fails here. The schema's parse keeps only what
// it describes, so a field it does not know makes the parsed answer differ.

const root = new URL('../../../', import.meta.url).pathname;
const example = (name: string) => readFileSync(join(root, 'examples', name));

let t: TestContext;
let cookie: string;
let roundId: number;
let token: string;
let linkId: number;

beforeAll(async () => {
  t = await testContext();
  const installation = await t.login('installation');
  const loaded = await t.request('POST', '/api/riksnitt', {
    cookie: installation,
    raw: example('riksnitt.csv'),
    headers: { 'Content-Type': 'text/csv' },
  });
  expect(loaded.status, loaded.text).toBe(201);
  await createInsats(t.db, t.forbund.norr.id, 'Samverkansteam');
  ({ roundId, token, linkId, cookie } = await roundWithLink(t));
  const imported = await t.request('POST', `/api/rounds/${roundId}/imports`, {
    cookie,
    raw: example('svar-2021.csv'),
    headers: { 'Content-Type': 'text/csv' },
  });
  expect(imported.status, imported.text).toBe(201);
});
afterAll(async () => {
  await t.close();
});

/** The schema a route declares for a status, with the route written as in createRoute. */
function declared(method: string, route: string, status: number): ZodType {
  const definition = t.app.openAPIRegistry.definitions.find(
    (d) => d.type === 'route' && d.route.method === method && d.route.path === route,
  );
  if (definition?.type !== 'route') throw new Error(`${method} ${route} is not declared`);
  const response = definition.route.responses[status];
  const content = (response && 'content' in response ? response.content : undefined) as
    | Record<string, { schema?: unknown }>
    | undefined;
  const schema =
    content?.['application/json']?.schema ?? content?.['application/problem+json']?.schema;
  if (!schema) throw new Error(`${method} ${route} declares no JSON answer for ${status}`);
  return schema as ZodType;
}

async function expectDeclared(
  method: 'get' | 'post' | 'put',
  route: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const res = await t.request(method.toUpperCase(), path, { cookie, body });
  const parsed = declared(method, route, res.status).safeParse(res.body);
  expect(parsed.error?.issues ?? [], `${method} ${path} → ${res.status}`).toEqual([]);
  expect(parsed.data, `${method} ${path}: fields the schema does not describe`).toEqual(res.body);
  return res.body;
}

describe('the answers match the declared response schemas', () => {
  it('report: open, closed, filtered to an insats (withheld), and a problem', async () => {
    await expectDeclared('get', '/api/rounds/{id}/report', `/api/rounds/${roundId}/report`);
    await t.request('POST', `/api/rounds/${roundId}/close`, { cookie });
    const whole = (await expectDeclared(
      'get',
      '/api/rounds/{id}/report',
      `/api/rounds/${roundId}/report`,
    )) as { questions: { withheld?: true; byGender: unknown }[] };
    expect(whole.questions.length).toBeGreaterThan(0);
    await expectDeclared(
      'get',
      '/api/rounds/{id}/report',
      `/api/rounds/${roundId}/report?insats=${t.insatser.tidsam.id}`,
    );
    await expectDeclared(
      'get',
      '/api/rounds/{id}/report',
      `/api/rounds/${roundId}/report?group=ingen-sadan`,
    );
    await t.request('POST', `/api/rounds/${roundId}/open`, { cookie });
  });

  it('rounds: list, one with its counts, its instrument, create, close and open', async () => {
    await expectDeclared('get', '/api/rounds', '/api/rounds');
    await expectDeclared('get', '/api/rounds/{id}', `/api/rounds/${roundId}`);
    const instrument = (await expectDeclared(
      'get',
      '/api/rounds/{id}/instrument',
      `/api/rounds/${roundId}/instrument`,
    )) as { version: string; questions: unknown[] };
    expect([instrument.version, instrument.questions.length]).toEqual(['2021', 41]);
    await expectDeclared('get', '/api/instruments', '/api/instruments');
    await expectDeclared('post', '/api/rounds', '/api/rounds', {
      forbundId: t.forbund.norr.id,
      name: 'Mätning 2022',
      year: 2022,
    });
    await expectDeclared('post', '/api/rounds', '/api/rounds', { forbundId: 0 });
  });

  it('links: list with counts, create, revoke', async () => {
    await expectDeclared('get', '/api/rounds/{id}/links', `/api/rounds/${roundId}/links`);
    const link = (await expectDeclared(
      'post',
      '/api/rounds/{id}/links',
      `/api/rounds/${roundId}/links`,
      { group: 'personal', kiosk: true },
    )) as { id: number };
    await expectDeclared('post', '/api/links/{id}/revoke', `/api/links/${link.id}/revoke`);
    expect(linkId).toBeGreaterThan(0);
  });

  it('survey: the questionnaire, a stored response, its repeat, and a refused one', async () => {
    await expectDeclared('get', '/api/s/{token}', `/api/s/${token}`);
    const response = { id: crypto.randomUUID(), kon: 'kvinna', answers: { DA1: 5 } };
    const path = `/api/s/${token}/responses`;
    await expectDeclared('post', '/api/s/{token}/responses', path, response);
    await expectDeclared('post', '/api/s/{token}/responses', path, response);
    await expectDeclared('post', '/api/s/{token}/responses', path, { id: 'x', answers: {} });
    await expectDeclared('get', '/api/s/{token}', '/api/s/finns-inte');
  });

  it('riksnitt, comments, the signed-in person and health', async () => {
    await expectDeclared('get', '/api/riksnitt', '/api/riksnitt');
    await expectDeclared('get', '/api/riksnitt/{year}', '/api/riksnitt/2021');
    await expectDeclared('get', '/api/rounds/{id}/comments', `/api/rounds/${roundId}/comments`);
    await expectDeclared('get', '/api/auth/me', '/api/auth/me');
    await expectDeclared('get', '/api/health', '/api/health');
  });
});
