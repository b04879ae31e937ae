/**
 * @module
 * What staff did and when: sign-ins, rounds opened and closed, imports, role changes.
 * Respondents never appear here; that would tie an answer to a time.
 */
import type { Kysely } from 'kysely';
import type { AuditLogRow, Database } from './schema';

export interface AuditEvent {
  readonly userId: number | null;
  readonly forbundId: number | null;
  /** What was done, e.g. `round.close`. */
  readonly action: string;
  /** What it was done to, e.g. `round:12`. */
  readonly subject: string;
  /** Anything more, stored as JSON. */
  readonly detail?: unknown;
}

export interface AuditEntry extends AuditEvent {
  readonly id: number;
  /** ISO datetime. */
  readonly at: string;
}

function toAuditEntry(row: AuditLogRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    userId: row.user_id,
    forbundId: row.forbund_id,
    action: row.action,
    subject: row.subject,
    detail: row.detail === null ? undefined : JSON.parse(row.detail),
  };
}

export async function recordAudit(db: Kysely<Database>, event: AuditEvent): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      user_id: event.userId,
      forbund_id: event.forbundId,
      action: event.action,
      subject: event.subject,
      detail: event.detail === undefined ? null : JSON.stringify(event.detail),
    })
    .execute();
}

/** The förbund's log, newest first. */
export async function listAuditLogOfForbund(
  db: Kysely<Database>,
  forbundId: number,
  limit = 100,
): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('forbund_id', '=', forbundId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toAuditEntry);
}
