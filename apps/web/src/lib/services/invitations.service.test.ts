import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createPasswordReset,
  invite,
  listInvitations,
  showInvitation,
  showPasswordReset,
} from './invitations.service';
import { type TestApi, testApi } from './test-api';

let t: TestApi;
beforeEach(async () => {
  t = await testApi();
});
afterEach(async () => {
  await t.close();
});

describe('invitations.service', () => {
  it('leaves invitations and password links to the administratörer', async () => {
    const sent = await invite(t.api, t.forbund.id, { email: 'ny@example.se', role: 'lasare' });
    expect(sent.status).toBe(403);
    expect((await listInvitations(t.api, t.forbund.id)).status).toBe(403);
    expect((await createPasswordReset(t.api, t.forbund.id, 1)).status).toBe(403);
  });

  it('shows no invitation or password link for a token that is not one', async () => {
    expect((await showInvitation(t.api, 'finns-inte')).status).toBe(404);
    expect((await showPasswordReset(t.api, 'finns-inte')).status).toBe(404);
  });
});
