import type { SqlExecutor } from '../db/driver.js';
import type { ActingUser } from './store.js';

/** Writes one audit line inside the caller's transaction, so the change and its record commit together. */
export async function audit(
  tx: SqlExecutor,
  by: ActingUser | { userId: string },
  action: string,
  targetType: string,
  targetId: string,
  detail: unknown = null,
): Promise<void> {
  await tx.run(
    'INSERT INTO audit_log (at, user_id, action, target_type, target_id, detail) VALUES (?, ?, ?, ?, ?, ?)',
    [
      new Date().toISOString(),
      by.userId,
      action,
      targetType,
      targetId,
      detail === null ? null : JSON.stringify(detail),
    ],
  );
}
