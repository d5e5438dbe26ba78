import { KlimaInputError } from './parse.js';
import type { KlimakonferenzCollection } from './workshop.js';

/**
 * Combines several collections (e.g. one file per round) into one to be scored together: all workshops,
 * the first county labels and notice found, fictional if any part is. Workshop ids must stay unique, since
 * statements are referenced as `<workshop>/<statement>` across workshops.
 */
export function combineCollections(
  collections: readonly KlimakonferenzCollection[],
): KlimakonferenzCollection {
  const [first] = collections;
  if (!first) {
    throw new KlimaInputError([
      {
        path: '',
        de: 'erwartet mindestens eine Sammlung, gefunden keine',
        en: 'expected at least one collection, found none',
      },
    ]);
  }
  const workshops = collections.flatMap((c) => c.workshops);
  const seen = new Set<string>();
  const twice = [
    ...new Set(workshops.map((w) => w.id).filter((id) => seen.size === seen.add(id).size)),
  ];
  if (twice.length > 0) {
    throw new KlimaInputError(
      twice.map((id) => ({
        path: 'workshops',
        de: `Workshop-Kennung „${id}“ kommt mehrfach vor; erwartet eindeutige Kennungen`,
        en: `workshop id "${id}" occurs more than once; expected unique ids`,
      })),
    );
  }
  const notice = collections.find((c) => c.notice !== undefined)?.notice;
  const county = collections.find((c) => c.county !== undefined)?.county;
  return {
    schemaVersion: first.schemaVersion,
    fictional: collections.some((c) => c.fictional),
    ...(notice === undefined ? {} : { notice }),
    ...(county === undefined ? {} : { county }),
    workshops,
  };
}
