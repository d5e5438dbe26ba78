import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { recklinghausenProfile } from '@vielfalt/model';
import { recklinghausenSample } from '@vielfalt/sample-data';
import { recklinghausenSample as klimakonferenzen } from '@vielfalt/klimakonferenz/sample';
import { startPortal } from './portal.js';
import { launchBrowser, settled } from './testing.js';

// TEST_DATABASE_URL names a server, or the global setup started an embedded PostgreSQL and set it.
const url = process.env.TEST_DATABASE_URL;
if (!url) throw new Error('TEST_DATABASE_URL fehlt / is missing: the global test setup sets it');

async function sql(statement) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

describe('the portal on PostgreSQL', () => {
  const schema = `vf_portal_${randomBytes(5).toString('hex')}`;
  let portal;
  let browser;

  beforeAll(async () => {
    await sql(`CREATE SCHEMA ${schema}`);
    portal = await startPortal({
      profile: recklinghausenProfile,
      dataset: recklinghausenSample,
      klimakonferenzen,
      storeLocation: url,
      storeOptions: { schema },
      port: 0,
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.close();
    await sql(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  });

  test('seeds the sample and makes it searchable at once', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/?q=Integrationskurs`);
    await settled(page);
    const search = page.locator('vf-offer-search');
    await expect
      .poll(() => search.getByRole('link').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    const published = recklinghausenSample.offers.filter((o) => o.status === 'published').length;
    const total = await page.evaluate(() =>
      fetch('/api/v1/offers?pageSize=1')
        .then((r) => r.json())
        .then((b) => b.total),
    );
    expect(total).toBe(published);
    await page.close();
  });
});
