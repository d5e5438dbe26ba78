import { describe } from 'vitest';
import { createTestSchema, testDatabaseUrl } from '../testing/postgres.js';
import { openStore } from './open.js';
import { describeStoreContract } from './store.contract.js';

const url = testDatabaseUrl();

if (url) {
  describeStoreContract('PostgreSQL', async () => {
    const { schema, drop } = await createTestSchema(url);
    return { store: await openStore(url, { schema }), cleanup: drop };
  });
} else {
  describe.skip('store contract: PostgreSQL (TEST_DATABASE_URL not set)', () => undefined);
}
