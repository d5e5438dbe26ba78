import type { SqlExecutor } from '../db/driver.js';

/**
 * Moves the publication revision: called in the same transaction as any change to what the public
 * sees (offers, actors, contacts), so feed ETags and search caches change exactly when the data does.
 */
export async function bumpRevision(tx: SqlExecutor, now: Date = new Date()): Promise<void> {
  await tx.run(
    `UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'publication_revision'`,
  );
  await tx.run(`UPDATE meta SET value = ? WHERE key = 'publication_changed_at'`, [
    now.toISOString(),
  ]);
}
