/**
 * Fictional sample data: the eight Klimakonferenz workshops of a Kreis Recklinghausen series (2017, about 30
 * participants each; the final Wohnen workshop with about 60 newcomers) and a second Wohnen round (2019).
 * Invented for demonstration on the themes of the county's strategy; marked `fictional: true` throughout.
 * @packageDocumentation
 */
import series2017 from '../data/recklinghausen-2017.json' with { type: 'json' };
import wohnen2019 from '../data/recklinghausen-2019-wohnen.json' with { type: 'json' };
import { parseCollection } from './parse.js';
import type { KlimakonferenzCollection } from './workshop.js';

/** The eight fictional 2017 workshops, one per field of action, with county and field labels. */
export const recklinghausenSample: KlimakonferenzCollection = parseCollection(series2017);

/** A fictional second round of the Wohnen workshop (2019), for trends between rounds. */
export const recklinghausenFollowUp: KlimakonferenzCollection = parseCollection(wohnen2019);
