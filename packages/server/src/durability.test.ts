import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { offerSchema } from '@vielfalt/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from './auth/tokens.js';
import { openStore } from './store/open.js';
import { createTestSchema, testDatabaseUrl } from './testing/postgres.js';
import { actorFixture } from './testing/fixtures.js';
import { offerContent } from './testing/scenario.js';

const workDir = mkdtempSync(join(tmpdir(), 'vielfalt-durability-'));
// The bundle lives inside the package so that Node finds its externals (pg, better-sqlite3) the usual way.
const bundleDir = fileURLToPath(new URL('../node_modules/.cache/', import.meta.url));
const childScript = join(bundleDir, `durability-child-${process.pid}.mjs`);

/** Bundles the child entry so plain `node` runs it on a fresh clone, without a build of any package. */
async function bundleChild(): Promise<void> {
  mkdirSync(bundleDir, { recursive: true });
  await build({
    entryPoints: [fileURLToPath(new URL('./testing/child-server.ts', import.meta.url))],
    outfile: childScript,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['@vielfalt/source'],
    external: ['better-sqlite3', 'pg'],
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'silent',
  });
}

function startChild(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: fileURLToPath(new URL('..', import.meta.url)),
    });
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ child, url: (JSON.parse(line) as { url: string }).url });
    });
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) =>
      reject(new Error(`child exited (${code}) before listening: ${err}`)),
    );
  });
}

interface Submission {
  key: string;
  title: string;
}

/** Sends one submission; resolves with the offer id when the server acknowledged it, else undefined. */
async function submit(url: string, token: string, s: Submission): Promise<string | undefined> {
  try {
    const response = await fetch(`${url}/api/v1/manage/offers?submit=true`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'idempotency-key': s.key,
      },
      body: JSON.stringify(offerContent('traeger-a', s.title)),
    });
    if (response.status !== 201 && response.status !== 200) return undefined;
    return ((await response.json()) as { id: string }).id;
  } catch {
    return undefined;
  }
}

/**
 * 50 clients submit offers; the server is killed with SIGKILL while they are busy and restarted. Every
 * acknowledged submission must be there, complete; retrying the others with their idempotency keys
 * must store each exactly once.
 */
async function killAndRestart(env: Record<string, string>, token: string) {
  let { child, url } = await startChild(env);
  const acknowledged = new Map<string, { id: string; title: string }>();
  const attempted: Submission[] = [];
  let killed = false;
  const clients = Array.from({ length: 50 }, async (_, client) => {
    for (let n = 0; !killed; n++) {
      const s = { key: `client-${client}-${n}`, title: `Kurs ${client}-${n} Durability` };
      attempted.push(s);
      const id = await submit(url, token, s);
      if (id) acknowledged.set(s.key, { id, title: s.title });
    }
  });
  while (acknowledged.size < 150) await new Promise((r) => setTimeout(r, 10));
  child.kill('SIGKILL');
  killed = true;
  await Promise.all(clients);
  await new Promise((r) => setTimeout(r, 50));
  ({ child, url } = await startChild(env));
  try {
    const present: string[] = [];
    for (const [key, { id, title }] of acknowledged) {
      const response = await fetch(`${url}/api/v1/manage/offers/${id}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const record = (await response.json()) as {
        latest: unknown;
        latestVersion: number;
        status: string;
      };
      if (
        response.status === 200 &&
        offerSchema.safeParse(record.latest).success &&
        (record.latest as { texts: { de: { title: string } } }).texts.de.title === title &&
        record.latestVersion === 1 &&
        record.status === 'submitted'
      ) {
        present.push(key);
      }
    }
    const retried = await Promise.all(
      attempted.map(async (s) => [s, await submit(url, token, s)] as const),
    );
    return { acknowledged, present, attempted, retried };
  } finally {
    child.kill('SIGTERM');
  }
}

async function prepareStore(location: string, schema?: string): Promise<string> {
  const store = await openStore(location, schema ? { schema } : {});
  await store.putActor(actorFixture('traeger-a'), { userId: 'setup', role: 'moderator' });
  const user = await store.createUser({
    email: 'a@traeger-a.example',
    role: 'provider',
    actorId: 'traeger-a',
    passwordHash: 'unused',
  });
  const token = newToken();
  await store.createSession({
    tokenHash: hashToken(token),
    userId: user.id,
    csrfToken: newToken(),
    kind: 'bearer',
    expiresAt: '2999-01-01T00:00:00.000Z',
  });
  await store.close();
  return token;
}

async function checkStore(location: string, schema: string | undefined, expectedOffers: number) {
  const store = await openStore(location, schema ? { schema } : {});
  try {
    const { items, total } = await store.listOffers({}, { offset: 0, limit: 100_000 });
    expect(total).toBe(expectedOffers);
    const creates = (await store.auditLog({ limit: 100_000 })).filter(
      (e) => e.action === 'offer.create',
    );
    expect(creates.length).toBe(total);
    for (const record of items) expect(offerSchema.safeParse(record.latest).success).toBe(true);
  } finally {
    await store.close();
  }
}

beforeAll(bundleChild, 60_000);
afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
  rmSync(childScript, { force: true });
});

describe('durability: SIGKILL while 50 clients submit', () => {
  it(
    'loses no acknowledged submission on SQLite and stores retries once',
    { timeout: 90_000 },
    async () => {
      const dataDir = join(workDir, 'sqlite-data');
      const token = await prepareStore(dataDir);
      const { acknowledged, present, attempted, retried } = await killAndRestart(
        { VF_STORE: dataDir },
        token,
      );
      // The kill came mid-way: submissions were in flight and never acknowledged.
      expect(attempted.length).toBeGreaterThan(acknowledged.size);
      expect(present.length).toBe(acknowledged.size);
      expect(retried.every(([, id]) => id !== undefined)).toBe(true);
      await checkStore(dataDir, undefined, attempted.length);
    },
  );

  const url = testDatabaseUrl();
  it(
    'loses no acknowledged submission on PostgreSQL and stores retries once',
    { timeout: 90_000 },
    async () => {
      const { schema, drop } = await createTestSchema(url as string);
      try {
        const token = await prepareStore(url as string, schema);
        const { acknowledged, present, attempted, retried } = await killAndRestart(
          { VF_STORE: url as string, VF_SCHEMA: schema },
          token,
        );
        expect(attempted.length).toBeGreaterThan(acknowledged.size);
        expect(present.length).toBe(acknowledged.size);
        expect(retried.every(([, id]) => id !== undefined)).toBe(true);
        await checkStore(url as string, schema, attempted.length);
      } finally {
        await drop();
      }
    },
  );
});
