import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hsdsId } from '@vielfalt/model/hsds';
import { apiRoutes } from './routes/index.js';
import { contactFixture } from './testing/fixtures.js';
import { startTestServer, testPassword, type Caller, type TestServer } from './testing/harness.js';
import {
  actionStepIn,
  invitation,
  newActor,
  offerContent,
  offerIn,
  workshopIn,
} from './testing/scenario.js';

/** A fresh provider account to administer; returns its id. */
async function someAccount(t: TestServer): Promise<string> {
  const user = await t.store.createUser({
    email: `konto-${randomBytes(4).toString('hex')}@traeger-a.example`,
    role: 'provider',
    actorId: 'traeger-a',
    passwordHash: 'x',
  });
  return user.id;
}

/** A concrete call of one route, prepared fresh for each caller so earlier calls change nothing. */
interface Call {
  path: string;
  body?: unknown;
}

/**
 * How to call each route, and whether it touches a record of provider A (so provider B must be refused).
 * Every route of the API must be listed: a new route without an entry fails the completeness test.
 */
const calls: Record<string, { ofProviderA?: boolean; prepare(t: TestServer): Promise<Call> }> = {
  'GET /health': { prepare: async () => ({ path: '/health' }) },
  'GET /api/v1/offers': { prepare: async () => ({ path: '/api/v1/offers?pageSize=5' }) },
  'GET /api/v1/offers/{id}': {
    prepare: async (t) => ({
      path: `/api/v1/offers/${await offerIn(t.store, 'traeger-a', 'published')}`,
    }),
  },
  'GET /api/v1/search': { prepare: async () => ({ path: '/api/v1/search?q=deutsch' }) },
  'GET /api/v1/feed': { prepare: async () => ({ path: '/api/v1/feed' }) },
  'POST /api/v1/offers/{id}/reports': {
    prepare: async (t) => ({
      path: `/api/v1/offers/${await offerIn(t.store, 'traeger-a', 'published')}/reports`,
      body: { message: 'Die Zeiten stimmen nicht mehr.' },
    }),
  },
  'GET /api/v1/hsds': { prepare: async () => ({ path: '/api/v1/hsds' }) },
  'GET /api/v1/hsds/services': {
    prepare: async () => ({ path: '/api/v1/hsds/services?per_page=5' }),
  },
  'GET /api/v1/hsds/services/{id}': {
    prepare: async (t) => ({
      path: `/api/v1/hsds/services/${hsdsId('offer', await offerIn(t.store, 'traeger-a', 'published'))}`,
    }),
  },
  'GET /api/v1/hsds/organizations': {
    prepare: async () => ({ path: '/api/v1/hsds/organizations' }),
  },
  'GET /api/v1/hsds/organizations/{id}': {
    prepare: async () => ({ path: `/api/v1/hsds/organizations/${hsdsId('actor', 'traeger-a')}` }),
  },
  'GET /api/v1/hsds/service_at_locations': {
    prepare: async () => ({ path: '/api/v1/hsds/service_at_locations' }),
  },
  'GET /api/v1/offers/{id}/jsonld': {
    prepare: async (t) => ({
      path: `/api/v1/offers/${await offerIn(t.store, 'traeger-a', 'published')}/jsonld`,
    }),
  },
  'GET /api/v1/contacts': { prepare: async () => ({ path: '/api/v1/contacts' }) },
  'GET /api/v1/manage/contacts': { prepare: async () => ({ path: '/api/v1/manage/contacts' }) },
  'PUT /api/v1/manage/contacts/{id}': {
    ofProviderA: true,
    prepare: async () => ({
      path: '/api/v1/manage/contacts/kontakt-a',
      body: contactFixture('kontakt-a', 'traeger-a'),
    }),
  },
  'DELETE /api/v1/manage/contacts/{id}': {
    ofProviderA: true,
    prepare: async (t) => {
      await t.store.putContact(contactFixture('kontakt-weg', 'traeger-a'), {
        userId: 'test-setup',
        role: 'moderator',
      });
      return { path: '/api/v1/manage/contacts/kontakt-weg' };
    },
  },
  'GET /api/v1/actors': { prepare: async () => ({ path: '/api/v1/actors' }) },
  'PUT /api/v1/actors/{id}': {
    prepare: async () => ({ path: '/api/v1/actors/neu-1', body: newActor('neu-1') }),
  },
  'GET /api/v1/good-practices': { prepare: async () => ({ path: '/api/v1/good-practices' }) },
  'PUT /api/v1/good-practices/{id}': {
    prepare: async () => ({
      path: '/api/v1/good-practices/gp-1',
      body: {
        id: 'gp-1',
        title: { de: 'Sprachcafé' },
        summary: { de: 'Treffen zum Deutschsprechen' },
        actorIds: ['traeger-a'],
        municipalities: ['05562032'],
        fieldsOfAction: ['bildung-ab-15'],
      },
    }),
  },
  'GET /api/v1/strategy': { prepare: async () => ({ path: '/api/v1/strategy' }) },
  'PUT /api/v1/strategy/goals/{id}': {
    prepare: async () => ({
      path: '/api/v1/strategy/goals/ziel-x',
      body: { id: 'ziel-x', fieldOfAction: 'wohnen', title: { de: 'Mehr Wohnraum' } },
    }),
  },
  'PUT /api/v1/strategy/action-steps/{id}': {
    prepare: async (t) => {
      const { goalId } = await actionStepIn(t.store);
      return {
        path: '/api/v1/strategy/action-steps/schritt-x',
        body: {
          id: 'schritt-x',
          goalId,
          title: { de: 'Wohnraumbörse' },
          responsibleActorIds: ['traeger-a'],
          status: 'planned',
        },
      };
    },
  },
  'POST /api/v1/strategy/action-steps/{id}/status': {
    prepare: async (t) => ({
      path: `/api/v1/strategy/action-steps/${(await actionStepIn(t.store)).stepId}/status`,
      body: { status: 'in-progress', note: 'Erstes Treffen war am 3. März' },
    }),
  },
  'GET /api/v1/klimakonferenzen': { prepare: async () => ({ path: '/api/v1/klimakonferenzen' }) },
  'GET /api/v1/klimakonferenzen/{id}/results': {
    prepare: async (t) => ({
      path: `/api/v1/klimakonferenzen/${await workshopIn(t.store)}/results`,
    }),
  },
  'PUT /api/v1/klimakonferenzen/{id}': {
    prepare: async (t) => {
      const id = await workshopIn(t.store);
      return {
        path: `/api/v1/klimakonferenzen/${id}`,
        body: (await t.store.getDocument('klimakonferenz', id)) as object,
      };
    },
  },
  'GET /api/v1/klimakonferenzen/{id}/board': {
    prepare: async (t) => ({ path: `/api/v1/klimakonferenzen/${await workshopIn(t.store)}/board` }),
  },
  'POST /api/v1/klimakonferenzen/{id}/statements': {
    prepare: async (t) => ({
      path: `/api/v1/klimakonferenzen/${await workshopIn(t.store)}/statements`,
      body: { id: 'aussage-2', wall: 'gewitter', text: 'Zu wenig Wohnungen' },
    }),
  },
  'POST /api/v1/klimakonferenzen/{id}/participants': {
    prepare: async (t) => ({
      path: `/api/v1/klimakonferenzen/${await workshopIn(t.store)}/participants`,
      body: { id: 'p2', perspective: 'ehrenamt' },
    }),
  },
  'POST /api/v1/klimakonferenzen/{id}/dots': {
    prepare: async (t) => ({
      path: `/api/v1/klimakonferenzen/${await workshopIn(t.store)}/dots`,
      body: { participant: 'p1', statement: 'aussage-1' },
    }),
  },
  'POST /api/v1/auth/login': {
    prepare: async () => ({
      path: '/api/v1/auth/login',
      body: { email: 'a@traeger-a.example', password: testPassword, tokenType: 'bearer' },
    }),
  },
  'POST /api/v1/auth/logout': { prepare: async () => ({ path: '/api/v1/auth/logout' }) },
  'GET /api/v1/auth/me': { prepare: async () => ({ path: '/api/v1/auth/me' }) },
  'POST /api/v1/invitations': {
    prepare: async () => ({
      path: '/api/v1/invitations',
      body: { email: 'neu@traeger-b.example', role: 'provider', actorId: 'traeger-b' },
    }),
  },
  'POST /api/v1/invitations/accept': {
    prepare: async (t) => ({
      path: '/api/v1/invitations/accept',
      body: { token: await invitation(t.store), password: 'ein-gutes-langes-passwort' },
    }),
  },
  'GET /api/v1/users': { prepare: async () => ({ path: '/api/v1/users' }) },
  'POST /api/v1/users/{id}/disable': {
    prepare: async (t) => ({ path: `/api/v1/users/${await someAccount(t)}/disable` }),
  },
  'POST /api/v1/users/{id}/enable': {
    prepare: async (t) => ({ path: `/api/v1/users/${await someAccount(t)}/enable` }),
  },
  'POST /api/v1/users/{id}/password': {
    prepare: async (t) => ({
      path: `/api/v1/users/${await someAccount(t)}/password`,
      body: { password: 'ein-gutes-langes-passwort' },
    }),
  },
  'POST /api/v1/users/{id}/revoke-sessions': {
    prepare: async (t) => ({ path: `/api/v1/users/${await someAccount(t)}/revoke-sessions` }),
  },
  'POST /api/v1/auth/password': {
    prepare: async () => ({
      path: '/api/v1/auth/password',
      body: { currentPassword: testPassword, newPassword: testPassword },
    }),
  },
  'GET /api/v1/manage/offers': { prepare: async () => ({ path: '/api/v1/manage/offers' }) },
  'POST /api/v1/manage/offers': {
    ofProviderA: true,
    prepare: async () => ({ path: '/api/v1/manage/offers', body: offerContent('traeger-a') }),
  },
  'GET /api/v1/manage/offers/{id}': {
    ofProviderA: true,
    prepare: async (t) => ({
      path: `/api/v1/manage/offers/${await offerIn(t.store, 'traeger-a', 'draft')}`,
    }),
  },
  'PUT /api/v1/manage/offers/{id}': {
    ofProviderA: true,
    prepare: async (t) => ({
      path: `/api/v1/manage/offers/${await offerIn(t.store, 'traeger-a', 'published')}`,
      body: offerContent('traeger-a', 'Deutschkurs am Abend'),
    }),
  },
  'GET /api/v1/manage/offers/{id}/versions': {
    ofProviderA: true,
    prepare: async (t) => ({
      path: `/api/v1/manage/offers/${await offerIn(t.store, 'traeger-a', 'draft')}/versions`,
    }),
  },
  'POST /api/v1/manage/offers/{id}/submit': {
    ofProviderA: true,
    prepare: async (t) => ({
      path: `/api/v1/manage/offers/${await offerIn(t.store, 'traeger-a', 'draft')}/submit`,
    }),
  },
  'POST /api/v1/manage/offers/{id}/confirm': {
    ofProviderA: true,
    prepare: async (t) => ({
      path: `/api/v1/manage/offers/${await offerIn(t.store, 'traeger-a', 'published')}/confirm`,
    }),
  },
  'POST /api/v1/manage/offers/{id}/archive': {
    ofProviderA: true,
    prepare: async (t) => ({
      path: `/api/v1/manage/offers/${await offerIn(t.store, 'traeger-a', 'published')}/archive`,
      body: { reason: 'Kurs endet' },
    }),
  },
  'GET /api/v1/review/queue': { prepare: async () => ({ path: '/api/v1/review/queue' }) },
  'GET /api/v1/review/offers/{id}': {
    prepare: async (t) => ({
      path: `/api/v1/review/offers/${await offerIn(t.store, 'traeger-a', 'submitted')}`,
    }),
  },
  'POST /api/v1/review/offers/{id}/approve': {
    prepare: async (t) => ({
      path: `/api/v1/review/offers/${await offerIn(t.store, 'traeger-a', 'submitted')}/approve`,
      body: { version: 1 },
    }),
  },
  'POST /api/v1/review/offers/{id}/reject': {
    prepare: async (t) => ({
      path: `/api/v1/review/offers/${await offerIn(t.store, 'traeger-a', 'submitted')}/reject`,
      body: { version: 1, reason: 'Bitte Adresse ergänzen' },
    }),
  },
  'GET /api/v1/review/reports': { prepare: async () => ({ path: '/api/v1/review/reports' }) },
  'POST /api/v1/review/reports/{id}/resolve': {
    prepare: async (t) => {
      const report = await t.store.addReport({
        offerId: await offerIn(t.store, 'traeger-a', 'published'),
        message: 'Telefonnummer falsch',
        reporterEmail: null,
      });
      return { path: `/api/v1/review/reports/${report.id}/resolve` };
    },
  },
  'GET /api/v1/review/freshness': {
    prepare: async () => ({ path: '/api/v1/review/freshness?months=6' }),
  },
  'GET /api/v1/review/audit': { prepare: async () => ({ path: '/api/v1/review/audit?limit=10' }) },
};

const callers: Caller[] = ['anonymous', 'providerA', 'providerB', 'moderator'];

/** What each caller must get: success, or 401 for anonymous and 403 for the wrong role or organisation. */
function expected(access: string, ofProviderA: boolean, caller: Caller): 'ok' | 401 | 403 {
  if (access === 'public') return 'ok';
  if (caller === 'anonymous') return 401;
  if (access === 'moderator') return caller === 'moderator' ? 'ok' : 403;
  return ofProviderA && caller === 'providerB' ? 403 : 'ok';
}

describe('access matrix: every route × anonymous, provider A, provider B, moderator', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({
      config: {
        publicWrites: { max: 1000, windowMs: 60_000 },
        loginAttempts: { max: 1000, windowMs: 60_000 },
      },
    });
  });
  afterAll(() => t.close());

  it('covers every route of the API', () => {
    expect(apiRoutes.map((r) => `${r.method} ${r.path}`).sort()).toEqual(Object.keys(calls).sort());
  });

  for (const r of apiRoutes) {
    const key = `${r.method} ${r.path}`;
    it(`${key} (${r.access})`, async () => {
      const entry = calls[key];
      if (!entry) throw new Error(`no access test for ${key}`);
      const seen: string[] = [];
      const wanted: string[] = [];
      for (const caller of callers) {
        const call = await entry.prepare(t);
        // Signing out ends the session, so it gets a session of its own.
        const headers: Record<string, string> = {};
        if (key === 'POST /api/v1/auth/logout' && caller !== 'anonymous') {
          const email = {
            providerA: 'a@traeger-a.example',
            providerB: 'b@traeger-b.example',
            moderator: 'moderator@kreis.example',
          }[caller];
          const login = await t.request('POST', '/api/v1/auth/login', {
            body: { email, password: testPassword, tokenType: 'bearer' },
          });
          headers['authorization'] = `Bearer ${login.body.token}`;
        }
        const response = await t.request(r.method, call.path, {
          as: caller,
          headers,
          ...(call.body !== undefined ? { body: call.body } : {}),
        });
        // A new password ends every session of the account, the test's own too: sign in afresh.
        if (key === 'POST /api/v1/auth/password' && caller !== 'anonymous') {
          const email = {
            providerA: 'a@traeger-a.example',
            providerB: 'b@traeger-b.example',
            moderator: 'moderator@kreis.example',
          }[caller];
          const login = await t.request('POST', '/api/v1/auth/login', {
            body: { email, password: testPassword, tokenType: 'bearer' },
          });
          t.tokens[caller] = login.body.token;
        }
        const want = expected(r.access, entry.ofProviderA ?? false, caller);
        seen.push(
          `${caller}: ${response.status >= 200 && response.status < 300 ? 'ok' : response.status}`,
        );
        wanted.push(`${caller}: ${want}`);
        if (response.status >= 400 && want === 'ok') seen.push(`(${response.text.slice(0, 300)})`);
      }
      expect(seen).toEqual(wanted);
    });
  }
});
