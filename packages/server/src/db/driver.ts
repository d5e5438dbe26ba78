/** Runs SQL written once with `?` placeholders against SQLite or PostgreSQL. */
export interface SqlExecutor {
  /** All rows of a query. */
  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** The first row of a query, or `undefined`. */
  get<T>(sql: string, params?: readonly unknown[]): Promise<T | undefined>;
  /** A statement without rows; returns how many rows it changed. */
  run(sql: string, params?: readonly unknown[]): Promise<{ changes: number }>;
}

/** The SQL dialects a store can run on. */
export type SqlDialect = 'sqlite' | 'postgres';

/** A database connection: one SQLite file or a PostgreSQL pool. */
export interface SqlDriver extends SqlExecutor {
  /** Which SQL dialect the connection speaks. */
  readonly dialect: SqlDialect;
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it throws.
   * Nothing written inside is visible to other readers before the commit.
   */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Runs several statements separated by semicolons (migrations). */
  exec(sql: string): Promise<void>;
  /** Closes the connection or pool. */
  close(): Promise<void>;
}

/** True when an error is a violated unique or primary key constraint, in either dialect. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
}
