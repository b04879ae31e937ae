/**
 * A server killed mid-burst (SIGKILL to its process group, as a power cut or the OOM
 * killer would) loses nothing it acknowledged and stores nothing twice: tablets retry
 * every unacknowledged response with the same id until it is acknowledged, across the
 * crash and the restart on the same file. The API server runs alone (no web build), so
 * the test does not depend on the pages being built; the database code is the same.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, type ServerProcess, startServerProcess } from '../server-process';
import {
  fullQuestionnaires,
  type Questionnaire,
  responseBody,
  seedSurveyRound,
} from '../survey-round';

const CLIENTS = 6;
const PER_CLIENT = 60;
/** The crash comes when this many responses have been acknowledged. */
const KILL_AFTER = 120;
/** Attempts per response before the test gives up: retries wait for the restart, not a clock. */
const MAX_ATTEMPTS = 50;

interface Sent {
  readonly id: string;
  readonly questionnaire: Questionnaire;
}

describe('a server killed in the middle of a burst of submissions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'indikera-crash-'));
  const file = join(dir, 'indikera.sqlite');
  let port: number;
  let server: ServerProcess | undefined;
  let token: string;

  beforeAll(async () => {
    ({ token } = await seedSurveyRound(file));
    port = await freePort(39200);
    server = await startServerProcess({ kind: 'api', database: file, port });
  }, 60_000);
  afterAll(async () => {
    await server?.stop('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every acknowledged response exactly once, whole, in an intact file', async () => {
    const questionnaires = fullQuestionnaires(CLIENTS * PER_CLIENT, 7);
    const queues: Sent[][] = Array.from({ length: CLIENTS }, (_, c) =>
      questionnaires
        .slice(c * PER_CLIENT, (c + 1) * PER_CLIENT)
        .map((questionnaire) => ({ id: crypto.randomUUID(), questionnaire })),
    );
    const url = `http://127.0.0.1:${port}/api/s/${token}/responses`;
    const statuses = new Map<number, number>();
    let acknowledged = 0;
    let retries = 0;
    let crashed: Promise<void> | undefined;

    async function crashAndRestart(): Promise<void> {
      await server?.stop('SIGKILL');
      server = await startServerProcess({ kind: 'api', database: file, port });
    }

    /**
     * Posts until the server says stored (201) or stored already (200). A post that meets
     * the dead server waits for the restart (an event, not a clock) and tries again.
     */
    async function deliver(sent: Sent): Promise<void> {
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        try {
          const res = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: responseBody(sent.id, sent.questionnaire),
            // A request the killed server never answers is cut off and sent again.
            signal: AbortSignal.timeout(15_000),
          });
          await res.arrayBuffer();
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status === 201 || res.status === 200) {
            acknowledged++;
            if (acknowledged === KILL_AFTER) crashed = crashAndRestart();
            return;
          }
        } catch {
          // Refused or cut off: the server is down, or went down mid-request.
        }
        retries++;
        await crashed;
      }
      throw new Error(`response ${sent.id} was never acknowledged`);
    }

    await Promise.all(
      queues.map(async (queue) => {
        for (const sent of queue) await deliver(sent);
      }),
    );
    await crashed;
    await server?.stop();

    const total = CLIENTS * PER_CLIENT;
    expect(acknowledged).toBe(total);
    expect(crashed, 'the server was killed during the burst').toBeDefined();
    expect(
      [...statuses.keys()].filter((s) => s >= 300),
      'only 201 and 200',
    ).toEqual([]);
    // Some requests must have met the dead server, or the crash proved nothing.
    expect(retries).toBeGreaterThan(0);

    const sqlite = new BetterSqlite3(file, { readonly: true });
    try {
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(sqlite.pragma('foreign_key_check')).toEqual([]);
      const ids = sqlite.prepare('SELECT id FROM responses').pluck().all() as string[];
      expect(ids.length).toBe(total);
      expect(new Set(ids).size).toBe(total);
      const stored = new Map<string, Map<string, string>>();
      for (const row of sqlite
        .prepare('SELECT response_id, question_id, value FROM answers')
        .all() as { response_id: string; question_id: string; value: string }[]) {
        const answers = stored.get(row.response_id) ?? new Map<string, string>();
        answers.set(row.question_id, row.value);
        stored.set(row.response_id, answers);
      }
      const wrong = queues.flat().filter(({ id, questionnaire }) => {
        const answers = stored.get(id);
        return (
          !answers ||
          answers.size !== questionnaire.answers.size ||
          [...questionnaire.answers].some(([q, v]) => answers.get(q) !== String(v))
        );
      });
      expect(
        wrong.map((s) => s.id),
        'responses whose answers differ from those sent',
      ).toEqual([]);
    } finally {
      sqlite.close();
    }
  }, 240_000);
});
