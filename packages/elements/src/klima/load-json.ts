import type * as z from 'zod';

/** Fetches JSON from the page's origin and validates it; errors name the URL and what was wrong. */
export async function loadJson<S extends z.ZodType>(url: string, schema: S): Promise<z.infer<S>> {
  const response = await fetch(new URL(url, document.baseURI), {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} (erwartet / expected 200)`);
  const result = schema.safeParse(await response.json(), { reportInput: true });
  if (!result.success) throw result.error;
  return result.data;
}
