import { fetchJson } from './fetch-json.js';
import { LoadFailure } from './load-error.js';
import { outlineMismatch, type Outline } from './outline.js';

/**
 * Fetches JSON from the page's origin and checks its outline (the server validated it in full when it was
 * stored). Errors name the URL and, for data of the wrong shape, where, what was expected and what was found, in
 * German and English.
 */
export async function loadJson<T>(url: string, outline: Outline): Promise<T> {
  const data = await fetchJson(url);
  const mismatch = outlineMismatch(data, outline);
  if (mismatch !== undefined) {
    const { path, expected, found } = mismatch;
    throw new LoadFailure(
      'format',
      `${url}: ${path}: erwartet ${expected[0]}, gefunden ${found} / ${path}: expected ${expected[1]}, found ${found}`,
    );
  }
  return data as T;
}
