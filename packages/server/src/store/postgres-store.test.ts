import { describe } from 'vitest';
import { createTestSchema, testDatabaseUrl } from '../testing/postgres.js';
import { openStore } from './open.js';
import { describeStoreContract } from './store.contract.js';

const url = testDatabaseUrl();

describe('PostgreSQL', () => {
  describeStoreContract('PostgreSQL', async () => {
    const { schema, drop } = await createTestSchema(url);
    return { store: await openStore(url, { schema }), cleanup: drop };
  });
});
