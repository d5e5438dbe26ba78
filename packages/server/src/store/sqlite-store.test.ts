import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from './open.js';
import { describeStoreContract } from './store.contract.js';

describeStoreContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vielfalt-store-'));
  return {
    store: await openStore(dir),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});
