import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recklinghausenProfile } from '../recklinghausen.js';
import { recklinghausenSample } from '../testing/sample.js';
import { datasetArbitrary } from './arbitraries.js';
import { exportHsds } from './export.js';

// The shared folder lies next to the repository (locally and in CI): ../shared/interop/hsds-3.0.
const hsdsDir = fileURLToPath(new URL('../../../../../shared/interop/hsds-3.0/', import.meta.url));
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** Sets `additionalProperties: false` on every object schema, as upstream's own check does, to catch misspelt fields. */
function closeObjects(schema: unknown): void {
  if (Array.isArray(schema)) schema.forEach(closeObjects);
  else if (schema && typeof schema === 'object') {
    const record = schema as Record<string, unknown>;
    if (record['type'] === 'object' && record['properties']) record['additionalProperties'] = false;
    Object.values(record).forEach(closeObjects);
  }
}

function compiledValidator(name: string): ValidateFunction {
  const schema: unknown = JSON.parse(
    readFileSync(`${hsdsDir}schema/compiled/${name}.json`, 'utf8'),
  );
  closeObjects(schema);
  // strict: false because the HSDS schemas carry their own keywords (constraints, core, datapackage_metadata).
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema as object);
}

const validators = {
  service: compiledValidator('service'),
  organization: compiledValidator('organization'),
  service_at_location: compiledValidator('service_at_location'),
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
    const example = (name: string): unknown =>
      JSON.parse(readFileSync(`${hsdsDir}examples/${name}.json`, 'utf8'));
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
