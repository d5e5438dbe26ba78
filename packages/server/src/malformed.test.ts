import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Caller, type TestServer } from './testing/harness.js';
import { offerContent, offerIn, workshopIn } from './testing/scenario.js';

interface BadRequest {
  name: string;
  as?: Caller;
  method: string;
  path: string | ((ids: Ids) => string);
  body?: unknown | ((ids: Ids) => unknown);
  raw?: string;
  headers?: Record<string, string>;
  status: number;
}

interface Ids {
  draft: string;
  published: string;
  workshop: string;
}

const injection = `x' OR '1'='1'; DROP TABLE offers; --`;
const valid = offerContent('traeger-a', 'Gültiges Angebot');
const withField = (patch: Record<string, unknown>) => ({ ...valid, ...patch });

const badRequests: BadRequest[] = [
  {
    name: 'broken JSON',
    as: 'providerA',
    method: 'POST',
    path: '/api/v1/manage/offers',
    raw: '{"kind": "course", "texts": ',
    status: 400,
  },
  {
    name: 'JSON array instead of an object',
    as: 'providerA',
    method: 'POST',
    path: '/api/v1/manage/offers',
    raw: '[1, 2, 3]',
    status: 400,
  },
  {
    name: 'JSON null',
    as: 'providerA',
    method: 'POST',
    path: '/api/v1/manage/offers',
    raw: 'null',
    status: 400,
  },
  {
    name: 'empty offer',
    as: 'providerA',
    method: 'POST',
    path: '/api/v1/manage/offers',
    body: {},
    status: 400,
  },
  {
    name: 'wrong content type',
    as: 'providerA',
    method: 'POST',
    path: '/api/v1/manage/offers',
    raw: JSON.stringify(valid),
    headers: { 'content-type': 'text/plain' },
    status: 415,
  },
  {
    name: 'oversized body',
    as: 'providerA',
    method: 'POST',
    path: '/api/v1/manage/offers',
    body: withField({ tags: Array.from({ length: 20_000 }, () => 'Sprachkurs für alle') }),
    status: 413,
  },
  {
    name: 'server-owned field status',
    as: 'providerA',
    method: 'POST',
    path: '/api/v1/manage/offers',
    body: withField({ status: 'published' }),
    status: 400,
  },
  {
    name: 'id in a new offer',
    as: 'providerA',
    method: 'POST',
    path: '/api/v1/manage/offers',
    body: withField({ id: 'mein-angebot' }),
    status: 400,
  },
  {
    name: 'unknown nested field',
    as: 'providerA',
    method: 'POST',
    path: '/api/v1/manage/offers',
    body: withField({ cost: { kind: 'free', discount: 10 } }),
    status: 400,
  },
  {
    name: 'number for kind',
    as: 'providerA',
    method: 'POST',
    path: '/api/v1/manage/offers',
    body: withField({ kind: 3 }),
    status: 400,
  },
  {
    name: 'unknown kind',
    as: 'providerA',
    method: 'POST',
    path: '/api/v1/manage/offers',
    body: withField({ kind: 'party' }),
    status: 400,
  },
  {
    name: 'injection in kind',
    as: 'providerA',
    method: 'POST',
    path: '/api/v1/manage/offers',
    body: withField({ kind: injection }),
    status: 400,
  },
  {
    name: 'injection in providerId',
    as: 'providerA',
    method: 'POST',
    path: '/api/v1/manage/offers',
    body: withField({ providerId: injection }),
    status: 400,
  },
  {
    name: 'injection in municipality key',
    as: 'providerA',
    method: 'POST',
    path: '/api/v1/manage/offers',
    body: withField({ area: { kind: 'municipalities', ags: [injection] } }),
    status: 400,
  },
  {
    name: 'injection in language',
    as: 'providerA',
    method: 'POST',
    path: '/api/v1/manage/offers',
    body: withField({ languages: [injection] }),
    status: 400,
  },
  {
    name: 'injection in field of action',
    as: 'providerA',
    method: 'POST',
    path: '/api/v1/manage/offers',
    body: withField({ fieldsOfAction: [injection] }),
    status: 400,
  },
  {
    name: 'injection in date',
    as: 'providerA',
    method: 'POST',
    path: '/api/v1/manage/offers',
    body: withField({ validUntil: injection }),
    status: 400,
  },
  {
    name: 'javascript: URL',
    as: 'providerA',
    method: 'POST',
    path: '/api/v1/manage/offers',
    body: withField({ registration: { required: true, url: 'javascript:alert(1)' } }),
    status: 400,
  },
  {
    name: 'title too short',
    as: 'providerA',
    method: 'POST',
    path: '/api/v1/manage/offers',
    body: withField({ texts: { de: { title: 'X', summary: 'Kurz', status: 'original' } } }),
    status: 400,
  },
  {
    name: 'impossible date',
    as: 'providerA',
    method: 'POST',
    path: '/api/v1/manage/offers',
    body: withField({ validUntil: '2026-13-45' }),
    status: 400,
  },
  {
    name: 'latitude out of range',
    as: 'providerA',
    method: 'POST',
    path: '/api/v1/manage/offers',
    body: withField({
      locations: [{ id: 'ort-1', municipality: '05562032', geo: { lat: 200, lon: 7 } }],
    }),
    status: 400,
  },
  {
    name: 'field of action the county does not have',
    as: 'providerA',
    method: 'POST',
    path: '/api/v1/manage/offers',
    body: withField({ fieldsOfAction: ['raumfahrt'] }),
    status: 400,
  },
  {
    name: 'municipality outside the county',
    as: 'providerA',
    method: 'POST',
    path: '/api/v1/manage/offers',
    body: withField({ area: { kind: 'municipalities', ags: ['05111000'] } }),
    status: 400,
  },
  {
    name: 'organisation that does not exist',
    as: 'moderator',
    method: 'POST',
    path: '/api/v1/manage/offers',
    body: withField({ providerId: 'gibt-es-nicht' }),
    status: 400,
  },
  {
    name: 'invalid Idempotency-Key',
    as: 'providerA',
    method: 'POST',
    path: '/api/v1/manage/offers',
    body: valid,
    headers: { 'idempotency-key': 'x' },
    status: 400,
  },
  {
    name: 'injection in the path id',
    as: 'providerA',
    method: 'GET',
    path: `/api/v1/manage/offers/${encodeURIComponent(injection)}`,
    status: 400,
  },
  {
    name: 'broken percent-encoding in the path',
    method: 'GET',
    path: '/api/v1/offers/%E0%A4%A',
    status: 400,
  },
  {
    name: 'page size above the cap',
    method: 'GET',
    path: '/api/v1/offers?pageSize=1000',
    status: 400,
  },
  { name: 'negative page', method: 'GET', path: '/api/v1/offers?page=-1', status: 400 },
  {
    name: 'page that is not a number',
    method: 'GET',
    path: '/api/v1/offers?page=abc',
    status: 400,
  },
  {
    name: 'unknown query parameter',
    method: 'GET',
    path: '/api/v1/offers?sort=price',
    status: 400,
  },
  {
    name: 'injection in a filter',
    method: 'GET',
    path: `/api/v1/offers?municipality=${encodeURIComponent(injection)}`,
    status: 400,
  },
  {
    name: 'search text too long',
    method: 'GET',
    path: `/api/v1/search?q=${'a'.repeat(500)}`,
    status: 400,
  },
  {
    name: 'approve a draft',
    as: 'moderator',
    method: 'POST',
    path: (ids) => `/api/v1/review/offers/${ids.draft}/approve`,
    body: { version: 1 },
    status: 409,
  },
  {
    name: 'approve a version that does not exist',
    as: 'moderator',
    method: 'POST',
    path: (ids) => `/api/v1/review/offers/${ids.published}/approve`,
    body: { version: 9 },
    status: 409,
  },
  {
    name: 'reject without a reason',
    as: 'moderator',
    method: 'POST',
    path: (ids) => `/api/v1/review/offers/${ids.draft}/reject`,
    body: { version: 1 },
    status: 400,
  },
  {
    name: 'confirm an unpublished offer',
    as: 'providerA',
    method: 'POST',
    path: (ids) => `/api/v1/manage/offers/${ids.draft}/confirm`,
    status: 409,
  },
  {
    name: 'submit a published offer without a new draft',
    as: 'providerA',
    method: 'POST',
    path: (ids) => `/api/v1/manage/offers/${ids.published}/submit`,
    status: 409,
  },
  {
    name: 'body on a route that takes none',
    as: 'providerA',
    method: 'POST',
    path: (ids) => `/api/v1/manage/offers/${ids.draft}/submit`,
    body: { force: true },
    status: 400,
  },
  {
    name: 'sign-in without password',
    method: 'POST',
    path: '/api/v1/auth/login',
    body: { email: 'a@traeger-a.example' },
    status: 400,
  },
  {
    name: 'sign-in with a non-address',
    method: 'POST',
    path: '/api/v1/auth/login',
    body: { email: injection, password: 'x' },
    status: 400,
  },
  {
    name: 'error report too short',
    method: 'POST',
    path: (ids) => `/api/v1/offers/${ids.published}/reports`,
    body: { message: 'x' },
    status: 400,
  },
  {
    name: 'error report on a draft',
    method: 'POST',
    path: (ids) => `/api/v1/offers/${ids.draft}/reports`,
    body: { message: 'Stimmt nicht mehr.' },
    status: 404,
  },
  {
    name: 'invitation with injection as e-mail',
    as: 'moderator',
    method: 'POST',
    path: '/api/v1/invitations',
    body: { email: injection, role: 'provider', actorId: 'traeger-a' },
    status: 400,
  },
  {
    name: 'provider invitation without organisation',
    as: 'moderator',
    method: 'POST',
    path: '/api/v1/invitations',
    body: { email: 'x@example.org', role: 'provider' },
    status: 400,
  },
  {
    name: 'actor id differing from the path',
    as: 'moderator',
    method: 'PUT',
    path: '/api/v1/actors/traeger-a',
    body: { id: 'traeger-z', name: 'Z', kind: 'verein', staffing: 'staff' },
    status: 400,
  },
  {
    name: 'unknown action-step status',
    as: 'moderator',
    method: 'POST',
    path: '/api/v1/strategy/action-steps/schritt-1/status',
    body: { status: 'finished' },
    status: 400,
  },
  {
    name: 'dot on a statement that does not exist',
    as: 'moderator',
    method: 'POST',
    path: (ids) => `/api/v1/klimakonferenzen/${ids.workshop}/dots`,
    body: { participant: 'p1', statement: 'gibt-es-nicht' },
    status: 400,
  },
  {
    name: 'statement twice',
    as: 'moderator',
    method: 'POST',
    path: (ids) => `/api/v1/klimakonferenzen/${ids.workshop}/statements`,
    body: { id: 'aussage-1', wall: 'sonne', text: 'Doppelt' },
    status: 409,
  },
  {
    name: 'statement on a fifth wall',
    as: 'moderator',
    method: 'POST',
    path: (ids) => `/api/v1/klimakonferenzen/${ids.workshop}/statements`,
    body: { id: 'aussage-9', wall: 'regen', text: 'Nass' },
    status: 400,
  },
  { name: 'method the route does not have', method: 'DELETE', path: '/api/v1/offers', status: 405 },
  { name: 'path that does not exist', method: 'GET', path: '/api/v1/angebote', status: 404 },
];

describe('malformed requests are refused with a clear message and change nothing', () => {
  let t: TestServer;
  let ids: Ids;
  const snapshot = async () => ({
    audit: (await t.store.auditLog({ limit: 10_000 })).length,
    offers: (await t.store.listOffers({}, { offset: 0, limit: 1000 })).items,
    revision: await t.store.publicationRevision(),
    workshop: await t.store.getDocument('klimakonferenz', ids.workshop),
    users: await t.store.listUsers(),
    actors: await t.store.listActors(),
  });

  beforeAll(async () => {
    t = await startTestServer({ config: { bodyLimit: 64 * 1024 } });
    ids = {
      draft: await offerIn(t.store, 'traeger-a', 'draft'),
      published: await offerIn(t.store, 'traeger-a', 'published'),
      workshop: await workshopIn(t.store),
    };
  });
  afterAll(() => t.close());

  it('has at least 30 cases', () => {
    expect(badRequests.length).toBeGreaterThanOrEqual(30);
  });

  for (const bad of badRequests) {
    it(bad.name, async () => {
      const before = await snapshot();
      const body =
        typeof bad.body === 'function' ? (bad.body as (i: Ids) => unknown)(ids) : bad.body;
      const response = await t.request(
        bad.method,
        typeof bad.path === 'function' ? bad.path(ids) : bad.path,
        {
          ...(bad.as ? { as: bad.as } : {}),
          ...(bad.raw !== undefined ? { raw: bad.raw } : body !== undefined ? { body } : {}),
          headers: {
            ...(bad.raw !== undefined ? { 'content-type': 'application/json' } : {}),
            ...bad.headers,
          },
        },
      );
      expect(response.status, response.text).toBe(bad.status);
      expect(response.body.error.message.de.length).toBeGreaterThan(10);
      expect(response.body.error.message.en.length).toBeGreaterThan(10);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(await snapshot()).toEqual(before);
    });
  }

  it('says where, what was expected and what was found', async () => {
    const response = await t.request('POST', '/api/v1/manage/offers', {
      as: 'providerA',
      body: withField({ kind: 'party', tags: 'x' }),
    });
    const paths = response.body.error.problems.map((p: { path: string }) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['body.kind', 'body.tags']));
    expect(response.body.error.message.de).toContain('party');
  });

  it('keeps injection strings in free text as inert text', async () => {
    const created = await t.request('POST', '/api/v1/manage/offers', {
      as: 'providerA',
      body: withField({
        texts: {
          de: {
            title: `<script>alert(1)</script> ${injection}`,
            summary: injection,
            status: 'original',
          },
        },
      }),
    });
    expect(created.status).toBe(201);
    const stored = await t.request('GET', `/api/v1/manage/offers/${created.body.id}`, {
      as: 'providerA',
    });
    expect(stored.body.latest.texts.de.summary).toBe(injection);
    expect(stored.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await t.request('GET', '/api/v1/offers')).status).toBe(200);
  });
});
