/**
 * @module
 * Submissions over HTTP: a server in its own process on a SQLite file or a PostgreSQL
 * database (a server of the run's own), 50 connections posting full deltagare-avslut
 * questionnaires for 20 s, each with a new id. Beside it two floors: `insertResponse`
 * called directly, and (on SQLite) the same load against a bare `node:http` server
 * storing the same rows with better-sqlite3 (floor-server.ts), so that what the product's
 * layers cost is one ratio of one run. Targets: ≥ 2,000 responses/s, p99 ≤ 50 ms, at
 * least half the bare server's rate, no errors, and every acknowledged response stored,
 * once, with its ten answers.
 */
import { type Dialect, insertResponse, openDatabase } from '@indikera/db';
import autocannon from 'autocannon';
import { freePort, type ServerKind, startServerProcess } from '../server-process';
import { fullQuestionnaires, GROUP, responseBody, seedSurveyRound } from '../survey-round';
import { benchDatabase } from './bench-databases';
import type { Measurement } from './measurement';

const CONNECTIONS = 50;
const DURATION_S = 20;
const DIRECT = 20_000;
const questionnaires = fullQuestionnaires(1000);

interface HttpRun {
  readonly result: autocannon.Result;
  readonly acknowledged: ReadonlySet<string>;
  readonly sent: ReadonlySet<string>;
  /** CPU seconds used by the server and by this process (the load generator) during the run. */
  readonly serverCpu: number;
  readonly clientCpu: number;
}

async function postForAWhile(url: string, serverCpu: () => number): Promise<HttpRun> {
  const acknowledged = new Set<string>();
  const sent = new Set<string>();
  let next = 0;
  const cpuBefore = serverCpu();
  const clientBefore = process.cpuUsage();
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => {
          const id = crypto.randomUUID();
          sent.add(id);
          const q = questionnaires[next++ % questionnaires.length];
          return q ? { ...request, body: responseBody(id, q) } : request;
        },
        onResponse: (status, body) => {
          if (status === 201) acknowledged.add((JSON.parse(body) as { id: string }).id);
        },
      },
    ],
  });
  const client = process.cpuUsage(clientBefore);
  return {
    result,
    acknowledged,
    sent,
    serverCpu: serverCpu() - cpuBefore,
    clientCpu: (client.user + client.system) / 1e6,
  };
}

/** Stores `DIRECT` questionnaires one transaction each, as the route does, in this process. */
async function measureDirectRate(dialect: Dialect): Promise<number> {
  const store = await benchDatabase(dialect, 'direct');
  try {
    const { roundId, linkId, insatsId } = await seedSurveyRound(store.database);
    const { db, close } = openDatabase(store.database);
    try {
      const start = performance.now();
      for (let i = 0; i < DIRECT; i++) {
        const q = questionnaires[i % questionnaires.length];
        if (!q) continue;
        await insertResponse(db, {
          id: crypto.randomUUID(),
          roundId,
          linkId,
          groupId: GROUP,
          insatsId,
          kon: q.kon,
          channel: 'web',
          answeredOn: '2021-03-15',
          batch: null,
          answers: q.answers,
        });
      }
      return DIRECT / ((performance.now() - start) / 1000);
    } finally {
      await close();
    }
  } finally {
    await store.drop();
  }
}

// Once per `pnpm bench` and database: both servers are compared with the same floor.
const directRates = new Map<Dialect, Promise<number>>();

/** What the database holds after the run, against what the clients sent and were told. */
async function verify(database: string, run: HttpRun) {
  const { db, close } = openDatabase(database);
  try {
    const ids = new Set(
      (await db.selectFrom('responses').select('id').execute()).map((row) => row.id),
    );
    const { answers } = await db
      .selectFrom('answers')
      .select((eb) => eb.fn.countAll<number>().as('answers'))
      .executeTakeFirstOrThrow();
    let missing = 0;
    for (const id of run.acknowledged) if (!ids.has(id)) missing++;
    let unknown = 0;
    for (const id of ids) if (!run.sent.has(id)) unknown++;
    return { rows: ids.size, answers, missing, unknown };
  } finally {
    await close();
  }
}

interface ServerRun {
  readonly run: HttpRun;
  readonly startup: number;
  readonly stored: Awaited<ReturnType<typeof verify>>;
}

/** Starts a server of this kind on a fresh round, posts for a while, and checks what it stored. */
async function loadServer(kind: ServerKind, dialect: Dialect): Promise<ServerRun> {
  const store = await benchDatabase(dialect, 'http');
  try {
    const { token } = await seedSurveyRound(store.database);
    const startedAt = performance.now();
    const server = await startServerProcess({
      kind,
      database: store.database,
      port: await freePort(39100),
      // `serve` builds the web app first when its sources have changed.
      timeoutMs: 10 * 60_000,
    });
    const startup = performance.now() - startedAt;
    let run: HttpRun;
    try {
      run = await postForAWhile(`${server.url}/api/s/${token}/responses`, server.cpuSeconds);
    } finally {
      await server.stop();
    }
    return { run, startup, stored: await verify(store.database, run) };
  } finally {
    await store.drop();
  }
}

// Once per `pnpm bench`: every SQLite server is compared with the same bare server.
let floorRun: Promise<ServerRun> | undefined;

const rateOf = (run: HttpRun) => run.result['2xx'] / run.result.duration;

/** The bare server's figures and the product's ratio to it (a SQLite floor: SQLite only). */
async function floorMeasurements(httpRate: number): Promise<Measurement[]> {
  floorRun ??= loadServer('floor', 'sqlite');
  const floor = (await floorRun).run;
  return [
    {
      name: `floor: a bare node:http server storing the same rows with better-sqlite3 (${CONNECTIONS} connections, ${floor.result.duration} s)`,
      value: rateOf(floor),
      unit: 'responses/s',
    },
    { name: 'floor latency p99', value: floor.result.latency.p99, unit: 'ms' },
    {
      name: 'floor server CPU per stored response',
      value: (1e6 * floor.serverCpu) / Math.max(floor.result['2xx'], 1),
      unit: 'µs',
    },
    {
      name: 'HTTP ÷ floor (the cost of the layers above the bare server)',
      value: httpRate / rateOf(floor),
      unit: '×',
      target: { op: '>=', value: 0.5 },
    },
  ];
}

/**
 * @param kind `serve` (pages and API, what `pnpm start` runs) or `api` (the API alone)
 * @param dialect the database the server stores in
 * @example await benchSubmissions('serve', 'postgres')
 */
export async function benchSubmissions(
  kind: 'serve' | 'api',
  dialect: Dialect = 'sqlite',
): Promise<Measurement[]> {
  const { run, startup, stored } = await loadServer(kind, dialect);
  const rate = directRates.get(dialect) ?? measureDirectRate(dialect);
  directRates.set(dialect, rate);
  const direct = await rate;
  const { result } = run;
  const ok = result['2xx'];
  const httpRate = ok / result.duration;
  const floor = dialect === 'sqlite' ? await floorMeasurements(httpRate) : [];
  return [
    {
      name: 'server start (a web build included when sources changed)',
      value: startup,
      unit: 'ms',
    },
    {
      name: `responses stored per second over HTTP (${CONNECTIONS} connections, ${result.duration} s)`,
      value: httpRate,
      unit: 'responses/s',
      target: { op: '>=', value: 2000 },
    },
    { name: 'latency p50', value: result.latency.p50, unit: 'ms' },
    {
      name: 'latency p99',
      value: result.latency.p99,
      unit: 'ms',
      target: { op: '<=', value: 50 },
    },
    {
      name: 'non-2xx responses and failed requests',
      value: result.non2xx + result.errors,
      unit: 'requests',
      target: { op: '<=', value: 0 },
    },
    {
      name: 'server CPU per stored response',
      value: (1e6 * run.serverCpu) / Math.max(ok, 1),
      unit: 'µs',
    },
    {
      name: 'server CPU use (1 = one core)',
      value: run.serverCpu / result.duration,
      unit: 'cores',
    },
    {
      name: 'load generator CPU use (autocannon, this process)',
      value: run.clientCpu / result.duration,
      unit: 'cores',
    },
    ...floor,
    {
      name: `insertResponse called directly, ${DIRECT.toLocaleString('en')} one by one`,
      value: direct,
      unit: 'responses/s',
    },
    { name: 'HTTP ÷ direct', value: httpRate / direct, unit: '×' },
    { name: '2xx responses', value: ok, unit: 'responses' },
    {
      name: '2xx other than 201 created (an id stored twice)',
      value: ok - run.acknowledged.size,
      unit: 'responses',
      target: { op: '<=', value: 0 },
    },
    { name: 'responses in the database', value: stored.rows, unit: 'rows' },
    {
      name: 'acknowledged (201) but not in the database',
      value: stored.missing,
      unit: 'responses',
      target: { op: '<=', value: 0 },
    },
    {
      // autocannon drops its connections at the end: requests then in flight may be stored.
      name: 'stored without an answer received (in flight when the clients stopped)',
      value: stored.rows - (run.acknowledged.size - stored.missing),
      unit: 'responses',
      target: { op: '<=', value: CONNECTIONS },
    },
    {
      name: 'rows with an id no client sent',
      value: stored.unknown,
      unit: 'rows',
      target: { op: '<=', value: 0 },
    },
    {
      name: 'answer rows other than 10 per response',
      value: Math.abs(stored.answers - 10 * stored.rows),
      unit: 'rows',
      target: { op: '<=', value: 0 },
    },
  ];
}
