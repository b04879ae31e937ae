import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAuditLogOfForbund, recordAudit } from './audit-log';
import { createForbund } from './forbund';
import { openTestDatabase, type TestDatabase } from './test-database';
import { createUser } from './users';

let t: TestDatabase;
beforeEach(async () => {
  t = await openTestDatabase();
});
afterEach(async () => {
  await t.close();
});

describe('audit log', () => {
  it('records staff actions with JSON detail, newest first, per förbund', async () => {
    const norr = await createForbund(t.db, 'Norr');
    const syd = await createForbund(t.db, 'Syd');
    const eva = await createUser(t.db, { email: 'eva@x.se', name: 'Eva', passwordHash: 'h' });
    await recordAudit(t.db, {
      userId: eva.id,
      forbundId: norr.id,
      action: 'round.create',
      subject: 'round:1',
    });
    await recordAudit(t.db, {
      userId: eva.id,
      forbundId: norr.id,
      action: 'responses.import',
      subject: 'round:1',
      detail: { created: 120, duplicate: 3 },
    });
    await recordAudit(t.db, { userId: eva.id, forbundId: syd.id, action: 'x', subject: 'y' });

    const log = await listAuditLogOfForbund(t.db, norr.id);
    expect(log.map((e) => [e.action, e.detail])).toEqual([
      ['responses.import', { created: 120, duplicate: 3 }],
      ['round.create', undefined],
    ]);
    expect(log[0]?.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('keeps the entries of a removed user, without the user', async () => {
    const norr = await createForbund(t.db, 'Norr');
    const eva = await createUser(t.db, { email: 'eva@x.se', name: 'Eva', passwordHash: 'h' });
    await recordAudit(t.db, { userId: eva.id, forbundId: norr.id, action: 'a', subject: 's' });
    await t.db.deleteFrom('users').where('id', '=', eva.id).execute();
    expect((await listAuditLogOfForbund(t.db, norr.id))[0]?.userId).toBeNull();
  });
});
