import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Where the PostgreSQL tests run. CI must provide `TEST_DATABASE_URL`; without it the tests fail there
 * and are skipped (with a message) on a developer machine.
 */
export function testDatabaseUrl(): string | undefined {
  const url = process.env['TEST_DATABASE_URL'];
  if (!url && process.env['CI']) {
    throw new Error(
      'TEST_DATABASE_URL fehlt in CI / TEST_DATABASE_URL is missing in CI: the PostgreSQL tests must run there.',
    );
  }
  if (!url)
    console.warn('TEST_DATABASE_URL is not set: PostgreSQL tests are skipped on this machine.');
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
