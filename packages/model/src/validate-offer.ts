import { checkNodes, datasetNodeRules } from './node-rules.js';
import { describeIssues } from './issues.js';
import { offerSchema, type Offer } from './offer.js';
import { sortProblems, type DataPath, type Problem } from './problem.js';
import type { CountyProfile } from './profile.js';
import { checkRecordReferences, profileIds } from './references.js';

/** The outcome of {@link validateOffer}: the parsed offer, or every problem found. */
export type OfferValidation = { ok: true; offer: Offer } | { ok: false; problems: Problem[] };

/** Ids an offer may refer to outside the profile; a list left out is not checked. */
export interface OfferReferences {
  /** Ids of the actors, one of which must be the offer's provider. */
  actorIds?: Iterable<string>;
  /** Ids of the contacts the offer may name. */
  contactIds?: Iterable<string>;
}

/**
 * Checks one offer from outside (a form, an API request) with the same rules as {@link validateDataset}:
 * schema, unknown fields, municipalities, fields of action, target groups and place kinds of `profile`,
 * default-language texts, coordinates inside the county, time and age order; provider and contacts when
 * `references` lists the known ids. `base` is put in front of every path (`['offer']` gives `offer.texts`).
 *
 * @example
 * const result = validateOffer(recklinghausenProfile, body.offer, { actorIds: await store.actorIds() }, ['offer']);
 */
export function validateOffer(
  profile: CountyProfile,
  data: unknown,
  references: OfferReferences = {},
  base: DataPath = [],
): OfferValidation {
  const parsed = offerSchema.safeParse(data, { reportInput: true });
  const problems = parsed.success ? [] : describeIssues(parsed.error.issues, base);
  const rules = datasetNodeRules(profile);
  const known = {
    ...profileIds(profile),
    ...(references.actorIds ? { actors: new Set(references.actorIds) } : {}),
    ...(references.contactIds ? { contacts: new Set(references.contactIds) } : {}),
  };
  problems.push(
    ...checkNodes(offerSchema, data, rules, profile.defaultLanguage, base),
    ...checkRecordReferences('offers', data, base, known),
  );
  if (parsed.success && problems.length === 0) return { ok: true, offer: parsed.data };
  return { ok: false, problems: sortProblems(problems) };
}
