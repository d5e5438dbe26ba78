import pg from 'pg';
import type { SqlDriver, SqlExecutor } from './driver.js';

/** Turns the `?` placeholders the store writes into PostgreSQL's `$1, $2, …`. */
export function toPostgresPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

function executor(client: pg.Pool | pg.PoolClient): SqlExecutor {
  const query = async (sql: string, params: readonly unknown[] = []) =>
    client.query(toPostgresPlaceholders(sql), params as unknown[]);
  return {
    async all<T>(sql: string, params?: readonly unknown[]) {
      return (await query(sql, params)).rows as T[];
    },
    async get<T>(sql: string, params?: readonly unknown[]) {
      return (await query(sql, params)).rows[0] as T | undefined;
    },
    async run(sql: string, params?: readonly unknown[]) {
      return { changes: (await query(sql, params)).rowCount ?? 0 };
    },
  };
}

/** Options for {@link openPostgres}. */
export interface PostgresOptions {
  /** Schema for every table (default `public`); tests use a fresh random one. */
  schema?: string;
  /** Most connections the pool opens (default 10). */
  maxConnections?: number;
}

/** Opens a connection pool to PostgreSQL (`postgres://user@host:port/db`). */
export function openPostgres(connectionString: string, options: PostgresOptions = {}): SqlDriver {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`Ungültiger Schemaname / invalid schema name: ${JSON.stringify(schema)}`);
  }
  const pool = new pg.Pool({
    connectionString,
    max: options.maxConnections ?? 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const direct = executor(pool);
  return {
    dialect: 'postgres',
    ...direct,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(executor(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async exec(sql) {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}
