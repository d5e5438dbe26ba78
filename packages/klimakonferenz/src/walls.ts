/** The four walls of a Klimakonferenz in the order the method visits them: strengths, what clouds the view, what
 * must change, fresh ideas. Kept apart from the schemas so that scoring runs without zod (on a page, in the
 * elements). */
export const WALLS = ['sonne', 'wolke', 'gewitter', 'wind'] as const;
/** One of the four weather walls. */
export type Wall = (typeof WALLS)[number];
