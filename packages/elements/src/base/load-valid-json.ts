import { describeIssues } from '@vielfalt/model';
import type * as z from 'zod';
import { fetchJson } from './fetch-json.js';
import { LoadFailure } from './load-error.js';

/**
 * Fetches JSON from the page's origin and validates it with a zod schema, for the elements that compute with
 * every part of what they load (the Klimakonferenz board, report and map, whose scoring needs the defaults the
 * schema fills in); the others check only the outline (`loadJson`). Errors name the URL and, for invalid
 * data, up to three problems in German and English with where, what was expected and what was found.
 */
export async function loadValidJson<S extends z.ZodType>(
  url: string,
  schema: S,
): Promise<z.infer<S>> {
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
