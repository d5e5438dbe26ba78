/**
 * `@vielfalt/sample-data`: the fictional Recklinghausen sample dataset: ten cities, eight fields of action,
 * several hundred offers with providers, contacts, good practice, goals and action steps. Every provider,
 * person, address, e-mail address and phone number in it is invented (see the dataset's `notice`).
 *
 * A package of its own so that `@vielfalt/model` stays small; the same data is shipped as JSON in
 * `@vielfalt/sample-data/recklinghausen-sample.json` for other languages.
 *
 * @example
 * import { recklinghausenSample } from '@vielfalt/sample-data';
 * console.log(recklinghausenSample.offers.length, recklinghausenSample.notice);
 *
 * @packageDocumentation
 */
import { datasetSchema, type Dataset } from '@vielfalt/model';
import raw from '../data/recklinghausen-sample.json' with { type: 'json' };

/**
 * The Recklinghausen sample dataset, parsed with the dataset schema (so its type is checked, not asserted).
 * Fictional: for demos, tests and search evaluation only.
 */
export const recklinghausenSample: Dataset = datasetSchema.parse(raw);
