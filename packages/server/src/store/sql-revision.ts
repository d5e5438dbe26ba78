import type { SqlExecutor } from '../db/driver.js';
import type { PublicationChange, PublicationChanges } from './store.js';

/** How many revisions the change log keeps; an instance further behind reads everything afresh. */
export const CHANGE_LOG_LENGTH = 5_000;

/**
 * Moves the publication revision and logs what changed: called in the same transaction as any change to
 * what the public sees (offers, actors, contacts), so feed ETags and search caches change exactly when the
 * data does, and instances can catch up record by record. The revision row is locked by the update, so
 * revisions commit in order and the log never has a gap that fills later.
 */
export async function bumpRevision(
  tx: SqlExecutor,
  change: PublicationChange,
  now: Date = new Date(),
): Promise<void> {
  const row = await tx.get<{ value: string }>(
    `UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'publication_revision' RETURNING value`,
  );
  const revision = Number(row?.value);
  await tx.run(`UPDATE meta SET value = ? WHERE key = 'publication_changed_at'`, [
    now.toISOString(),
  ]);
  await tx.run(
    'INSERT INTO publication_changes (revision, kind, target_id, at) VALUES (?, ?, ?, ?)',
    [revision, change.kind, change.id, now.toISOString()],
  );
  if (revision % 100 === 0)
    await tx.run('DELETE FROM publication_changes WHERE revision <= ?', [
      revision - CHANGE_LOG_LENGTH,
    ]);
}

/**
 * The changes after revision `since`, oldest first; `undefined` when the log does not reach back that far
 * (pruned, or a database older than the log), so the caller reads everything.
 */
export async function changesSince(
  db: SqlExecutor,
  since: number,
): Promise<PublicationChanges | undefined> {
  const rows = await db.all<{
    revision: number;
    kind: PublicationChange['kind'];
    target_id: string;
    at: string;
  }>(
    'SELECT revision, kind, target_id, at FROM publication_changes WHERE revision > ? ORDER BY revision',
    [since],
  );
  const contiguous = rows.every((row, i) => Number(row.revision) === since + 1 + i);
  if (!contiguous) return undefined;
  const last = rows.at(-1);
  if (!last) {
    // Nothing logged after `since`: either nothing changed, or the database has changes from before the log.
    const current = await db.get<{ value: string }>(
      `SELECT value FROM meta WHERE key = 'publication_revision'`,
    );
    return Number(current?.value) === since ? { revision: since, changes: [] } : undefined;
  }
  return {
    revision: Number(last.revision),
    changedAt: last.at,
    changes: rows.map((row) => ({ kind: row.kind, id: row.target_id })),
  };
}
