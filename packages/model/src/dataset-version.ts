import { DATASET_SCHEMA_VERSION } from './dataset.js';
import { describeValue, type Problem } from './problem.js';

/** Turns a dataset of one format version into the next; it receives and returns plain JSON. */
export type DatasetMigration = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * The migrations, keyed by the version they upgrade from (`1` turns version 1 into version 2). Empty
 * while version 1 is the only format; a future format adds its step here and raises DATASET_SCHEMA_VERSION.
 */
export const datasetMigrations: ReadonlyMap<number, DatasetMigration> = new Map();

/** The outcome of {@link migrateDataset}: the data in the current format, or why it cannot be read. */
export type DatasetMigrationResult =
  | { ok: true; data: Record<string, unknown>; fromVersion: number; toVersion: number }
  | { ok: false; problem: Problem };

function problem(code: string, de: string, en: string): DatasetMigrationResult {
  return { ok: false, problem: { path: 'schemaVersion', code, message: { de, en } } };
}

/**
 * Brings a versioned JSON dataset (`schemaVersion`) up to the format this package writes, step by step
 * through `migrations`. A dataset from a newer vielfalt is refused rather than guessed at. Validate the
 * result with `validateDataset` afterwards.
 */
export function migrateDataset(
  data: unknown,
  options: { migrations?: ReadonlyMap<number, DatasetMigration>; targetVersion?: number } = {},
): DatasetMigrationResult {
  const migrations = options.migrations ?? datasetMigrations;
  const target = options.targetVersion ?? DATASET_SCHEMA_VERSION;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return problem(
      'not-a-dataset',
      'Kein Datensatz: erwartet wurde ein JSON-Objekt mit „schemaVersion“.',
      'Not a dataset: expected a JSON object with "schemaVersion".',
    );
  }
  const version = (data as Record<string, unknown>)['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    // Described, not JSON-quoted: the value may be a 10,000-character text or a BigInt.
    const found = describeValue(version);
    return problem(
      'missing-schema-version',
      `schemaVersion: erwartet wurde eine ganze Zahl ab 1, gefunden: ${found.de}.`,
      `schemaVersion: expected a whole number from 1, found: ${found.en}.`,
    );
  }
  if (version > target) {
    return problem(
      'newer-schema-version',
      `schemaVersion ${version} ist neuer als die unterstützte Version ${target}: bitte vielfalt aktualisieren.`,
      `schemaVersion ${version} is newer than the supported version ${target}: please update vielfalt.`,
    );
  }
  let current: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  for (let step = version; step < target; step++) {
    const migrate = migrations.get(step);
    if (!migrate) {
      return problem(
        'missing-migration',
        `Kein Übergang von schemaVersion ${step} nach ${step + 1} bekannt.`,
        `No migration from schemaVersion ${step} to ${step + 1} is known.`,
      );
    }
    current = { ...migrate(current), schemaVersion: step + 1 };
  }
  return { ok: true, data: current, fromVersion: version, toVersion: target };
}
