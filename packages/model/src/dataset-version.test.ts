import { describe, expect, it } from 'vitest';
import { DATASET_SCHEMA_VERSION, datasetSchema } from './dataset.js';
import { migrateDataset, type DatasetMigration } from './dataset-version.js';
import { recklinghausenSample } from './testing/sample.js';

describe('migrateDataset', () => {
  it('passes a current dataset through unchanged', () => {
    const result = migrateDataset(JSON.parse(JSON.stringify(recklinghausenSample)));
    expect(result.ok && datasetSchema.parse(result.data)).toEqual(recklinghausenSample);
    expect(result.ok && [result.fromVersion, result.toVersion]).toEqual([
      DATASET_SCHEMA_VERSION,
      DATASET_SCHEMA_VERSION,
    ]);
  });

  it('runs the migration hook step by step up to the target version', () => {
    // A made-up future: version 2 renamed `notice` to `disclaimer`, version 3 added `tags`.
    const migrations = new Map<number, DatasetMigration>([
      [1, ({ notice, ...rest }) => ({ ...rest, disclaimer: notice })],
      [2, (data) => ({ ...data, tags: [] })],
    ]);
    const result = migrateDataset(
      { schemaVersion: 1, notice: 'fiktiv' },
      { migrations, targetVersion: 3 },
    );
    expect(result).toEqual({
      ok: true,
      data: { schemaVersion: 3, disclaimer: 'fiktiv', tags: [] },
      fromVersion: 1,
      toVersion: 3,
    });
  });

  it('refuses newer, missing and unknown versions with German and English messages', () => {
    const newer = migrateDataset({ schemaVersion: DATASET_SCHEMA_VERSION + 1 });
    expect(newer.ok === false && newer.problem.code).toBe('newer-schema-version');
    expect(newer.ok === false && newer.problem.message.de).toContain(
      'bitte vielfalt aktualisieren',
    );
    const missing = migrateDataset({ offers: [] });
    expect(missing.ok === false && missing.problem.message.en).toBe(
      'schemaVersion: expected a whole number from 1, found: nothing (the field is missing).',
    );
    const huge = migrateDataset({ schemaVersion: 'x'.repeat(10_000) });
    expect(huge.ok === false && huge.problem.message.de.length).toBeLessThan(200);
    const bigint = migrateDataset({ schemaVersion: 1n });
    expect(bigint.ok === false && bigint.problem.message.en).toBe(
      'schemaVersion: expected a whole number from 1, found: bigint.',
    );
    const gap = migrateDataset({ schemaVersion: 1 }, { migrations: new Map(), targetVersion: 2 });
    expect(gap.ok === false && gap.problem.code).toBe('missing-migration');
    expect(migrateDataset([1, 2]).ok).toBe(false);
  });
});
