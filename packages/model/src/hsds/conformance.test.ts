import { hsdsExample, hsdsValidator } from '@vielfalt/testing/hsds';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recklinghausenProfile } from '../recklinghausen.js';
import { recklinghausenSample } from '../testing/sample.js';
import { datasetArbitrary } from './arbitraries.js';
import { exportHsds } from './export.js';

const validators = {
  service: hsdsValidator('service'),
  organization: hsdsValidator('organization'),
  service_at_location: hsdsValidator('service_at_location'),
};

/** Validates every record of a kind and returns readable errors (empty when all conform). */
function hsdsErrors(kind: keyof typeof validators, records: readonly unknown[]): string[] {
  const validate = validators[kind];
  return records.flatMap((record, index) =>
    validate(JSON.parse(JSON.stringify(record)))
      ? []
      : (validate.errors ?? []).map(
          (error) =>
            `${kind}[${index}]${error.instancePath} ${error.message ?? ''} ${JSON.stringify(error.params)}`,
        ),
  );
}

// Property and whole-sample tests: generous time, CI runs every package's tests at once on two cores.
describe('HSDS schema conformance', { timeout: 60_000 }, () => {
  it('the harness accepts the official full examples and rejects a misspelt field', () => {
    const example = hsdsExample;
    expect(hsdsErrors('service', [example('service_full')])).toEqual([]);
    expect(hsdsErrors('organization', [example('organization_full')])).toEqual([]);
    expect(hsdsErrors('service_at_location', [example('service_at_location_full')])).toEqual([]);
    const misspelt = { ...(example('service_full') as object), fee_description: 'x' };
    expect(hsdsErrors('service', [misspelt]).join('\n')).toContain(
      'must NOT have additional properties',
    );
  });

  it('the sample dataset exports with zero schema errors (every service, organization and service_at_location)', () => {
    const hsds = exportHsds(recklinghausenSample, { profile: recklinghausenProfile });
    const published = recklinghausenSample.offers.filter((offer) => offer.status === 'published');
    expect(hsds.services).toHaveLength(published.length);
    expect(hsds.organizations).toHaveLength(recklinghausenSample.actors.length);
    expect(hsds.service_at_locations.length).toBeGreaterThan(0);
    expect(hsdsErrors('service', hsds.services)).toEqual([]);
    expect(hsdsErrors('organization', hsds.organizations)).toEqual([]);
    expect(hsdsErrors('service_at_location', hsds.service_at_locations)).toEqual([]);
    // Terms carry the profile's German labels, so other HSDS readers see names, not codes.
    const sprache = hsds.taxonomy_terms.find(
      (term) => term.taxonomy === 'vielfalt-fields-of-action' && term.code === 'sprache',
    );
    expect(sprache?.name).toBe(
      recklinghausenProfile.fieldsOfAction.find((field) => field.id === 'sprache')?.label['de'],
    );
  });

  it('every exported service, organization and service_at_location validates, for any dataset', () => {
    fc.assert(
      fc.property(datasetArbitrary, (dataset) => {
        const hsds = exportHsds(dataset, {
          statuses: ['draft', 'submitted', 'published', 'archived', 'rejected'],
        });
        expect(hsds.services).toHaveLength(dataset.offers.length);
        expect([
          ...hsdsErrors('service', hsds.services),
          ...hsdsErrors('organization', hsds.organizations),
          ...hsdsErrors('service_at_location', hsds.service_at_locations),
        ]).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
