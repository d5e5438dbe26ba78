import { existsSync } from 'node:fs';
import pg from 'pg';
import { expect, test } from 'vitest';
import { startEmbeddedPostgres } from './postgres.js';

test(
  'an embedded PostgreSQL starts on a free port, answers, and leaves nothing behind when stopped',
  { timeout: 120_000 },
  async () => {
    const cluster = await startEmbeddedPostgres();
    try {
      expect(existsSync(cluster.dataDir)).toBe(true);
      const client = new pg.Client({ connectionString: cluster.url });
      await client.connect();
      const { rows } = await client.query("select current_setting('server_version_num') as v");
      await client.end();
      expect(Number(rows[0].v)).toBeGreaterThanOrEqual(160000);
    } finally {
      await cluster.stop();
    }
    expect(existsSync(cluster.dataDir)).toBe(false);
  },
);
