import { LoadFailure } from './load-error.js';

/**
 * Fetches JSON from the page's own origin by default (no cookies to another origin). Fails with a
 * {@link LoadFailure} that says why: unreachable, an HTTP status, or not JSON; each in German and English.
 */
export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  const href = new URL(url, document.baseURI).href;
  let response: Response;
  try {
    response = await fetch(href, {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new LoadFailure(
      'network',
      `${url}: Server nicht erreichbar (${String(error)}) / server unreachable (${String(error)})`,
    );
  }
  if (!response.ok) {
    throw new LoadFailure(
      'http',
      `${url}: HTTP ${response.status} (erwartet 200) / HTTP ${response.status} (expected 200)`,
      response.status,
    );
  }
  try {
    return await response.json();
  } catch {
    throw new LoadFailure(
      'notJson',
      `${url}: kein JSON (${response.headers.get('content-type') ?? 'ohne content-type'}) / not JSON (${response.headers.get('content-type') ?? 'no content-type'})`,
    );
  }
}
