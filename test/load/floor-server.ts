/**
 * @module
 * The floor for the submission benchmark: a bare `node:http` server that stores a posted
 * questionnaire with better-sqlite3 directly, on the same pragmas and with the same rows
 * (the response and its answers, one transaction, a repeated id stored once) as the
 * product, but with no framework, no validation beyond the JSON's shape, no Kysely.
 * What the product spends above it is what its layers cost. Not a server to run for real.
 *
 * Run by test/server-process.ts (kind `floor`): PORT, HOST and DATABASE_URL as the product.
 */
import { createServer } from 'node:http';
import BetterSqlite3 from 'better-sqlite3';

const file = (process.env.DATABASE_URL ?? '').replace(/^file:/, '');
const sqlite = new BetterSqlite3(file);
sqlite.pragma('journal_mode = WAL');
sqlite.pragma('foreign_keys = ON');
sqlite.pragma('busy_timeout = 5000');
sqlite.pragma('synchronous = NORMAL');

const findLink = sqlite.prepare<
  [string],
  { id: number; round_id: number; group_id: string; insats_id: number | null }
>(
  `SELECT links.id, links.round_id, links.group_id, links.insats_id FROM links
   JOIN rounds ON rounds.id = links.round_id
   WHERE links.token = ? AND links.revoked = 0 AND rounds.status = 'open'`,
);
const insertResponse = sqlite.prepare(
  `INSERT INTO responses (id, round_id, link_id, group_id, insats_id, kon, channel, answered_on, batch)
   VALUES (?, ?, ?, ?, ?, ?, 'web', ?, NULL) ON CONFLICT (id) DO NOTHING`,
);
const answerInserts = new Map<number, BetterSqlite3.Statement>();
function insertAnswers(count: number): BetterSqlite3.Statement {
  let statement = answerInserts.get(count);
  if (!statement) {
    const rows = Array.from({ length: count }, () => '(?, ?, ?)').join(', ');
    statement = sqlite.prepare(
      `INSERT INTO answers (response_id, question_id, value) VALUES ${rows}`,
    );
    answerInserts.set(count, statement);
  }
  return statement;
}

interface Posted {
  readonly id: string;
  readonly kon: string | null;
  readonly answers: Record<string, string | number>;
}

const store = sqlite.transaction(
  (link: NonNullable<ReturnType<typeof findLink.get>>, body: Posted) => {
    const day = new Date().toISOString().slice(0, 10);
    const id = body.id.toLowerCase();
    const inserted = insertResponse.run(
      id,
      link.round_id,
      link.id,
      link.group_id,
      link.insats_id,
      body.kon,
      day,
    );
    if (inserted.changes === 0) return false;
    const answers = Object.entries(body.answers);
    if (answers.length > 0)
      insertAnswers(answers.length).run(
        answers.flatMap(([question, value]) => [id, question, String(value)]),
      );
    return true;
  },
);

function send(res: import('node:http').ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

const responsesPath = /^\/api\/s\/([^/]+)\/responses$/;

const server = createServer((req, res) => {
  if (req.url === '/api/health') return send(res, 200, { ok: true });
  const token = req.method === 'POST' ? responsesPath.exec(req.url ?? '')?.[1] : undefined;
  if (!token) return send(res, 404, { status: 404 });
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    let body: Posted;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Posted;
      if (typeof body.id !== 'string' || typeof body.answers !== 'object') throw new Error();
    } catch {
      return send(res, 400, { status: 400 });
    }
    const link = findLink.get(token);
    if (!link) return send(res, 404, { status: 404 });
    const created = store(link, body);
    send(res, created ? 201 : 200, { id: body.id, status: created ? 'created' : 'duplicate' });
  });
});
server.listen(Number(process.env.PORT ?? '3000'), process.env.HOST ?? '127.0.0.1');
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => server.close(() => sqlite.close()));
