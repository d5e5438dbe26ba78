import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, verifyPassword } from '@vielfalt/server';
import { afterAll, describe, expect, it } from 'vitest';
import { testIo } from '../test-io.js';
import { addUser } from './user.js';

const dir = mkdtempSync(join(tmpdir(), 'vielfalt-user-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = async (args: string[], password = 'ein-sehr-langes-passwort') => {
  const io = testIo(dir);
  const code = await addUser([...args, '--data', 'daten'], io, async () => password);
  return { code, out: io.out(), err: io.err() };
};

describe('vielfalt user disable|enable|password|revoke', () => {
  it(
    'disables, enables, sets a password and ends sessions, each in the audit log',
    { timeout: 30_000 },
    async () => {
      expect((await run(['add', '--role', 'moderator', '--email', 'ki@kreis.example'])).code).toBe(
        0,
      );
      const store = async () => openStore(join(dir, 'daten'));
      let s = await store();
      const user = (await s.listUsers())[0];
      if (!user) throw new Error('no account');
      await s.createSession({
        tokenHash: 't1',
        userId: user.id,
        csrfToken: 'c',
        kind: 'bearer',
        expiresAt: '2999-01-01T00:00:00.000Z',
      });
      await s.close();

      const revoke = await run(['revoke', '--email', 'KI@kreis.example']);
      expect(revoke.code, revoke.err).toBe(0);
      expect(revoke.out).toContain('1 session(s) ended');
      const disable = await run(['disable', '--email', 'ki@kreis.example']);
      expect(disable.out).toContain('account disabled');
      s = await store();
      expect(await s.findUserByEmail('ki@kreis.example')).toBeUndefined();
      await s.close();
      expect((await run(['enable', '--email', 'ki@kreis.example'])).out).toContain('enabled again');
      expect(
        (await run(['password', '--email', 'ki@kreis.example'], 'ganz-neues-passwort-1')).code,
      ).toBe(0);
      s = await store();
      const account = await s.findUserByEmail('ki@kreis.example');
      expect(await verifyPassword('ganz-neues-passwort-1', account?.passwordHash ?? '')).toBe(true);
      const log = await s.auditLog({ limit: 10, targetId: user.id });
      expect(log.map((e) => [e.action, e.userId]).reverse()).toEqual([
        ['user.create', 'system'],
        ['user.revoke-sessions', 'cli'],
        ['user.disable', 'cli'],
        ['user.enable', 'cli'],
        ['user.password', 'cli'],
      ]);
      await s.close();
    },
  );

  it('explains an unknown account, a missing address and a short password', async () => {
    const unknown = await run(['disable', '--email', 'niemand@kreis.example']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('There is no account niemand@kreis.example');
    expect((await run(['revoke'])).code).toBe(2);
    expect((await run(['password', '--email', 'ki@kreis.example'], 'kurz')).code).toBe(2);
    const wrong = await run(['sperren', '--email', 'ki@kreis.example']);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('sperren');
  });
});
