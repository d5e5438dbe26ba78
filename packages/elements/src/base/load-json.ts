import { describeIssues } from '@vielfalt/model';
import type * as z from 'zod';
import { fetchJson } from './fetch-json.js';
import { LoadFailure } from './load-error.js';

/**
 * Fetches JSON from the page's origin and validates it. Errors name the URL and, for invalid data, up to three
 * problems in German and English with where, what was expected and what was found.
 */
export async function loadJson<S extends z.ZodType>(url: string, schema: S): Promise<z.infer<S>> {
  const result = schema.safeParse(await fetchJson(url), { reportInput: true });
  if (!result.success) {
    const problems = describeIssues(result.error.issues).slice(0, 3);
    throw new LoadFailure(
      'format',
      `${url}: ${problems.map((p) => p.message.de).join('; ')} / ${problems.map((p) => p.message.en).join('; ')}`,
    );
  }
  return result.data;
}
