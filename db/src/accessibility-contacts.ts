/**
 * @module
 * A förbund's contact for reporting accessibility problems, shown in the
 * tillgänglighetsredogörelse of its links.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema';

export interface AccessibilityContact {
  readonly email: string | null;
  readonly phone: string | null;
  /** `YYYY-MM-DD`. */
  readonly reviewedOn: string;
}

export async function getAccessibilityContact(
  db: Kysely<Database>,
  forbundId: number,
): Promise<AccessibilityContact | undefined> {
  const row = await db
    .selectFrom('accessibility_contacts')
    .select(['email', 'phone', 'reviewed_on'])
    .where('forbund_id', '=', forbundId)
    .executeTakeFirst();
  return row && { email: row.email, phone: row.phone, reviewedOn: row.reviewed_on };
}

/** Sets the contact, reviewed on the given day; with neither e-mail nor phone, removes it. */
export async function setAccessibilityContact(
  db: Kysely<Database>,
  forbundId: number,
  contact: AccessibilityContact,
): Promise<void> {
  if (contact.email === null && contact.phone === null) {
    await db.deleteFrom('accessibility_contacts').where('forbund_id', '=', forbundId).execute();
    return;
  }
  const row = {
    email: contact.email,
    phone: contact.phone,
    reviewed_on: contact.reviewedOn,
  };
  await db
    .insertInto('accessibility_contacts')
    .values({ forbund_id: forbundId, ...row })
    .onConflict((oc) => oc.column('forbund_id').doUpdateSet(row))
    .execute();
}
