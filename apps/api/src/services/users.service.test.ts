import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestContext, testContext } from '../test-context';
import {
  changeRole,
  LastAdminError,
  listMembers,
  NotAMemberError,
  removeMember,
} from './users.service';

let t: TestContext;
beforeEach(async () => {
  t = await testContext();
});
afterEach(async () => {
  await t.close();
});

const id = (key: string) => t.users[key]?.id ?? 0;
const change = (key: string) => ({
  forbundId: t.forbund.norr.id,
  userId: id(key),
  by: id('admin'),
});
const auditCount = () => t.count('audit_log');

describe('users.service', () => {
  it('lists members by name with their role only', async () => {
    expect(await listMembers(t.db, t.forbund.norr.id)).toEqual([
      { id: id('admin'), email: 'admin@example.se', name: 'admin', role: 'admin' },
      {
        id: id('koordinator'),
        email: 'koordinator@example.se',
        name: 'koordinator',
        role: 'koordinator',
      },
      { id: id('lasare'), email: 'lasare@example.se', name: 'lasare', role: 'lasare' },
    ]);
  });

  it('changes a role and audits it', async () => {
    const before = await auditCount();
    expect(await changeRole(t.db, { ...change('lasare'), role: 'koordinator' })).toMatchObject({
      id: id('lasare'),
      role: 'koordinator',
    });
    expect(await auditCount()).toBe(Number(before) + 1);
  });

  it('refuses to demote or remove the last admin, and changes nothing', async () => {
    const before = await auditCount();
    await expect(changeRole(t.db, { ...change('admin'), role: 'lasare' })).rejects.toThrow(
      LastAdminError,
    );
    await expect(removeMember(t.db, change('admin'))).rejects.toThrow(LastAdminError);
    expect((await listMembers(t.db, t.forbund.norr.id))[0]?.role).toBe('admin');
    expect(await auditCount()).toBe(before);
  });

  it('lets one of two admins go', async () => {
    await changeRole(t.db, { ...change('koordinator'), role: 'admin' });
    await removeMember(t.db, change('admin'));
    expect((await listMembers(t.db, t.forbund.norr.id)).map((m) => m.name)).toEqual([
      'koordinator',
      'lasare',
    ]);
  });

  it('refuses someone who is not a member of the förbund', async () => {
    await expect(changeRole(t.db, { ...change('syd'), role: 'lasare' })).rejects.toThrow(
      NotAMemberError,
    );
    await expect(removeMember(t.db, change('syd'))).rejects.toThrow(NotAMemberError);
  });
});
