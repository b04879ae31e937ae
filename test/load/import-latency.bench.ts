/**
 * @module
 * Answers from a link while a 100,000-row CSV is imported into the same server: the
 * import goes through `POST /api/rounds/:id/imports` of the API in its own process, and
 * meanwhile one respondent after another posts a questionnaire. Targets: the posts'
 * p99 under 100 ms, and the server's peak memory during the import under 250 MiB.
 * `BENCH_SCALE=0.1` imports a tenth of the rows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { hashPassword } from '@indikera/api';
import { createUser, getRound, openDatabase, setMembership } from '@indikera/db';
import { writeResponsesCsv } from '@indikera/formats';
import { getInstrument } from '@indikera/instrument';
import { syntheticResponses } from '@indikera/synthetic';
import { freePort, startServerProcess } from '../server-process';
import { fullQuestionnaires, responseBody, seedSurveyRound } from '../survey-round';
import type { Measurement } from './measurement';

const ROWS = Math.round(100_000 * Number(process.env.BENCH_SCALE ?? 1));
const PASSWORD = 'ett-långt-lösenord-för-mätning';

async function seedCoordinator(file: string, roundId: number): Promise<string> {
  const { db, close } = openDatabase(`file:${file}`);
  try {
    const round = await getRound(db, roundId);
    if (!round) throw new Error('no round');
    const email = 'koordinator@last.example';
    const user = await createUser(db, {
      email,
      name: 'Koordinator',
      passwordHash: await hashPassword(PASSWORD),
      isInstallationAdmin: false,
    });
    await setMembership(db, user.id, round.forbundId, 'koordinator');
    return email;
  } finally {
    await close();
  }
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export async function benchImportLatency(): Promise<Measurement[]> {
  const instrument = getInstrument('2021');
  const dir = mkdtempSync(join(tmpdir(), 'indikera-bench-import-latency-'));
  const database = join(dir, 'latency.sqlite');
  const { roundId, token } = await seedSurveyRound(database);
  const email = await seedCoordinator(database, roundId);
  const per = Math.round(ROWS / instrument.groups.length);
  const csv = writeResponsesCsv(
    syntheticResponses({
      instrument,
      seed: 5,
      year: 2021,
      counts: Object.fromEntries(instrument.groups.map((g) => [g.id, per])),
      insatser: ['Steget fram'],
    }),
    instrument,
    { delimiter: ';' },
  );
  const server = await startServerProcess({
    kind: 'api',
    database,
    port: await freePort(3700),
  });
  try {
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0];
    if (login.status !== 200 || !cookie) throw new Error(`login failed: ${login.status}`);
    const before = server.memoryMiB().now;

    let importDone = false;
    const started = performance.now();
    const importing = fetch(`${server.url}/api/rounds/${roundId}/imports`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv', Cookie: cookie },
      body: csv,
    }).then(async (res) => {
      const took = performance.now() - started;
      importDone = true;
      return { status: res.status, body: await res.text(), took };
    });

    const questionnaires = fullQuestionnaires(200);
    const latencies: number[] = [];
    let failed = 0;
    for (let i = 0; !importDone; i++) {
      const q = questionnaires[i % questionnaires.length];
      if (!q) break;
      const sent = performance.now();
      const res = await fetch(`${server.url}/api/s/${token}/responses`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: responseBody(crypto.randomUUID(), q),
      });
      await res.arrayBuffer();
      if (!importDone) latencies.push(performance.now() - sent);
      if (res.status !== 201) failed++;
      // A respondent about every 20 ms: a busy day at many links at once.
      await sleep(20);
    }
    const imported = await importing;
    if (imported.status !== 201) throw new Error(`the import failed: ${imported.body}`);
    const memory = server.memoryMiB();
    return [
      {
        name: `${ROWS.toLocaleString('en')}-row import over HTTP while respondents post`,
        value: imported.took,
        unit: 'ms',
      },
      { name: '  answers posted during the import', value: latencies.length, unit: 'posts' },
      {
        name: 'post latency during the import, p99',
        value: percentile(latencies, 99),
        unit: 'ms',
        target: { op: '<=', value: 100 },
      },
      { name: '  median', value: percentile(latencies, 50), unit: 'ms' },
      { name: '  slowest', value: Math.max(...latencies), unit: 'ms' },
      {
        name: 'posts refused during the import',
        value: failed,
        unit: 'posts',
        target: { op: '<=', value: 0 },
      },
      {
        name: 'peak memory of the server (API and import worker) during the import',
        value: memory.peak,
        unit: 'MiB',
        target: { op: '<=', value: 250 },
      },
      { name: '  of which before the import', value: before, unit: 'MiB' },
    ];
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
