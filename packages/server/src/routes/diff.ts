import * as z from 'zod';

/** One changed value: where (`texts.de.title`), what it was and what it is now (absent = missing). */
export const offerChangeSchema = z.object({
  path: z.string(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
/** One changed value; see {@link offerChangeSchema}. */
export type OfferChange = z.infer<typeof offerChangeSchema>;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The changes between two JSON values, down to single fields; lists of plain values count as one value
 * so a moderator reads "languages: de, ar → de, ar, tr" and not three index changes.
 */
export function diffValues(
  before: unknown,
  after: unknown,
  ignore: readonly string[] = [],
  path = '',
): OfferChange[] {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
      (k) => !(path === '' && ignore.includes(k)),
    );
    return keys
      .sort()
      .flatMap((key) => diffValues(before[key], after[key], ignore, path ? `${path}.${key}` : key));
  }
  if (
    Array.isArray(before) &&
    Array.isArray(after) &&
    before.length === after.length &&
    (before.some(isObject) || after.some(isObject))
  ) {
    return before.flatMap((item, i) => diffValues(item, after[i], ignore, `${path}[${i}]`));
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [
    {
      path,
      ...(before === undefined ? {} : { before }),
      ...(after === undefined ? {} : { after }),
    },
  ];
}
