import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, testPassword, type TestServer } from './testing/harness.js';

describe('account administration', () => {
  let t: TestServer;
  let providerB: string;
  beforeAll(async () => {
    t = await startTestServer();
    const users = await t.request('GET', '/api/v1/users', { as: 'moderator' });
    providerB = users.body.find((u: { email: string }) => u.email === 'b@traeger-b.example').id;
  });
  afterAll(() => t.close());

  const signIn = (password = testPassword) =>
    t.request('POST', '/api/v1/auth/login', {
      body: { email: 'b@traeger-b.example', password, tokenType: 'bearer' },
    });

  it('lets only moderators administer accounts', async () => {
    for (const action of ['disable', 'enable', 'revoke-sessions'])
      expect(
        (await t.request('POST', `/api/v1/users/${providerB}/${action}`, { as: 'providerA' }))
          .status,
      ).toBe(403);
    expect((await t.request('POST', `/api/v1/users/${providerB}/disable`)).status).toBe(401);
  });

  it('disables an account: its sessions end and it cannot sign in; enabled, it can again', async () => {
    const token = (await signIn()).body.token as string;
    const disabled = await t.request('POST', `/api/v1/users/${providerB}/disable`, {
      as: 'moderator',
    });
    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({ email: 'b@traeger-b.example', disabled: true });
    expect(
      (await t.request('GET', '/api/v1/auth/me', { headers: { authorization: `Bearer ${token}` } }))
        .status,
    ).toBe(401);
    expect((await signIn()).status).toBe(401);
    const enabled = await t.request('POST', `/api/v1/users/${providerB}/enable`, {
      as: 'moderator',
    });
    expect(enabled.body.disabled).toBe(false);
    expect((await signIn()).status).toBe(200);
  });

  it('refuses to disable the own account', async () => {
    const me = await t.request('GET', '/api/v1/auth/me', { as: 'moderator' });
    const own = await t.request('POST', `/api/v1/users/${me.body.id}/disable`, {
      as: 'moderator',
    });
    expect(own.status).toBe(409);
    expect(own.body.error.message.de).toContain('eigene Konto');
  });

  it('ends every session of an account, and sets a new password', async () => {
    const token = (await signIn()).body.token as string;
    const revoked = await t.request('POST', `/api/v1/users/${providerB}/revoke-sessions`, {
      as: 'moderator',
    });
    expect(revoked.body.revoked).toBeGreaterThanOrEqual(1);
    const me = (auth: string) =>
      t.request('GET', '/api/v1/auth/me', { headers: { authorization: `Bearer ${auth}` } });
    expect((await me(token)).status).toBe(401);

    const other = (await signIn()).body.token as string;
    const changed = await t.request('POST', `/api/v1/users/${providerB}/password`, {
      as: 'moderator',
      body: { password: 'ein-ganz-neues-passwort' },
    });
    expect(changed.status).toBe(200);
    expect((await me(other)).status).toBe(401);
    expect((await signIn()).status).toBe(401);
    const fresh = await signIn('ein-ganz-neues-passwort');
    expect(fresh.status).toBe(200);

    // The account changes its own password back, knowing the current one.
    const wrong = await t.request('POST', '/api/v1/auth/password', {
      headers: { authorization: `Bearer ${fresh.body.token}` },
      body: { currentPassword: 'falsch', newPassword: testPassword },
    });
    expect(wrong.status).toBe(403);
    const own = await t.request('POST', '/api/v1/auth/password', {
      headers: { authorization: `Bearer ${fresh.body.token}` },
      body: { currentPassword: 'ein-ganz-neues-passwort', newPassword: testPassword },
    });
    expect(own.status).toBe(200);
    expect((await signIn()).status).toBe(200);

    const audit = await t.request('GET', `/api/v1/review/audit?target=${providerB}`, {
      as: 'moderator',
    });
    expect(audit.body.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining([
        'user.disable',
        'user.enable',
        'user.revoke-sessions',
        'user.password',
      ]),
    );
  });
});
