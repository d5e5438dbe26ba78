import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testIo } from '../test-io.js';
import { command as serve } from './serve.js';
import { addUser } from './user.js';

const dir = mkdtempSync(join(tmpdir(), 'vielfalt-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('vielfalt user add and vielfalt serve', () => {
  it('creates the first moderator, who can then sign in to the served database', async () => {
    const io = testIo(dir);
    const code = await addUser(
      ['add', '--role', 'moderator', '--email', 'ki@kreis.example', '--data', 'daten'],
      io,
      async () => 'ein-sehr-langes-passwort',
    );
    expect(code, io.err()).toBe(0);
    expect(io.out()).toContain('ki@kreis.example (moderator)');
    const again = testIo(dir);
    expect(
      await addUser(
        ['add', '--role', 'moderator', '--email', 'ki@kreis.example', '--data', 'daten'],
        again,
        async () => 'ein-sehr-langes-passwort',
      ),
    ).toBe(1);
    expect(again.err()).toContain('already an account');

    const serveIo = testIo(dir);
    const running = serve.run(
      ['--data', 'daten', '--port', '0', '--insecure-cookies', '--profile', 'recklinghausen'],
      serveIo,
    );
    while (!serveIo.out().includes('running at')) await new Promise((r) => setTimeout(r, 20));
    const url = /running at (\S+)/.exec(serveIo.out())?.[1] as string;
    expect((await fetch(`${url}/health`)).status).toBe(200);
    const login = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'ki@kreis.example',
        password: 'ein-sehr-langes-passwort',
        tokenType: 'bearer',
      }),
    });
    expect(login.status).toBe(200);
    process.emit('SIGTERM');
    expect(await running).toBe(0);
  });

  it('refuses short passwords and bad options with exit code 2', async () => {
    const io = testIo(dir);
    expect(
      await addUser(
        ['add', '--role', 'moderator', '--email', 'x@kreis.example', '--data', 'daten'],
        io,
        async () => 'kurz',
      ),
    ).toBe(2);
    expect(io.err()).toContain('12');
    expect(
      await addUser(
        ['add', '--role', 'chef', '--email', 'x@kreis.example'],
        testIo(dir),
        async () => 'ein-sehr-langes-passwort',
      ),
    ).toBe(2);
    expect(await serve.run(['--port', 'abc'], testIo(dir))).toBe(2);
    // No county by default: without --profile (or a --seed that names its profile) it asks for one.
    const noProfile = testIo(dir);
    expect(await serve.run(['--data', 'daten', '--port', '0'], noProfile)).toBe(2);
    expect(noProfile.err()).toBe(
      'Fehler: --profile fehlt: welches Kreisprofil? --profile <name|profil.json> angeben. / ' +
        'Error: --profile is missing: which county profile? Pass --profile <name|profile.json>.\n' +
        'vielfalt serve --help zeigt alle Optionen / shows every option.\n',
    );
    expect(await serve.run(['--search', 'postgres', '--data', 'daten'], testIo(dir))).toBe(2);
  });
});
