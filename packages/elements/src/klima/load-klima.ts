import type { Klimakonferenz, KlimakonferenzCollection } from '@vielfalt/klimakonferenz/scoring';
import { fetchJson } from '../base/fetch-json.js';
import { LoadFailure } from '../base/load-error.js';
import { outlineMismatch } from '../base/outline.js';
import { collectionOutline, workshopOutline } from './klima-outline.js';

/** What a Klimakonferenz element loads: one workshop, or a collection of them. */
export interface KlimaData {
  workshop: Klimakonferenz;
  collection: KlimakonferenzCollection;
}

const outlines = { workshop: workshopOutline, collection: collectionOutline } as const;

/**
 * Fetches a workshop or collection. Data as the server stores it (every default written out) passes an outline
 * check and is used as it is, so the page carries no zod; anything else (a file written by hand that leaves
 * defaults out, or a broken one) is validated in full by the package's schemas, fetched only then, which fill
 * the defaults in or say in German and English what is wrong and where.
 */
export async function loadKlima<K extends keyof KlimaData>(
  url: string,
  kind: K,
): Promise<KlimaData[K]> {
  const data = await fetchJson(url);
  if (outlineMismatch(data, outlines[kind]) === undefined) return data as KlimaData[K];
  const { validKlima } = await import('./valid-klima.js');
  const valid = validKlima(kind, data);
  if ('data' in valid) return valid.data;
  throw new LoadFailure('format', `${url}: ${valid.problems.de} / ${valid.problems.en}`);
}
