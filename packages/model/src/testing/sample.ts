import { readFileSync } from 'node:fs';
import { datasetSchema, type Dataset } from '../dataset.js';

/**
 * Where the fictional Recklinghausen sample lives: in `@vielfalt/sample-data`, which depends on this package,
 * so the model's own tests and benchmarks read its JSON from the sibling folder instead of importing it (a
 * devDependency would be a cycle).
 */
export const sampleFile = new URL(
  '../../../sample-data/data/recklinghausen-sample.json',
  import.meta.url,
);

/** The sample dataset, parsed with the dataset schema, for the model's tests. */
export const recklinghausenSample: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync(sampleFile, 'utf8')),
);
