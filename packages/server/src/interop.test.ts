import { hsdsValidator as validator } from '@vielfalt/testing/hsds';
import { recklinghausenSample } from '@vielfalt/sample-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './testing/harness.js';
import { contactFixture } from './testing/fixtures.js';

describe('HSDS, JSON-LD and contacts over HTTP with the sample data', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ dataset: recklinghausenSample });
  }, 120_000);
  afterAll(() => t.close());

  async function all(path: string): Promise<unknown[]> {
    const items: unknown[] = [];
    for (let page = 1; ; page++) {
      const response = await t.request('GET', `${path}?page=${page}&per_page=100`);
      expect(response.status).toBe(200);
      items.push(...response.body.contents);
      if (response.body.last_page) return items;
    }
  }

  it(
    'serves every published offer as an HSDS service that validates against the HSDS 3.0 schema',
    { timeout: 90_000 },
    async () => {
      const published = recklinghausenSample.offers.filter((o) => o.status === 'published').length;
      const checks: [string, string, number | undefined][] = [
        ['/api/v1/hsds/services', 'service', published],
        ['/api/v1/hsds/organizations', 'organization', undefined],
        ['/api/v1/hsds/service_at_locations', 'service_at_location', undefined],
      ];
      for (const [path, schema, count] of checks) {
        const records = await all(path);
        if (count !== undefined) expect(records).toHaveLength(count);
        expect(records.length).toBeGreaterThan(0);
        const validate = validator(schema);
        const errors = records.flatMap((record, i) =>
          validate(record)
            ? []
            : (validate.errors ?? []).map((e) => `${schema}[${i}]${e.instancePath} ${e.message}`),
        );
        expect(errors.slice(0, 10)).toEqual([]);
      }
      const [first] = (await all('/api/v1/hsds/services')) as { id: string }[];
      const one = await t.request('GET', `/api/v1/hsds/services/${first?.id}`);
      expect(validator('service')(one.body)).toBe(true);
    },
  );

  it('serves JSON-LD per offer with < escaped', async () => {
    const offer = recklinghausenSample.offers.find((o) => o.status === 'published');
    const response = await t.request('GET', `/api/v1/offers/${offer?.id}/jsonld`);
    expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    expect(response.body['@context']).toBe('https://schema.org');
    expect(response.text).not.toContain('<');
  });

  it('shows only consented contact fields to the public', async () => {
    const by = { userId: 'test-setup', role: 'moderator' as const };
    await t.store.putContact(contactFixture('nur-rolle', 'traeger-a'), by);
    await t.store.putContact(
      contactFixture('ohne-zustimmung', 'traeger-a', {
        consent: { given: false, date: '2026-02-01', basis: 'consent' },
      }),
      by,
    );
    const response = await t.request('GET', '/api/v1/contacts?actor=traeger-a');
    expect(response.body).toEqual([
      {
        id: 'nur-rolle',
        actorId: 'traeger-a',
        kind: 'person',
        role: { de: 'Beratung', en: 'Counselling' },
        languages: ['de', 'tr'],
      },
    ]);
    expect(response.text).not.toContain('erika@example.org');
    const internal = await t.request('GET', '/api/v1/manage/contacts', { as: 'providerA' });
    expect(internal.body.map((c: { id: string }) => c.id)).toEqual([
      'nur-rolle',
      'ohne-zustimmung',
    ]);
  });
});
