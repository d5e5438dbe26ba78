import { readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import {
  jsonSchemas,
  recklinghausenProfile,
  validateDataset,
  type JsonSchemaName,
} from './index.js';
import { testDataset } from './test-dataset.js';
import { sampleFile } from './testing/sample.js';

function validator(name: JsonSchemaName = 'dataset') {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(jsonSchemas()[name]);
}

describe('JSON Schemas', () => {
  test('validate a real dataset with an independent validator (ajv, draft 2020-12)', () => {
    const validate = validator();
    expect(validate(testDataset()), JSON.stringify(validate.errors)).toBe(true);
  });

  test('validate the Recklinghausen sample dataset, as validateDataset does', async () => {
    const sample: unknown = JSON.parse(await readFile(sampleFile, 'utf8'));
    const validate = validator();
    expect(validate(sample), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    const result = validateDataset(recklinghausenProfile, sample);
    expect(result.ok ? [] : result.problems.slice(0, 5)).toEqual([]);
  });

  test('reject a broken copy of the sample dataset', async () => {
    const sample = JSON.parse(await readFile(sampleFile, 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    sample.offers[10].languages = [];
    sample.actors[0].staffing = 'unpaid';
    const validate = validator();
    expect(validate(sample)).toBe(false);
    const places = validate.errors?.map((error) => error.instancePath) ?? [];
    expect(places).toEqual(expect.arrayContaining(['/offers/10/languages', '/actors/0/staffing']));
  });

  test('reject broken datasets, pointing at the place', () => {
    const validate = validator();
    const broken = structuredClone(testDataset()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    broken.offers[0].area.ags[0] = '5562024';
    broken.offers[0].format = 'vor-ort';
    delete broken.contacts[0].consent;
    expect(validate(broken)).toBe(false);
    const places = validate.errors?.map((error) => error.instancePath) ?? [];
    expect(places).toEqual(
      expect.arrayContaining(['/offers/0/area/ags/0', '/offers/0/format', '/contacts/0']),
    );
  });

  test('describe the file format: fields with defaults are optional', () => {
    const offer = validator('offer');
    const { contactIds: _, tags: __, history: ___, ...minimal } = testDataset().offers?.[0] ?? {};
    expect(offer(minimal), JSON.stringify(offer.errors)).toBe(true);
    expect(offer({ ...minimal, kind: 'party' })).toBe(false);
  });

  test('the shipped files in schemas/ are exactly what the zod schemas generate', async () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      const file = new URL(`../schemas/${name}.json`, import.meta.url);
      const shipped: unknown = JSON.parse(await readFile(file, 'utf8'));
      expect(shipped, `schemas/${name}.json is stale: run npm run build`).toEqual(schema);
    }
  });
});
