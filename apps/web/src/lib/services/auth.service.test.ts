import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changePassword, fetchMe, fetchSetupStatus, login, logout } from './auth.service';
import { EMAIL, PASSWORD, type TestApi, testApi } from './test-api';

let t: TestApi;
beforeEach(async () => {
  t = await testApi();
});
afterEach(async () => {
  await t.close();
});

describe('auth.service', () => {
  it('gives the signed-in person with förbund and role, and nothing once signed out', async () => {
    const me = await fetchMe(t.api);
    expect(me.ok && me.body.memberships.map((m) => m.role)).toEqual(['koordinator']);
    expect((await logout(t.api)).status).toBe(204);
    expect((await fetchMe(t.api)).status).toBe(401);
    expect((await login(t.api, { email: EMAIL, password: 'fel' })).status).toBe(401);
  });

  it('names the field of a password change that fails', async () => {
    const res = await changePassword(t.api, { currentPassword: PASSWORD, newPassword: 'kort' });
    expect(res.status).toBe(400);
    expect(res.ok ? [] : res.body.errors?.map((e) => e.field)).toEqual(['newPassword']);
  });

  it('says the installation is set up once it has a user', async () => {
    const setup = await fetchSetupStatus(t.api);
    expect(setup.ok && setup.body).toEqual({ needed: false });
  });
});
