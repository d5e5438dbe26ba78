import { describeIssues } from '@vielfalt/model';
import type * as z from 'zod';

/**
 * Fetches JSON from the page's origin and validates it. Errors name the URL and, for invalid data, up to three
 * problems in German and English with where, what was expected and what was found.
 */
export async function loadJson<S extends z.ZodType>(url: string, schema: S): Promise<z.infer<S>> {
  const response = await fetch(new URL(url, document.baseURI), {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} (erwartet / expected 200)`);
  const result = schema.safeParse(await response.json(), { reportInput: true });
  if (!result.success) {
    const problems = describeIssues(result.error.issues).slice(0, 3);
    throw new Error(problems.map((p) => `${p.message.de} / ${p.message.en}`).join('; '));
  }
  return result.data;
}
