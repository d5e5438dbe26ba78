import { describe, expect, it } from 'vitest';
import type { Command, CommandLoader } from './command.js';
import { run } from './run.js';
import { testIo } from './test-io.js';

const validate: Command = {
  summary: 'checks a dataset',
  usage: 'vielfalt validate <dataset.json>',
  run: () => Promise.resolve(0),
};

/** What Node throws when an import names a package that is not installed. */
function notFound(name: string): Error {
  return Object.assign(new Error(`Cannot find package '${name}' imported from /x/serve.js`), {
    code: 'ERR_MODULE_NOT_FOUND',
  });
}

const commands: Record<string, CommandLoader> = {
  validate: () => Promise.resolve({ command: validate }),
  serve: () => Promise.reject(notFound('@vielfalt/server')),
  broken: () => Promise.reject(new Error('a bug')),
};

describe('run without the optional server package', () => {
  it('runs the other commands and says what to install for the server commands', async () => {
    const io = testIo('.');
    expect(await run(['validate', 'data.json'], io, commands)).toBe(0);
    expect(await run(['serve'], io, commands)).toBe(2);
    expect(io.err()).toContain('npm install @vielfalt/server');
    expect(io.err()).toMatch(/braucht @vielfalt\/server.*needs @vielfalt\/server/);
  });

  it('lists every command in the help, the missing ones with what they need', async () => {
    const io = testIo('.');
    const { broken: _, ...listed } = commands;
    expect(await run(['--help'], io, listed)).toBe(0);
    expect(io.out()).toContain('checks a dataset');
    expect(io.out()).toMatch(/serve\s+\(braucht \/ needs @vielfalt\/server/);
  });

  it('does not hide other failures', async () => {
    await expect(run(['broken'], testIo('.'), commands)).rejects.toThrow('a bug');
  });
});

describe('run: version and unknown commands', () => {
  it('prints the version of the package with --version', async () => {
    const { version } = (await import('../package.json', { with: { type: 'json' } })).default;
    const io = testIo('.');
    expect(await run(['--version'], io, commands)).toBe(0);
    expect(io.out()).toBe(`vielfalt ${version}\n`);
  });

  it('answers a mistyped command with one line, a suggestion and where the list is', async () => {
    const io = testIo('.');
    expect(await run(['valdate', 'x.json'], io, commands)).toBe(2);
    expect(io.err()).toBe(
      'Fehler: unbekannter Befehl „valdate“. Meinten Sie validate? / Error: unknown command "valdate". Did you mean validate?\n' +
        'vielfalt --help zeigt alle Befehle / lists every command.\n',
    );
    const far = testIo('.');
    expect(await run(['tanzen'], far, commands)).toBe(2);
    expect(far.err()).not.toContain('Meinten');
  });
});
