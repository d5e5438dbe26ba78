import type { Offer } from '@vielfalt/model';
import { isUniqueViolation, type SqlDriver, type SqlExecutor } from '../db/driver.js';
import { offerNotFound, StoreError } from './errors.js';
import {
  memberList,
  reviewMove,
  searchText,
  statusAfterSave,
  type ReviewMove,
  type ReviewPosition,
} from './offer-lifecycle.js';
import type { OfferRecord, OfferVersion, ReviewState, VersionState } from './records.js';
import type { ActingUser, IdempotencyKey, OfferFilter, Page, Store } from './store.js';
import { audit } from './sql-audit.js';
import { bumpRevision } from './sql-revision.js';
import { SqlWhere } from './sql-where.js';

interface OfferRow {
  id: string;
  provider_id: string;
  status: Offer['status'];
  review_state: ReviewState;
  latest_version: number;
  published_version: number | null;
  published_doc: string | null;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  last_reviewed_at: string | null;
  latest_doc: string;
  latest_state: VersionState;
}

const selectRecord = `SELECT o.id, o.provider_id, o.status, o.review_state, o.latest_version, o.published_version,
  o.published_doc, o.created_at, o.updated_at, o.published_at, o.last_reviewed_at, v.doc AS latest_doc, v.state AS latest_state
  FROM offers o JOIN offer_versions v ON v.offer_id = o.id AND v.version = o.latest_version`;

function toRecord(row: OfferRow): OfferRecord {
  return {
    id: row.id,
    providerId: row.provider_id,
    status: row.status,
    reviewState: row.review_state,
    latestVersion: Number(row.latest_version),
    publishedVersion: row.published_version === null ? null : Number(row.published_version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
    lastReviewedAt: row.last_reviewed_at,
    latest: JSON.parse(row.latest_doc) as Offer,
    published: row.published_doc === null ? null : (JSON.parse(row.published_doc) as Offer),
  };
}

function position(row: OfferRow): ReviewPosition {
  return {
    status: row.status,
    reviewState: row.review_state,
    latestVersion: Number(row.latest_version),
    latestState: row.latest_state,
    publishedVersion: row.published_version === null ? null : Number(row.published_version),
  };
}

/** The SQL condition for published offers passing a filter; shared by the list and full-text search. */
export function publishedOfferWhere(filter: OfferFilter): { clause: string; params: unknown[] } {
  // Commas delimit list members and % and _ are LIKE wildcards, so they are removed from values.
  const member = (value: string | undefined) => `%,${(value ?? '').replace(/[%_,]/g, '')},%`;
  const where = new SqlWhere()
    .add(`status = 'published'`)
    .addIf(filter.kind, 'kind = ?', filter.kind)
    .addIf(filter.providerId, 'provider_id = ?', filter.providerId)
    .addIf(filter.fieldOfAction, 'fields LIKE ?', member(filter.fieldOfAction))
    .addIf(filter.language, 'languages LIKE ?', member(filter.language))
    .addIf(filter.targetGroup, 'target_groups LIKE ?', member(filter.targetGroup))
    .addIf(
      filter.municipality,
      `(municipalities LIKE ? OR municipalities = ',county,')`,
      member(filter.municipality),
    );
  return { clause: where.clause, params: where.params };
}

const today = (now: Date) => now.toISOString().slice(0, 10);

/** The offer part of the SQL store; see {@link Store} for what each method promises. */
export function sqlOffers(db: SqlDriver) {
  // Row locks keep two concurrent saves of one offer from both taking the same version number.
  const forUpdate = db.dialect === 'postgres' ? ' FOR UPDATE OF o' : '';
  const lockRow = (tx: SqlExecutor, id: string) =>
    tx.get<OfferRow>(`${selectRecord} WHERE o.id = ?${forUpdate}`, [id]);

  async function readRecord(tx: SqlExecutor, id: string): Promise<OfferRecord> {
    const row = await tx.get<OfferRow>(`${selectRecord} WHERE o.id = ?`, [id]);
    if (!row) throw offerNotFound(id);
    return toRecord(row);
  }

  async function replay(tx: SqlExecutor, key: IdempotencyKey): Promise<OfferRecord | undefined> {
    const row = await tx.get<{ request_hash: string; target_id: string }>(
      'SELECT request_hash, target_id FROM idempotency_keys WHERE scope = ? AND key = ?',
      [key.scope, key.key],
    );
    if (!row) return undefined;
    if (row.request_hash !== key.requestHash) {
      throw new StoreError('idempotency-mismatch', {
        de: 'Dieser Idempotency-Key wurde schon für eine andere Anfrage benutzt.',
        en: 'This Idempotency-Key was already used for a different request.',
      });
    }
    return readRecord(tx, row.target_id);
  }

  async function save(
    offer: Offer,
    by: ActingUser,
    options: { submit?: boolean; idempotency?: IdempotencyKey },
  ) {
    return db.transaction(async (tx) => {
      if (options.idempotency) {
        const earlier = await replay(tx, options.idempotency);
        if (earlier) return { record: earlier, replayed: true };
      }
      const now = new Date().toISOString();
      const row = await lockRow(tx, offer.id);
      const before = row ? position(row) : undefined;
      const status = statusAfterSave(before);
      const version = (before?.latestVersion ?? 0) + 1;
      const state: VersionState = options.submit ? 'submitted' : 'draft';
      const reviewState: ReviewState = state;
      const history = row?.published_doc ? (JSON.parse(row.published_doc) as Offer).history : [];
      const finalStatus = options.submit && status === 'draft' ? 'submitted' : status;
      const doc: Offer = { ...offer, status: finalStatus, history, updatedAt: now };
      if (row) {
        await tx.run(
          `UPDATE offer_versions SET state = 'superseded' WHERE offer_id = ? AND state IN ('draft', 'submitted')`,
          [offer.id],
        );
        await tx.run(
          'UPDATE offers SET provider_id = ?, status = ?, review_state = ?, latest_version = ?, updated_at = ? WHERE id = ?',
          [offer.providerId, finalStatus, reviewState, version, now, offer.id],
        );
      } else {
        await tx.run(
          `INSERT INTO offers (id, provider_id, status, review_state, latest_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
          [offer.id, offer.providerId, finalStatus, reviewState, version, now, now],
        );
      }
      await tx.run(
        'INSERT INTO offer_versions (offer_id, version, doc, state, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)',
        [offer.id, version, JSON.stringify(doc), state, now, by.userId],
      );
      if (options.idempotency) {
        const { scope, key, requestHash } = options.idempotency;
        await tx.run(
          'INSERT INTO idempotency_keys (scope, key, request_hash, target_id, created_at) VALUES (?, ?, ?, ?, ?)',
          [scope, key, requestHash, offer.id, now],
        );
      }
      await audit(tx, by, row ? 'offer.update' : 'offer.create', 'offer', offer.id, {
        version,
        submitted: !!options.submit,
      });
      return { record: await readRecord(tx, offer.id), replayed: false };
    });
  }

  async function move(
    id: string,
    kind: ReviewMove,
    by: ActingUser,
    apply: (tx: SqlExecutor, row: OfferRow, next: ReturnType<typeof reviewMove>) => Promise<void>,
    version?: number,
    detail?: unknown,
  ): Promise<OfferRecord> {
    return db.transaction(async (tx) => {
      const row = await lockRow(tx, id);
      if (!row) throw offerNotFound(id);
      const next = reviewMove(kind, position(row), version);
      await apply(tx, row, next);
      await audit(
        tx,
        by,
        `offer.${kind}`,
        'offer',
        id,
        detail ?? (version === undefined ? null : { version }),
      );
      return readRecord(tx, id);
    });
  }

  const methods: Pick<
    Store,
    | 'saveOffer'
    | 'submitOffer'
    | 'approveOffer'
    | 'rejectOffer'
    | 'archiveOffer'
    | 'confirmOffer'
    | 'getOffer'
    | 'listOffers'
    | 'listOfferVersions'
    | 'listPublishedOffers'
    | 'getPublishedOffers'
    | 'reviewQueue'
    | 'staleOffers'
    | 'publicationRevision'
  > = {
    async saveOffer(offer, by, options = {}) {
      try {
        return await save(offer, by, options);
      } catch (error) {
        // Two requests with one idempotency key raced; the loser returns what the winner stored.
        if (options.idempotency && isUniqueViolation(error)) {
          const earlier = await db.transaction((tx) =>
            replay(tx, options.idempotency as IdempotencyKey),
          );
          if (earlier) return { record: earlier, replayed: true };
        }
        if (isUniqueViolation(error)) {
          throw new StoreError('conflict', {
            de: `Angebot „${offer.id}“ wurde gleichzeitig geändert; bitte erneut senden.`,
            en: `Offer "${offer.id}" was changed at the same time; please send again.`,
          });
        }
        throw error;
      }
    },
    submitOffer: (id, by) =>
      move(id, 'submit', by, async (tx, row, next) => {
        await tx.run(
          `UPDATE offer_versions SET state = 'submitted' WHERE offer_id = ? AND version = ?`,
          [id, row.latest_version],
        );
        await tx.run(
          'UPDATE offers SET status = ?, review_state = ?, updated_at = ? WHERE id = ?',
          [next.status, next.reviewState, new Date().toISOString(), id],
        );
      }),
    approveOffer: (id, version, by, now = new Date()) =>
      move(
        id,
        'approve',
        by,
        async (tx, row) => {
          const at = now.toISOString();
          const previous = row.published_doc ? (JSON.parse(row.published_doc) as Offer) : undefined;
          const latest = JSON.parse(row.latest_doc) as Offer;
          const doc: Offer = {
            ...latest,
            status: 'published',
            history: [...(previous?.history ?? []), { status: 'published', at, by: 'moderator' }],
            lastReviewedAt: today(now),
            updatedAt: at,
          };
          await tx.run(
            `UPDATE offer_versions SET state = 'approved', decided_at = ?, decided_by = ? WHERE offer_id = ? AND version = ?`,
            [at, by.userId, id, version],
          );
          await tx.run(
            `UPDATE offers SET status = 'published', review_state = 'none', published_version = ?, published_doc = ?, kind = ?, fields = ?,
           municipalities = ?, languages = ?, target_groups = ?, search_text = ?, published_at = COALESCE(published_at, ?),
           last_reviewed_at = ?, updated_at = ? WHERE id = ?`,
            [
              version,
              JSON.stringify(doc),
              doc.kind,
              memberList(doc.fieldsOfAction),
              memberList(doc.area.kind === 'county' ? ['county'] : doc.area.ags),
              memberList(doc.languages),
              memberList(doc.targetGroups.map((t) => t.id)),
              searchText(doc),
              at,
              today(now),
              at,
              id,
            ],
          );
          await bumpRevision(tx, { kind: 'offer', id }, now);
        },
        version,
      ),
    rejectOffer: (id, version, reason, by) =>
      move(
        id,
        'reject',
        by,
        async (tx, _row, next) => {
          const at = new Date().toISOString();
          await tx.run(
            `UPDATE offer_versions SET state = 'rejected', decided_at = ?, decided_by = ?, reason = ? WHERE offer_id = ? AND version = ?`,
            [at, by.userId, reason, id, version],
          );
          await tx.run(
            'UPDATE offers SET status = ?, review_state = ?, updated_at = ? WHERE id = ?',
            [next.status, next.reviewState, at, id],
          );
        },
        version,
        { version, reason },
      ),
    archiveOffer: (id, reason, by) =>
      move(
        id,
        'archive',
        by,
        async (tx, row) => {
          const now = new Date();
          await tx.run(`UPDATE offers SET status = 'archived', updated_at = ? WHERE id = ?`, [
            now.toISOString(),
            id,
          ]);
          if (row.status === 'published') await bumpRevision(tx, { kind: 'offer', id }, now);
        },
        undefined,
        { reason: reason ?? null },
      ),
    confirmOffer: (id, by, now = new Date()) =>
      move(id, 'confirm', by, async (tx, row) => {
        const doc = {
          ...(JSON.parse(row.published_doc as string) as Offer),
          lastReviewedAt: today(now),
        };
        await tx.run(
          'UPDATE offers SET last_reviewed_at = ?, published_doc = ?, updated_at = ? WHERE id = ?',
          [today(now), JSON.stringify(doc), now.toISOString(), id],
        );
        await bumpRevision(tx, { kind: 'offer', id }, now);
      }),
    async getOffer(id) {
      const row = await db.get<OfferRow>(`${selectRecord} WHERE o.id = ?`, [id]);
      return row ? toRecord(row) : undefined;
    },
    async listOffers(filter, page) {
      const { clause, params } = new SqlWhere()
        .addIf(filter.providerId, 'o.provider_id = ?', filter.providerId)
        .addIf(filter.status, 'o.status = ?', filter.status);
      const total = await db.get<{ n: number }>(
        `SELECT CAST(COUNT(*) AS INTEGER) AS n FROM offers o${clause}`,
        params,
      );
      const rows = await db.all<OfferRow>(
        `${selectRecord}${clause} ORDER BY o.id LIMIT ? OFFSET ?`,
        [...params, page.limit, page.offset],
      );
      return { items: rows.map(toRecord), total: Number(total?.n ?? 0) };
    },
    async listOfferVersions(id) {
      const rows = await db.all<{
        version: number;
        state: VersionState;
        created_at: string;
        created_by: string;
        decided_at: string | null;
        decided_by: string | null;
        reason: string | null;
        doc: string;
      }>(
        'SELECT version, state, created_at, created_by, decided_at, decided_by, reason, doc FROM offer_versions WHERE offer_id = ? ORDER BY version',
        [id],
      );
      return rows.map((r): OfferVersion => ({
        offerId: id,
        version: Number(r.version),
        state: r.state,
        createdAt: r.created_at,
        createdBy: r.created_by,
        decidedAt: r.decided_at,
        decidedBy: r.decided_by,
        reason: r.reason,
        offer: JSON.parse(r.doc) as Offer,
      }));
    },
    async listPublishedOffers(filter: OfferFilter, page): Promise<Page<Offer>> {
      const { clause, params } = publishedOfferWhere(filter);
      const total = await db.get<{ n: number }>(
        `SELECT CAST(COUNT(*) AS INTEGER) AS n FROM offers${clause}`,
        params,
      );
      const rows = await db.all<{ published_doc: string }>(
        `SELECT published_doc FROM offers${clause} ORDER BY id LIMIT ? OFFSET ?`,
        [...params, page.limit, page.offset],
      );
      return {
        items: rows.map((r) => JSON.parse(r.published_doc) as Offer),
        total: Number(total?.n ?? 0),
      };
    },
    async getPublishedOffers(ids) {
      if (ids.length === 0) return [];
      const rows = await db.all<{ id: string; published_doc: string }>(
        `SELECT id, published_doc FROM offers WHERE status = 'published' AND id IN (${ids.map(() => '?').join(', ')})`,
        ids,
      );
      const byId = new Map(rows.map((r) => [r.id, JSON.parse(r.published_doc) as Offer]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
    async reviewQueue() {
      const rows = await db.all<OfferRow>(
        `${selectRecord} WHERE o.review_state = 'submitted' ORDER BY o.updated_at, o.id`,
      );
      return rows.map(toRecord);
    },
    async staleOffers(before) {
      const rows = await db.all<OfferRow>(
        `${selectRecord} WHERE o.status = 'published' AND (o.last_reviewed_at IS NULL OR o.last_reviewed_at < ?) ORDER BY o.last_reviewed_at, o.id`,
        [before],
      );
      return rows.map(toRecord);
    },
    async publicationRevision() {
      const rows = await db.all<{ key: string; value: string }>(
        `SELECT key, value FROM meta WHERE key IN ('publication_revision', 'publication_changed_at')`,
      );
      const get = (k: string) => rows.find((r) => r.key === k)?.value ?? '';
      return {
        revision: Number(get('publication_revision')),
        changedAt: get('publication_changed_at'),
      };
    },
  };
  return methods;
}
