import { klimakonferenzCollectionSchema, klimakonferenzSchema } from '@vielfalt/klimakonferenz';
import { describeIssues } from '@vielfalt/model';
import type { KlimaData } from './load-klima.js';

const schemas = { workshop: klimakonferenzSchema, collection: klimakonferenzCollectionSchema };

/**
 * Validates a workshop or collection in full: the data with the defaults filled in, or up to three problems in
 * German and English (where, what was expected, what was found). The file that brings zod, fetched only for data
 * not in the stored form; it imports nothing the page already has, so the page's own files stay as they are.
 */
export function validKlima<K extends keyof KlimaData>(
  kind: K,
  data: unknown,
): { data: KlimaData[K] } | { problems: { de: string; en: string } } {
  const result = schemas[kind].safeParse(data, { reportInput: true });
  if (result.success) return { data: result.data as KlimaData[K] };
  const problems = describeIssues(result.error.issues).slice(0, 3);
  return {
    problems: {
      de: problems.map((p) => p.message.de).join('; '),
      en: problems.map((p) => p.message.en).join('; '),
    },
  };
}
