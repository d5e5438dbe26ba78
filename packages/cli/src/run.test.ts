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
