import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorFixture, contactFixture, offerInputFixture } from '../testing/fixtures.js';
import { StoreError } from './errors.js';
import type { ActingUser, Store } from './store.js';

const moderator: ActingUser = { userId: 'mod-1', role: 'moderator' };
const provider: ActingUser = { userId: 'prov-1', role: 'provider' };
const page = { offset: 0, limit: 50 };

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof StoreError) return error.code;
    throw error;
  }
  throw new Error('expected the store to refuse');
}

/**
 * The store contract, run against every implementation: whatever passes it can back the server.
 * `open` must return an empty, migrated store; `cleanup` removes it.
 */
export function describeStoreContract(
  name: string,
  open: () => Promise<{ store: Store; cleanup(): Promise<void> }>,
): void {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    beforeAll(async () => {
      ({ store, cleanup } = await open());
      await store.putActor(actorFixture('traeger-a'), moderator);
      await store.putActor(actorFixture('traeger-b'), moderator);
    });
    afterAll(async () => {
      await store.close();
      await cleanup();
    });

    it('creates users with unique e-mail addresses, case-insensitively', async () => {
      const user = await store.createUser({
        email: 'Anna@Example.org',
        role: 'provider',
        actorId: 'traeger-a',
        passwordHash: 'h1',
      });
      expect(user.email).toBe('anna@example.org');
      expect((await store.findUserByEmail('ANNA@example.org'))?.passwordHash).toBe('h1');
      expect(
        await refusal(
          store.createUser({
            email: 'anna@example.org',
            role: 'moderator',
            actorId: null,
            passwordHash: 'h2',
          }),
        ),
      ).toBe('conflict');
      expect((await store.listUsers()).map((u) => u.email)).toContain('anna@example.org');
    });

    it('keeps sessions until they expire or are deleted', async () => {
      const user = await store.createUser({
        email: 'session@example.org',
        role: 'moderator',
        actorId: null,
        passwordHash: 'h',
      });
      await store.createSession({
        tokenHash: 't1',
        userId: user.id,
        csrfToken: 'c1',
        kind: 'cookie',
        expiresAt: '2999-01-01T00:00:00.000Z',
      });
      expect((await store.getSession('t1', new Date().toISOString()))?.user.id).toBe(user.id);
      expect(await store.getSession('t1', '3000-01-01T00:00:00.000Z')).toBeUndefined();
      await store.deleteSession('t1');
      expect(await store.getSession('t1', new Date().toISOString())).toBeUndefined();
    });

    it('accepts an invitation once and not after it expired', async () => {
      await store.createInvitation(
        {
          tokenHash: 'inv1',
          email: 'neu@example.org',
          role: 'provider',
          actorId: 'traeger-b',
          expiresAt: '2999-01-01T00:00:00.000Z',
        },
        moderator,
      );
      const now = new Date().toISOString();
      const user = await store.acceptInvitation('inv1', 'hash', now);
      expect(user).toMatchObject({
        email: 'neu@example.org',
        role: 'provider',
        actorId: 'traeger-b',
      });
      expect(await store.acceptInvitation('inv1', 'hash', now)).toBeUndefined();
      await store.createInvitation(
        {
          tokenHash: 'inv2',
          email: 'alt@example.org',
          role: 'provider',
          actorId: 'traeger-b',
          expiresAt: '2000-01-01T00:00:00.000Z',
        },
        moderator,
      );
      expect(await store.acceptInvitation('inv2', 'hash', now)).toBeUndefined();
    });

    it('stores actors and contacts and deletes contacts', async () => {
      expect((await store.getActor('traeger-a'))?.name).toBe('Träger traeger-a');
      await store.putContact(contactFixture('kontakt-1', 'traeger-a'), provider);
      await store.putContact(contactFixture('kontakt-2', 'traeger-b'), provider);
      expect((await store.listContacts('traeger-a')).map((c) => c.id)).toEqual(['kontakt-1']);
      expect(await store.deleteContact('kontakt-2', moderator)).toBe(true);
      expect(await store.getContact('kontakt-2')).toBeUndefined();
    });

    it('runs an offer through review; the published version stays online while an edit waits', async () => {
      const before = await store.publicationRevision();
      const { record: draft } = await store.saveOffer(
        offerInputFixture('kurs-1', 'traeger-a'),
        provider,
      );
      expect(draft).toMatchObject({
        status: 'draft',
        reviewState: 'draft',
        latestVersion: 1,
        publishedVersion: null,
        published: null,
      });
      expect((await store.listPublishedOffers({}, page)).total).toBe(0);

      await store.submitOffer('kurs-1', provider);
      const approved = await store.approveOffer(
        'kurs-1',
        1,
        moderator,
        new Date('2026-03-01T10:00:00Z'),
      );
      expect(approved).toMatchObject({
        status: 'published',
        reviewState: 'none',
        publishedVersion: 1,
        lastReviewedAt: '2026-03-01',
      });
      expect((await store.publicationRevision()).revision).toBe(before.revision + 1);

      await store.saveOffer(
        offerInputFixture('kurs-1', 'traeger-a', 'Deutschkurs für Mütter und Väter'),
        provider,
        { submit: true },
      );
      const pending = await store.getOffer('kurs-1');
      expect(pending).toMatchObject({
        status: 'published',
        reviewState: 'submitted',
        latestVersion: 2,
        publishedVersion: 1,
      });
      expect(pending?.published?.texts['de']?.title).toBe('Deutschkurs für Eltern');
      expect((await store.reviewQueue()).map((r) => r.id)).toEqual(['kurs-1']);

      const rejected = await store.rejectOffer('kurs-1', 2, 'Titel bitte kürzer', moderator);
      expect(rejected).toMatchObject({
        status: 'published',
        reviewState: 'rejected',
        publishedVersion: 1,
      });
      const [online] = (await store.listPublishedOffers({}, page)).items;
      expect(online?.texts['de']?.title).toBe('Deutschkurs für Eltern');

      const versions = await store.listOfferVersions('kurs-1');
      expect(versions.map((v) => [v.version, v.state, v.reason])).toEqual([
        [1, 'approved', null],
        [2, 'rejected', 'Titel bitte kürzer'],
      ]);
    });

    it('refuses illegal lifecycle moves and leaves the offer as it was', async () => {
      await store.saveOffer(offerInputFixture('kurs-2', 'traeger-a'), provider);
      expect(await refusal(store.approveOffer('kurs-2', 1, moderator))).toBe('illegal-transition');
      expect(await refusal(store.confirmOffer('kurs-2', provider))).toBe('illegal-transition');
      await store.submitOffer('kurs-2', provider);
      expect(await refusal(store.submitOffer('kurs-2', provider))).toBe('illegal-transition');
      expect(await refusal(store.approveOffer('kurs-2', 7, moderator))).toBe('illegal-transition');
      expect(await refusal(store.submitOffer('gibt-es-nicht', provider))).toBe('not-found');
      expect(await store.getOffer('kurs-2')).toMatchObject({
        status: 'submitted',
        reviewState: 'submitted',
        latestVersion: 1,
      });
      await store.archiveOffer('kurs-2', 'Kurs entfällt', provider);
      expect(await refusal(store.archiveOffer('kurs-2', undefined, provider))).toBe(
        'illegal-transition',
      );
    });

    it('stores a submission once per idempotency key', async () => {
      const key = { scope: 'prov-1', key: 'abc-123', requestHash: 'hash-1' };
      const first = await store.saveOffer(offerInputFixture('kurs-3', 'traeger-b'), provider, {
        idempotency: key,
      });
      const again = await store.saveOffer(offerInputFixture('kurs-3', 'traeger-b'), provider, {
        idempotency: key,
      });
      expect(first.replayed).toBe(false);
      expect(again).toMatchObject({ replayed: true, record: { id: 'kurs-3', latestVersion: 1 } });
      expect(
        await refusal(
          store.saveOffer(offerInputFixture('kurs-4', 'traeger-b'), provider, {
            idempotency: { ...key, requestHash: 'other' },
          }),
        ),
      ).toBe('idempotency-mismatch');
      expect(await store.getOffer('kurs-4')).toBeUndefined();
    });

    it('stores concurrent submissions completely', async () => {
      const ids = Array.from({ length: 20 }, (_, i) => `parallel-${i}`);
      await Promise.all(
        ids.map((id) =>
          store.saveOffer(offerInputFixture(id, 'traeger-b'), provider, { submit: true }),
        ),
      );
      const { items } = await store.listOffers(
        { providerId: 'traeger-b' },
        { offset: 0, limit: 100 },
      );
      expect(
        items.filter((r) => r.id.startsWith('parallel-')).map((r) => r.latest.texts['de']?.title),
      ).toEqual(ids.map(() => 'Deutschkurs für Eltern'));
    });

    it('filters and pages published offers', async () => {
      for (const id of ['f-1', 'f-2', 'f-3']) {
        const offer = {
          ...offerInputFixture(id, 'traeger-b'),
          kind: id === 'f-3' ? ('sport' as const) : ('course' as const),
        };
        await store.saveOffer(offer, provider, { submit: true });
        await store.approveOffer(id, 1, moderator);
      }
      expect(
        (await store.listPublishedOffers({ kind: 'sport' }, page)).items.map((o) => o.id),
      ).toEqual(['f-3']);
      expect(
        (await store.listPublishedOffers({ providerId: 'traeger-b', language: 'ar' }, page)).total,
      ).toBe(3);
      expect((await store.listPublishedOffers({ municipality: '05562032' }, page)).total).toBe(4);
      expect((await store.listPublishedOffers({ municipality: '05562004' }, page)).total).toBe(0);
      expect(
        (await store.listPublishedOffers({ fieldOfAction: "sprache' OR 1=1 --" }, page)).total,
      ).toBe(0);
      const second = await store.listPublishedOffers({}, { offset: 2, limit: 2 });
      expect(second.items.map((o) => o.id)).toEqual(['f-3', 'kurs-1']);
      expect((await store.getPublishedOffers(['f-2', 'kurs-2', 'f-1'])).map((o) => o.id)).toEqual([
        'f-2',
        'f-1',
      ]);
    });

    it('lists offers not reviewed since a day and records confirmations', async () => {
      const stale = (await store.staleOffers('2026-06-01')).map((r) => r.id);
      expect(stale).toContain('kurs-1');
      await store.confirmOffer('kurs-1', provider, new Date('2026-07-01T00:00:00Z'));
      expect((await store.staleOffers('2026-06-01')).map((r) => r.id)).not.toContain('kurs-1');
    });

    it('sends error reports to the provider of a published offer', async () => {
      const report = await store.addReport({
        offerId: 'kurs-1',
        message: 'Die Telefonnummer stimmt nicht.',
        reporterEmail: null,
      });
      expect(report.providerId).toBe('traeger-a');
      expect(
        await refusal(store.addReport({ offerId: 'kurs-2', message: 'x', reporterEmail: null })),
      ).toBe('not-found');
      expect((await store.listReports({ providerId: 'traeger-b' })).length).toBe(0);
      await store.resolveReport(report.id, moderator);
      expect(await store.listReports({ open: true })).toEqual([]);
    });

    it('keeps documents by kind', async () => {
      await store.putDocument('goal', 'ziel-1', { id: 'ziel-1', n: 1 }, moderator);
      await store.putDocument('goal', 'ziel-1', { id: 'ziel-1', n: 2 }, moderator);
      await store.putDocument('actionStep', 'ziel-1', { id: 'ziel-1', n: 3 }, moderator);
      expect(await store.listDocuments('goal')).toEqual([{ id: 'ziel-1', n: 2 }]);
      expect(await store.getDocument('actionStep', 'ziel-1')).toEqual({ id: 'ziel-1', n: 3 });
    });

    it('applies concurrent document changes one after the other', async () => {
      await store.putDocument('klimakonferenz', 'board-1', { dots: 0 }, moderator);
      const add = () =>
        store.updateDocument(
          'klimakonferenz',
          'board-1',
          (doc) => ({ dots: (doc as { dots: number }).dots + 1 }),
          moderator,
        );
      await Promise.all(Array.from({ length: 15 }, add));
      expect(await store.getDocument('klimakonferenz', 'board-1')).toEqual({ dots: 15 });
      expect(
        await store.updateDocument('klimakonferenz', 'missing', () => ({}), moderator),
      ).toBeUndefined();
    });

    it('writes an audit line for every change, newest first', async () => {
      const log = await store.auditLog({ limit: 500, targetId: 'kurs-1' });
      expect(log.map((e) => e.action).reverse()).toEqual([
        'offer.create',
        'offer.submit',
        'offer.approve',
        'offer.update',
        'offer.reject',
        'offer.confirm',
        'report.create',
      ]);
      expect(log.find((e) => e.action === 'offer.reject')).toMatchObject({
        userId: 'mod-1',
        detail: { version: 2, reason: 'Titel bitte kürzer' },
      });
    });

    it('counts rate-limit hits per fixed window', async () => {
      const t = new Date('2026-01-01T00:00:10Z');
      expect(await store.hitRateLimit('login:x', 60_000, t)).toBe(1);
      expect(await store.hitRateLimit('login:x', 60_000, t)).toBe(2);
      expect(await store.hitRateLimit('login:x', 60_000, new Date('2026-01-01T00:01:10Z'))).toBe(1);
      await store.resetRateLimit('login:x');
      expect(await store.hitRateLimit('login:x', 60_000, t)).toBe(1);
    });

    it('locks a key until a time and forgets the lock after it', async () => {
      const now = new Date('2026-01-01T00:00:00Z');
      expect(await store.lockedUntil('login-account:x', now)).toBeUndefined();
      await store.setLock('login-account:x', new Date('2026-01-01T00:15:00Z'));
      expect(await store.lockedUntil('login-account:x', now)).toEqual(
        new Date('2026-01-01T00:15:00Z'),
      );
      expect(
        await store.lockedUntil('login-account:x', new Date('2026-01-01T00:15:01Z')),
      ).toBeUndefined();
    });

    it('disables and enables accounts, sets passwords and ends sessions, each audited', async () => {
      const user = await store.createUser({
        email: 'admin-test@example.org',
        role: 'provider',
        actorId: 'traeger-a',
        passwordHash: 'alt',
      });
      expect(user.disabled).toBe(false);
      const session = (token: string) =>
        store.createSession({
          tokenHash: token,
          userId: user.id,
          csrfToken: 'c',
          kind: 'bearer',
          expiresAt: '2999-01-01T00:00:00.000Z',
        });
      const now = new Date().toISOString();
      await session('s1');
      await session('s2');
      expect(await store.revokeSessions(user.id, moderator)).toBe(2);
      expect(await store.getSession('s1', now)).toBeUndefined();

      await session('s3');
      expect(await store.setUserDisabled(user.id, true, moderator)).toMatchObject({
        disabled: true,
      });
      expect(await store.getSession('s3', now)).toBeUndefined();
      expect(await store.findUserByEmail('admin-test@example.org')).toBeUndefined();
      expect((await store.getUser(user.id))?.disabled).toBe(true);
      expect(await store.setUserDisabled(user.id, false, moderator)).toMatchObject({
        disabled: false,
      });
      expect((await store.findUserByEmail('admin-test@example.org'))?.passwordHash).toBe('alt');

      await session('s4');
      await store.setPasswordHash(user.id, 'neu', moderator);
      expect((await store.findUserByEmail('admin-test@example.org'))?.passwordHash).toBe('neu');
      expect(await store.getSession('s4', now)).toBeUndefined();
      expect(await store.setUserDisabled('gibt-es-nicht', true, moderator)).toBeUndefined();

      const log = await store.auditLog({ limit: 10, targetId: user.id });
      expect(log.map((e) => e.action).reverse()).toEqual([
        'user.create',
        'user.revoke-sessions',
        'user.disable',
        'user.enable',
        'user.password',
      ]);
      expect(log[0]).toMatchObject({ userId: 'mod-1', detail: { sessionsEnded: 1 } });
    });

    it('logs what each revision changed, and an unchanged save changes nothing', async () => {
      const start = (await store.publicationRevision()).revision;
      expect(await store.putContact(contactFixture('log-1', 'traeger-a'), provider)).toBe(true);
      expect(
        await store.putContact(
          { ...contactFixture('log-1', 'traeger-a'), updatedAt: new Date().toISOString() },
          provider,
        ),
      ).toBe(false);
      await store.saveOffer(offerInputFixture('log-kurs', 'traeger-a'), provider, {
        submit: true,
      });
      await store.approveOffer('log-kurs', 1, moderator);
      await store.archiveOffer('log-kurs', undefined, moderator);
      const log = await store.publicationChanges(start);
      expect(log).toMatchObject({
        revision: start + 3,
        changes: [
          { kind: 'contact', id: 'log-1' },
          { kind: 'offer', id: 'log-kurs' },
          { kind: 'offer', id: 'log-kurs' },
        ],
      });
      expect(log?.changedAt).toBe((await store.publicationRevision()).changedAt);
      expect(await store.publicationChanges(start + 3)).toEqual({
        revision: start + 3,
        changes: [],
      });
    });

    it('publishes an offer whose text holds NUL or other control characters', async () => {
      const offer = offerInputFixture('steuerzeichen', 'traeger-a', 'Kurs\u0000mit\u0007Zeichen');
      await store.saveOffer(offer, provider, { submit: true });
      const approved = await store.approveOffer('steuerzeichen', 1, moderator);
      expect(approved.status).toBe('published');
      expect(approved.published?.texts['de']?.title).toBe('Kurs\u0000mit\u0007Zeichen');
      expect((await store.getPublishedOffers(['steuerzeichen'])).length).toBe(1);
    });
  });
}
