import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Where the PostgreSQL tests run: `TEST_DATABASE_URL`, which a developer or CI may point at any server and
 * which the test run's global setup (`@vielfalt/testing/postgres`) otherwise sets to an embedded PostgreSQL
 * from npm. So the PostgreSQL tests run on every machine and are never skipped.
 */
export function testDatabaseUrl(): string {
  const url = process.env['TEST_DATABASE_URL'];
  if (!url) {
    throw new Error(
      'TEST_DATABASE_URL fehlt: die globale Testvorbereitung startet sonst ein eingebettetes PostgreSQL / ' +
        'TEST_DATABASE_URL is missing: the global test setup starts an embedded PostgreSQL otherwise (run the tests with vitest from this package).',
    );
  }
  return url;
}

/** A fresh schema with a random name, so test files running at once never share tables. */
export async function createTestSchema(
  url: string,
): Promise<{ schema: string; drop(): Promise<void> }> {
  const schema = `vf_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.end();
  return {
    schema,
    async drop() {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    },
  };
}
