import { randomUUID } from 'node:crypto';
import type { Actor, Contact } from '@vielfalt/model';
import { isUniqueViolation, type SqlDriver, type SqlExecutor } from '../db/driver.js';
import { migrate } from '../db/migrations.js';
import { StoreError } from './errors.js';
import type { AuditEntry, DocumentKind, ErrorReport, Role, User } from './records.js';
import { audit } from './sql-audit.js';
import { sqlOffers } from './sql-offers.js';
import { bumpRevision, changesSince } from './sql-revision.js';
import { SqlWhere } from './sql-where.js';
import type { Store } from './store.js';

interface UserRow {
  id: string;
  email: string;
  role: Role;
  actor_id: string | null;
  created_at: string;
  password_hash: string;
  disabled: number;
}

const toUser = (r: UserRow): User => ({
  id: r.id,
  email: r.email,
  role: r.role,
  actorId: r.actor_id,
  createdAt: r.created_at,
  disabled: Number(r.disabled) !== 0,
});

/** JSON with object keys sorted, so the same content compares equal whatever order a client sent. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** A record's content: canonical JSON without `updatedAt`, which every save sets anew. */
function content(doc: object): string {
  const { updatedAt: _updatedAt, ...rest } = doc as { updatedAt?: unknown };
  return canonical(rest);
}

interface ReportRow {
  id: string;
  offer_id: string;
  provider_id: string;
  message: string;
  reporter_email: string | null;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
}

const toReport = (r: ReportRow): ErrorReport => ({
  id: r.id,
  offerId: r.offer_id,
  providerId: r.provider_id,
  message: r.message,
  reporterEmail: r.reporter_email,
  createdAt: r.created_at,
  resolvedAt: r.resolved_at,
  resolvedBy: r.resolved_by,
});

const emailTaken = (email: string) =>
  new StoreError('conflict', {
    de: `Für ${email} gibt es schon ein Konto.`,
    en: `There is already an account for ${email}.`,
  });

/** True when a record is stored with the same content already (`updatedAt` aside). */
async function unchanged(
  tx: SqlExecutor,
  table: 'actors' | 'contacts',
  doc: { id: string },
): Promise<boolean> {
  const row = await tx.get<{ doc: string }>(`SELECT doc FROM ${table} WHERE id = ?`, [doc.id]);
  return row !== undefined && content(JSON.parse(row.doc) as object) === content(doc);
}

/** Builds the store on an open SQL connection after bringing its schema up to date. */
export async function createSqlStore(db: SqlDriver): Promise<Store> {
  await migrate(db);
  const upsertDoc = (table: string, keys: string[]) =>
    `INSERT INTO ${table} (${keys.join(', ')}) VALUES (${keys.map(() => '?').join(', ')})
     ON CONFLICT (${table === 'documents' ? 'kind, id' : 'id'}) DO UPDATE SET ${keys
       .filter((k) => k !== 'id' && k !== 'kind')
       .map((k) => `${k} = excluded.${k}`)
       .join(', ')}`;

  return {
    dialect: db.dialect,
    close: () => db.close(),
    ...sqlOffers(db),

    async createUser(input, by) {
      const user: User = {
        id: randomUUID(),
        email: input.email.toLowerCase(),
        role: input.role,
        actorId: input.actorId,
        createdAt: new Date().toISOString(),
        disabled: false,
      };
      try {
        await db.transaction(async (tx) => {
          await tx.run(
            'INSERT INTO users (id, email, role, actor_id, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)',
            [user.id, user.email, user.role, user.actorId, input.passwordHash, user.createdAt],
          );
          await audit(tx, by ?? { userId: 'system' }, 'user.create', 'user', user.id, {
            email: user.email,
            role: user.role,
            actorId: user.actorId,
          });
        });
      } catch (error) {
        throw isUniqueViolation(error) ? emailTaken(user.email) : error;
      }
      return user;
    },
    async findUserByEmail(email) {
      const row = await db.get<UserRow>('SELECT * FROM users WHERE email = ? AND disabled = 0', [
        email.toLowerCase(),
      ]);
      return row ? { ...toUser(row), passwordHash: row.password_hash } : undefined;
    },
    async listUsers() {
      return (await db.all<UserRow>('SELECT * FROM users ORDER BY email')).map(toUser);
    },
    async getUser(id) {
      const row = await db.get<UserRow>('SELECT * FROM users WHERE id = ?', [id]);
      return row ? toUser(row) : undefined;
    },
    async setUserDisabled(id, disabled, by) {
      return db.transaction(async (tx) => {
        const { changes } = await tx.run('UPDATE users SET disabled = ? WHERE id = ?', [
          disabled ? 1 : 0,
          id,
        ]);
        if (changes === 0) return undefined;
        const ended = disabled
          ? (await tx.run('DELETE FROM sessions WHERE user_id = ?', [id])).changes
          : 0;
        await audit(tx, by, disabled ? 'user.disable' : 'user.enable', 'user', id, {
          sessionsEnded: ended,
        });
        const row = await tx.get<UserRow>('SELECT * FROM users WHERE id = ?', [id]);
        return row ? toUser(row) : undefined;
      });
    },
    async setPasswordHash(id, passwordHash, by) {
      return db.transaction(async (tx) => {
        const { changes } = await tx.run('UPDATE users SET password_hash = ? WHERE id = ?', [
          passwordHash,
          id,
        ]);
        if (changes === 0) return undefined;
        // Whoever knew the old password may hold a session; a new password ends them all.
        const ended = (await tx.run('DELETE FROM sessions WHERE user_id = ?', [id])).changes;
        await audit(tx, by, 'user.password', 'user', id, { sessionsEnded: ended });
        const row = await tx.get<UserRow>('SELECT * FROM users WHERE id = ?', [id]);
        return row ? toUser(row) : undefined;
      });
    },
    async revokeSessions(id, by) {
      return db.transaction(async (tx) => {
        const ended = (await tx.run('DELETE FROM sessions WHERE user_id = ?', [id])).changes;
        await audit(tx, by, 'user.revoke-sessions', 'user', id, { sessionsEnded: ended });
        return ended;
      });
    },
    async createSession(input) {
      await db.run(
        'INSERT INTO sessions (token_hash, user_id, csrf_token, kind, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
        [
          input.tokenHash,
          input.userId,
          input.csrfToken,
          input.kind,
          new Date().toISOString(),
          input.expiresAt,
        ],
      );
    },
    async getSession(tokenHash, now) {
      const row = await db.get<
        UserRow & { csrf_token: string; kind: 'cookie' | 'bearer'; expires_at: string }
      >(
        `SELECT u.*, s.csrf_token, s.kind, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled = 0`,
        [tokenHash, now],
      );
      return row
        ? {
            user: toUser(row),
            csrfToken: row.csrf_token,
            kind: row.kind,
            expiresAt: row.expires_at,
          }
        : undefined;
    },
    async deleteSession(tokenHash) {
      await db.run('DELETE FROM sessions WHERE token_hash = ?', [tokenHash]);
    },
    async createInvitation(input, by) {
      await db.transaction(async (tx) => {
        await tx.run(
          'INSERT INTO invitations (token_hash, email, role, actor_id, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
          [
            input.tokenHash,
            input.email.toLowerCase(),
            input.role,
            input.actorId,
            by.userId,
            new Date().toISOString(),
            input.expiresAt,
          ],
        );
        await audit(tx, by, 'invitation.create', 'invitation', input.email.toLowerCase(), {
          role: input.role,
          actorId: input.actorId,
        });
      });
    },
    async acceptInvitation(tokenHash, passwordHash, now) {
      try {
        return await db.transaction(async (tx) => {
          const inv = await tx.get<{ email: string; role: Role; actor_id: string | null }>(
            'SELECT email, role, actor_id FROM invitations WHERE token_hash = ? AND accepted_at IS NULL AND expires_at > ?',
            [tokenHash, now],
          );
          if (!inv) return undefined;
          const user: User = {
            id: randomUUID(),
            email: inv.email,
            role: inv.role,
            actorId: inv.actor_id,
            createdAt: now,
            disabled: false,
          };
          await tx.run(
            'INSERT INTO users (id, email, role, actor_id, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)',
            [user.id, user.email, user.role, user.actorId, passwordHash, now],
          );
          await tx.run('UPDATE invitations SET accepted_at = ? WHERE token_hash = ?', [
            now,
            tokenHash,
          ]);
          await audit(tx, { userId: user.id }, 'invitation.accept', 'user', user.id, {
            email: user.email,
          });
          return user;
        });
      } catch (error) {
        throw isUniqueViolation(error)
          ? new StoreError('conflict', {
              de: 'Für diese Adresse gibt es schon ein Konto.',
              en: 'There is already an account for this address.',
            })
          : error;
      }
    },

    async putActor(actor, by) {
      return db.transaction(async (tx) => {
        if (await unchanged(tx, 'actors', actor)) return false;
        await tx.run(upsertDoc('actors', ['id', 'doc', 'updated_at']), [
          actor.id,
          JSON.stringify(actor),
          new Date().toISOString(),
        ]);
        await audit(tx, by, 'actor.put', 'actor', actor.id);
        await bumpRevision(tx, { kind: 'actor', id: actor.id });
        return true;
      });
    },
    async getActor(id) {
      const row = await db.get<{ doc: string }>('SELECT doc FROM actors WHERE id = ?', [id]);
      return row ? (JSON.parse(row.doc) as Actor) : undefined;
    },
    async listActors() {
      return (await db.all<{ doc: string }>('SELECT doc FROM actors ORDER BY id')).map(
        (r) => JSON.parse(r.doc) as Actor,
      );
    },
    async putContact(contact, by) {
      return db.transaction(async (tx) => {
        if (await unchanged(tx, 'contacts', contact)) return false;
        await tx.run(upsertDoc('contacts', ['id', 'actor_id', 'doc', 'updated_at']), [
          contact.id,
          contact.actorId,
          JSON.stringify(contact),
          new Date().toISOString(),
        ]);
        await audit(tx, by, 'contact.put', 'contact', contact.id, { actorId: contact.actorId });
        await bumpRevision(tx, { kind: 'contact', id: contact.id });
        return true;
      });
    },
    async getContact(id) {
      const row = await db.get<{ doc: string }>('SELECT doc FROM contacts WHERE id = ?', [id]);
      return row ? (JSON.parse(row.doc) as Contact) : undefined;
    },
    async listContacts(actorId) {
      const rows =
        actorId === undefined
          ? await db.all<{ doc: string }>('SELECT doc FROM contacts ORDER BY id')
          : await db.all<{ doc: string }>(
              'SELECT doc FROM contacts WHERE actor_id = ? ORDER BY id',
              [actorId],
            );
      return rows.map((r) => JSON.parse(r.doc) as Contact);
    },
    async deleteContact(id, by) {
      return db.transaction(async (tx) => {
        const { changes } = await tx.run('DELETE FROM contacts WHERE id = ?', [id]);
        if (changes > 0) {
          await audit(tx, by, 'contact.delete', 'contact', id);
          await bumpRevision(tx, { kind: 'contact', id });
        }
        return changes > 0;
      });
    },

    async addReport(input) {
      return db.transaction(async (tx) => {
        const offer = await tx.get<{ provider_id: string }>(
          `SELECT provider_id FROM offers WHERE id = ? AND status = 'published'`,
          [input.offerId],
        );
        if (!offer) {
          throw new StoreError('not-found', {
            de: `Angebot „${input.offerId}“ ist nicht veröffentlicht.`,
            en: `Offer "${input.offerId}" is not published.`,
          });
        }
        const row: ReportRow = {
          id: randomUUID(),
          offer_id: input.offerId,
          provider_id: offer.provider_id,
          message: input.message,
          reporter_email: input.reporterEmail,
          created_at: new Date().toISOString(),
          resolved_at: null,
          resolved_by: null,
        };
        await tx.run(
          'INSERT INTO reports (id, offer_id, provider_id, message, reporter_email, created_at) VALUES (?, ?, ?, ?, ?, ?)',
          [row.id, row.offer_id, row.provider_id, row.message, row.reporter_email, row.created_at],
        );
        await audit(tx, { userId: 'public' }, 'report.create', 'offer', input.offerId, {
          reportId: row.id,
        });
        return toReport(row);
      });
    },
    async listReports(filter) {
      const where = new SqlWhere()
        .addIf(filter.providerId, 'provider_id = ?', filter.providerId)
        .addIf(filter.open, 'resolved_at IS NULL');
      const rows = await db.all<ReportRow>(
        `SELECT * FROM reports${where.clause} ORDER BY created_at, id`,
        where.params,
      );
      return rows.map(toReport);
    },
    async resolveReport(id, by) {
      return db.transaction(async (tx) => {
        const now = new Date().toISOString();
        const { changes } = await tx.run(
          'UPDATE reports SET resolved_at = ?, resolved_by = ? WHERE id = ? AND resolved_at IS NULL',
          [now, by.userId, id],
        );
        if (changes > 0) await audit(tx, by, 'report.resolve', 'report', id);
        const row = await tx.get<ReportRow>('SELECT * FROM reports WHERE id = ?', [id]);
        return row ? toReport(row) : undefined;
      });
    },

    async putDocument(kind: DocumentKind, id, doc, by) {
      await db.transaction(async (tx) => {
        await tx.run(upsertDoc('documents', ['kind', 'id', 'doc', 'updated_at']), [
          kind,
          id,
          JSON.stringify(doc),
          new Date().toISOString(),
        ]);
        await audit(tx, by, `${kind}.put`, kind, id);
      });
    },
    async getDocument(kind, id) {
      const row = await db.get<{ doc: string }>(
        'SELECT doc FROM documents WHERE kind = ? AND id = ?',
        [kind, id],
      );
      return row ? (JSON.parse(row.doc) as unknown) : undefined;
    },
    async updateDocument(kind, id, change, by) {
      const lock = db.dialect === 'postgres' ? ' FOR UPDATE' : '';
      return db.transaction(async (tx) => {
        const row = await tx.get<{ doc: string }>(
          `SELECT doc FROM documents WHERE kind = ? AND id = ?${lock}`,
          [kind, id],
        );
        if (!row) return undefined;
        const next = change(JSON.parse(row.doc) as unknown);
        await tx.run('UPDATE documents SET doc = ?, updated_at = ? WHERE kind = ? AND id = ?', [
          JSON.stringify(next),
          new Date().toISOString(),
          kind,
          id,
        ]);
        await audit(tx, by, `${kind}.update`, kind, id);
        return next;
      });
    },
    async listDocuments(kind) {
      return (
        await db.all<{ doc: string }>('SELECT doc FROM documents WHERE kind = ? ORDER BY id', [
          kind,
        ])
      ).map((r) => JSON.parse(r.doc) as unknown);
    },

    async auditLog({ limit, before, targetId }) {
      const where = new SqlWhere()
        .addIf(before, 'seq < ?', before)
        .addIf(targetId, 'target_id = ?', targetId);
      const rows = await db.all<{
        seq: number;
        at: string;
        user_id: string;
        action: string;
        target_type: string;
        target_id: string;
        detail: string | null;
      }>(`SELECT * FROM audit_log${where.clause} ORDER BY seq DESC LIMIT ?`, [
        ...where.params,
        limit,
      ]);
      return rows.map((r): AuditEntry => ({
        seq: Number(r.seq),
        at: r.at,
        userId: r.user_id,
        action: r.action,
        targetType: r.target_type,
        targetId: r.target_id,
        detail: r.detail === null ? null : (JSON.parse(r.detail) as unknown),
      }));
    },
    async hitRateLimit(key, windowMs, now = new Date()) {
      const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs).toISOString();
      const row = await db.get<{ hits: number }>(
        `INSERT INTO rate_limits (key, window_start, hits) VALUES (?, ?, 1)
         ON CONFLICT (key) DO UPDATE SET hits = CASE WHEN rate_limits.window_start = excluded.window_start THEN rate_limits.hits + 1 ELSE 1 END,
         window_start = excluded.window_start RETURNING hits`,
        [key, windowStart],
      );
      return Number(row?.hits ?? 1);
    },
    async resetRateLimit(key) {
      await db.run('DELETE FROM rate_limits WHERE key = ?', [key]);
    },
    // Locks share the rate-limit table under their own key prefix: `window_start` holds the end of the lock.
    async setLock(key, until) {
      await db.run(
        `INSERT INTO rate_limits (key, window_start, hits) VALUES (?, ?, 0)
         ON CONFLICT (key) DO UPDATE SET window_start = excluded.window_start`,
        [`lock:${key}`, until.toISOString()],
      );
    },
    async lockedUntil(key, now = new Date()) {
      const row = await db.get<{ window_start: string }>(
        'SELECT window_start FROM rate_limits WHERE key = ?',
        [`lock:${key}`],
      );
      const until = row ? new Date(row.window_start) : undefined;
      return until && until > now ? until : undefined;
    },
    publicationChanges: (since) => changesSince(db, since),
  };
}
