import { recklinghausenProfile, type Dataset } from '@vielfalt/model';
import { hashPassword } from '../auth/password.js';
import type { ServerConfig } from '../context.js';
import type { SearchProvider } from '../search/provider.js';
import { createServer, type VielfaltServer } from '../server.js';
import { openStore } from '../store/open.js';
import { seedStore } from '../store/seed.js';
import type { Store } from '../store/store.js';
import { actorFixture } from './fixtures.js';

/** The four callers of the access tests. */
export type Caller = 'anonymous' | 'providerA' | 'providerB' | 'moderator';

/** A cheap scrypt cost, so tests sign in quickly; production keeps the default. */
export const testPasswordCost = { N: 1024, r: 8, p: 1 };
export const testPassword = 'richtig-langes-passwort';

/** A response with its parsed JSON body. */
export interface TestResponse {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read fields of many response shapes
  body: any;
  text: string;
}

/** A running server on 127.0.0.1 with two provider organisations, their accounts and a moderator. */
export interface TestServer {
  url: string;
  server: VielfaltServer;
  store: Store;
  tokens: Record<Exclude<Caller, 'anonymous'>, string>;
  request(
    method: string,
    path: string,
    options?: { as?: Caller; body?: unknown; raw?: string; headers?: Record<string, string> },
  ): Promise<TestResponse>;
  close(): Promise<void>;
}

/** Starts a test server on an in-memory SQLite store (or the given store), optionally seeded. */
export async function startTestServer(
  options: {
    store?: Store;
    search?: SearchProvider;
    config?: Partial<ServerConfig>;
    dataset?: Dataset;
  } = {},
): Promise<TestServer> {
  // In memory: these tests are about HTTP behaviour; durability on disk has tests of its own.
  const store = options.store ?? (await openStore(':memory:'));
  const seed = { userId: 'test-setup', role: 'moderator' as const };
  await store.putActor(actorFixture('traeger-a', 'Träger A'), seed);
  await store.putActor(actorFixture('traeger-b', 'Träger B'), seed);
  // Seeding blocks the event loop (SQLite is synchronous), so it happens before any connection is open.
  if (options.dataset) await seedStore(store, options.dataset);
  const passwordHash = await hashPassword(testPassword, testPasswordCost);
  await store.createUser({
    email: 'moderator@kreis.example',
    role: 'moderator',
    actorId: null,
    passwordHash,
  });
  await store.createUser({
    email: 'a@traeger-a.example',
    role: 'provider',
    actorId: 'traeger-a',
    passwordHash,
  });
  await store.createUser({
    email: 'b@traeger-b.example',
    role: 'provider',
    actorId: 'traeger-b',
    passwordHash,
  });
  const server = createServer({
    store,
    profile: recklinghausenProfile,
    mailer: { send: async () => undefined },
    ...(options.search ? { search: options.search } : {}),
    // The feed written anew for every revision, so tests see a publication in it at once.
    config: {
      secureCookies: false,
      passwordCost: testPasswordCost,
      feedRefreshMs: 0,
      ...options.config,
    },
  });
  const url = await server.listen(0);

  async function request(
    method: string,
    path: string,
    {
      as = 'anonymous',
      body,
      raw,
      headers = {},
    }: { as?: Caller; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
  ): Promise<TestResponse> {
    const auth: Record<string, string> =
      as === 'anonymous' ? {} : { authorization: `Bearer ${tokens[as]}` };
    const payload = raw ?? (body === undefined ? undefined : JSON.stringify(body));
    const response = await fetch(`${url}${path}`, {
      method,
      headers: {
        ...(payload !== undefined ? { 'content-type': 'application/json' } : {}),
        ...auth,
        ...headers,
      },
      ...(payload !== undefined ? { body: payload } : {}),
    });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: response.status, headers: response.headers, body: parsed, text };
  }

  const tokens = {} as TestServer['tokens'];
  for (const [caller, email] of [
    ['moderator', 'moderator@kreis.example'],
    ['providerA', 'a@traeger-a.example'],
    ['providerB', 'b@traeger-b.example'],
  ] as const) {
    const login = await request('POST', '/api/v1/auth/login', {
      body: { email, password: testPassword, tokenType: 'bearer' },
    });
    if (login.status !== 200) throw new Error(`test login failed for ${email}: ${login.text}`);
    tokens[caller] = login.body.token;
  }
  return {
    url,
    server,
    store,
    tokens,
    request,
    async close() {
      await server.close(1000);
    },
  };
}
