// @ts-check
// Issue 14: publint (strict) and Are the Types Wrong (esm-only profile) are clean for every package, checked on
// the tarball npm users get (the same one the other checks install), so no package's manifest is rewritten in
// the repository while other tests read it.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { describe, expect, inject, test } from 'vitest';

const run = promisify(execFile);
/** The attw command, from the package's `bin` (its `exports` name no main module). */
const attw = (() => {
  const manifest = createRequire(import.meta.url).resolve('@arethetypeswrong/cli/package.json');
  return join(dirname(manifest), JSON.parse(readFileSync(manifest, 'utf8')).bin.attw);
})();
const { packed } = inject('consumer');

describe.each(packed.map((pkg) => [pkg.name, pkg]))('%s', (_name, pkg) => {
  test('publint --strict finds nothing', async () => {
    const tarball = readFileSync(pkg.tarball);
    const { messages, pkg: manifest } = await publint({
      pack: { tarball: new Uint8Array(tarball).buffer },
      strict: true,
    });
    expect(messages.map((message) => formatMessage(message, manifest, { color: false }))).toEqual(
      [],
    );
  });

  // One TypeScript program per entry point and resolution mode: a few seconds a package on a busy machine.
  test('attw --profile esm-only finds nothing', { timeout: 300_000 }, async () => {
    const result = await run(
      process.execPath,
      [attw, pkg.tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-color', '--no-emoji'],
      { maxBuffer: 16 * 1024 * 1024 },
    ).catch((/** @type {{ stdout?: string }} */ error) => ({ failed: error.stdout ?? error }));
    expect('failed' in result ? result.failed : '').toBe('');
  });
});
