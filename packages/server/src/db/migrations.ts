import type { SqlDialect, SqlDriver } from './driver.js';

/** One schema change; `sql` is either shared or written per dialect. */
export interface Migration {
  /** Increasing number; applied versions are recorded in `schema_migrations`. */
  version: number;
  /** What the migration does. */
  name: string;
  /** Statements separated by semicolons, shared or per dialect. */
  sql: string | Record<SqlDialect, string>;
}

const autoIncrement: Record<SqlDialect, string> = {
  sqlite: 'INTEGER PRIMARY KEY AUTOINCREMENT',
  postgres: 'SERIAL PRIMARY KEY',
};

function initialSchema(dialect: SqlDialect): string {
  return `
CREATE TABLE users (
  id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE, role TEXT NOT NULL, actor_id TEXT,
  password_hash TEXT NOT NULL, created_at TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id), csrf_token TEXT NOT NULL,
  kind TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL
);
CREATE TABLE invitations (
  token_hash TEXT PRIMARY KEY, email TEXT NOT NULL, role TEXT NOT NULL, actor_id TEXT,
  created_by TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL, accepted_at TEXT
);
CREATE TABLE actors (id TEXT PRIMARY KEY, doc TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE contacts (id TEXT PRIMARY KEY, actor_id TEXT NOT NULL, doc TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX contacts_actor ON contacts(actor_id);
CREATE TABLE offers (
  id TEXT PRIMARY KEY, provider_id TEXT NOT NULL, status TEXT NOT NULL, review_state TEXT NOT NULL,
  latest_version INTEGER NOT NULL, published_version INTEGER, published_doc TEXT,
  kind TEXT, fields TEXT NOT NULL DEFAULT '', municipalities TEXT NOT NULL DEFAULT '',
  languages TEXT NOT NULL DEFAULT '', target_groups TEXT NOT NULL DEFAULT '', search_text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, published_at TEXT, last_reviewed_at TEXT
);
CREATE INDEX offers_status ON offers(status);
CREATE INDEX offers_provider ON offers(provider_id);
CREATE INDEX offers_review ON offers(review_state);
CREATE TABLE offer_versions (
  offer_id TEXT NOT NULL REFERENCES offers(id), version INTEGER NOT NULL, doc TEXT NOT NULL, state TEXT NOT NULL,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL, decided_at TEXT, decided_by TEXT, reason TEXT,
  PRIMARY KEY (offer_id, version)
);
CREATE TABLE reports (
  id TEXT PRIMARY KEY, offer_id TEXT NOT NULL REFERENCES offers(id), provider_id TEXT NOT NULL, message TEXT NOT NULL,
  reporter_email TEXT, created_at TEXT NOT NULL, resolved_at TEXT, resolved_by TEXT
);
CREATE TABLE documents (kind TEXT NOT NULL, id TEXT NOT NULL, doc TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (kind, id));
CREATE TABLE audit_log (
  seq ${autoIncrement[dialect]}, at TEXT NOT NULL, user_id TEXT NOT NULL, action TEXT NOT NULL,
  target_type TEXT NOT NULL, target_id TEXT NOT NULL, detail TEXT
);
CREATE TABLE idempotency_keys (
  scope TEXT NOT NULL, key TEXT NOT NULL, request_hash TEXT NOT NULL, target_id TEXT NOT NULL, created_at TEXT NOT NULL,
  PRIMARY KEY (scope, key)
);
CREATE TABLE rate_limits (key TEXT PRIMARY KEY, window_start TEXT NOT NULL, hits INTEGER NOT NULL);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta (key, value) VALUES ('publication_revision', '0');
INSERT INTO meta (key, value) VALUES ('publication_changed_at', '1970-01-01T00:00:00.000Z');
`;
}

/** Every schema change in order. Never edit a released migration; add a new one. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: { sqlite: initialSchema('sqlite'), postgres: initialSchema('postgres') },
  },
  {
    version: 2,
    name: 'German full-text index on published offers',
    sql: {
      // SQLite deployments search with the in-process engine; the table stays as it is.
      sqlite: 'SELECT 1',
      postgres: `
ALTER TABLE offers ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (to_tsvector('german', search_text)) STORED;
CREATE INDEX offers_search_tsv ON offers USING GIN (search_tsv);`,
    },
  },
  {
    version: 3,
    name: 'log of publication changes, so instances catch up by what changed',
    // One row per revision: instances read the rows after the revision they hold and fetch only those records.
    sql: 'CREATE TABLE publication_changes (revision INTEGER PRIMARY KEY, kind TEXT NOT NULL, target_id TEXT NOT NULL, at TEXT NOT NULL)',
  },
];

/**
 * Brings the database to the newest schema version. Each migration runs in its own transaction
 * together with its row in `schema_migrations`; on PostgreSQL an advisory lock keeps several
 * instances starting at once from migrating twice.
 */
export async function migrate(
  db: SqlDriver,
  list: readonly Migration[] = migrations,
): Promise<number[]> {
  await db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const applied: number[] = [];
  for (const migration of list) {
    const done = await db.transaction(async (tx) => {
      if (db.dialect === 'postgres') await tx.get('SELECT pg_advisory_xact_lock(7707)');
      const row = await tx.get('SELECT version FROM schema_migrations WHERE version = ?', [
        migration.version,
      ]);
      if (row) return false;
      const sql = typeof migration.sql === 'string' ? migration.sql : migration.sql[db.dialect];
      for (const statement of sql
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean))
        await tx.run(statement);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}
