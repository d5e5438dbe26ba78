import { join } from 'node:path';
import { openPostgres, type PostgresOptions } from '../db/postgres.js';
import { openSqlite } from '../db/sqlite.js';
import { createSqlStore } from './sql-store.js';
import type { Store } from './store.js';

/**
 * Opens the store a deployment names: a `postgres://` or `postgresql://` URL opens PostgreSQL,
 * anything else is a data folder that gets an SQLite file `vielfalt.sqlite` (`:memory:` for tests).
 * The schema is migrated to the newest version before the store is returned.
 */
export async function openStore(urlOrPath: string, options: PostgresOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(urlOrPath))
    return createSqlStore(openPostgres(urlOrPath, options));
  return createSqlStore(
    openSqlite(urlOrPath === ':memory:' ? urlOrPath : join(urlOrPath, 'vielfalt.sqlite')),
  );
}
