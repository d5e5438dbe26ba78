import { klimakonferenzCollectionSchema, klimakonferenzSchema } from '@vielfalt/klimakonferenz';
import { describeIssues } from '@vielfalt/model';
import { LoadFailure } from '../base/load-error.js';
import type { KlimaData } from './load-klima.js';

const schemas = { workshop: klimakonferenzSchema, collection: klimakonferenzCollectionSchema };

/**
 * Validates a workshop or collection loaded from `url` in full and returns it with the defaults filled in; the
 * file that brings zod, fetched only for data not in the stored form. Invalid data fails with up to three
 * problems in German and English: where, what was expected and what was found.
 */
export function validKlima<K extends keyof KlimaData>(
  url: string,
  kind: K,
  data: unknown,
): KlimaData[K] {
  const result = schemas[kind].safeParse(data, { reportInput: true });
  if (!result.success) {
    const problems = describeIssues(result.error.issues).slice(0, 3);
    throw new LoadFailure(
      'format',
      `${url}: ${problems.map((p) => p.message.de).join('; ')} / ${problems.map((p) => p.message.en).join('; ')}`,
    );
  }
  return result.data as KlimaData[K];
}
