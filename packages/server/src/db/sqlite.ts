import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { SqlDriver, SqlExecutor } from './driver.js';

/**
 * better-sqlite3 is synchronous while store code awaits between statements, so two requests could
 * interleave inside one connection. A promise-chain lock serialises every use of the connection; the
 * statements themselves take microseconds, so the queue stays short.
 */
class Lock {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work, work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/** Prepared statements kept per connection; more distinct statements than this start the cache afresh. */
const STATEMENTS = 500;

function executor(db: Database.Database): SqlExecutor {
  // Preparing parses and plans the SQL: as costly as running a small query, and every search asks for the
  // publication revision, so statements are prepared once and kept (the SQL texts are few and fixed, apart
  // from `IN (…)` lists of varying length, which the bound keeps from piling up).
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      if (statements.size >= STATEMENTS) statements.clear();
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  return {
    async all<T>(sql: string, params: readonly unknown[] = []) {
      return prepared(sql).all(...params) as T[];
    },
    async get<T>(sql: string, params: readonly unknown[] = []) {
      return prepared(sql).get(...params) as T | undefined;
    },
    async run(sql: string, params: readonly unknown[] = []) {
      return { changes: prepared(sql).run(...params).changes };
    },
  };
}

/**
 * Opens (or creates) an SQLite database file in WAL mode with full fsync on commit, so an
 * acknowledged write survives a killed process and a power cut. `:memory:` works for tests.
 */
export function openSqlite(file: string): SqlDriver {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const lock = new Lock();
  const direct = executor(db);
  return {
    dialect: 'sqlite',
    all: (sql, params) => lock.run(() => direct.all(sql, params)),
    get: (sql, params) => lock.run(() => direct.get(sql, params)),
    run: (sql, params) => lock.run(() => direct.run(sql, params)),
    transaction: (work) =>
      lock.run(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(direct);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          db.exec('ROLLBACK');
          throw error;
        }
      }),
    exec: (sql) => lock.run(async () => void db.exec(sql)),
    close: () => lock.run(async () => void db.close()),
  };
}
