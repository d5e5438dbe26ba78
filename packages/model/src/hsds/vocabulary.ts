import type { CountyProfile } from '../profile.js';
import type { TaxonomyTerm } from '../common.js';
import {
  hsdsTaxonomyTermSchema,
  type HsdsAttribute,
  type HsdsTaxonomy,
  type HsdsTaxonomyTerm,
} from './schema.js';
import { hsdsId } from './uuid.js';

/**
 * Our HSDS taxonomies. Fields of action, target groups and the kinds of offers, actors and places are
 * real taxonomies whose terms come from the county profile; `vielfalt-data` holds one term per piece of
 * our data that HSDS has no field for, so that it travels as an `attribute` instead of being lost.
 */
export const vielfaltTaxonomies = {
  fieldsOfAction: 'vielfalt-fields-of-action',
  targetGroups: 'vielfalt-target-groups',
  offerKinds: 'vielfalt-offer-kinds',
  actorKinds: 'vielfalt-actor-kinds',
  placeKinds: 'vielfalt-place-kinds',
  data: 'vielfalt-data',
} as const;
/** The name of one of our HSDS taxonomies. */
export type VielfaltTaxonomy = (typeof vielfaltTaxonomies)[keyof typeof vielfaltTaxonomies];

/** The terms of `vielfalt-data` with the data they carry (see docs/interop.md for the value formats). */
export const vielfaltDataTerms = {
  'record-id': 'Our id of the record (a readable slug), so a round trip keeps it.',
  'editorial-status':
    'Editorial status of an offer: draft, submitted, published, archived or rejected.',
  format: 'How an offer takes place: on-site, online or hybrid.',
  texts: 'JSON: the texts of an offer in every language, with summary and translation status.',
  'easy-language': 'JSON: the Einfache-Sprache version of an offer.',
  registration: 'JSON: whether registration is needed, how, a link and the documents to bring.',
  cost: 'JSON: the kind of cost (free, reduced, paid), amount in euro and a note per language.',
  schedule: 'JSON: the full schedule with dated sessions, closures, appointment-only and notes.',
  tags: 'JSON: free keywords of an offer.',
  history: 'JSON: the editorial status changes of an offer.',
  'valid-from': 'First day an offer runs (YYYY-MM-DD).',
  'valid-until': 'Last day an offer runs (YYYY-MM-DD).',
  municipality: 'AGS (Amtlicher Gemeindeschlüssel) of the municipality a place lies in.',
  municipalities: 'JSON: the AGS of the municipalities an actor works in.',
  wheelchair: 'Whether a place is step-free: yes, no or unknown.',
  'accessibility-details': 'JSON: accessibility details of a place per language.',
  staffing: 'Whether an actor is staff-run, volunteer-run or mixed.',
  'actor-description': 'JSON: the description of an actor per language.',
  'contact-kind': 'Whether a contact is a person or a role mailbox.',
  'contact-role': 'JSON: the role of a contact per language.',
  'contact-languages': 'JSON: the languages a contact speaks.',
  'contact-consent':
    'JSON: whether and since when a contact may be published, and on which legal basis (consent or public task).',
} as const;
/** The HSDS ids of our taxonomies, derived once. */
const taxonomyIds = new Map(
  Object.values(vielfaltTaxonomies).map((name) => [name, hsdsId('taxonomy', name)] as const),
);

/** A term of the `vielfalt-data` taxonomy. */
export type VielfaltDataTerm = keyof typeof vielfaltDataTerms;

const taxonomyDescriptions: Record<VielfaltTaxonomy, string> = {
  'vielfalt-fields-of-action':
    'Handlungsfelder des kommunalen Integrationskonzepts (fields of action of the county strategy).',
  'vielfalt-target-groups': 'Zielgruppen eines Angebots (target groups of an offer).',
  'vielfalt-offer-kinds': 'Art des Angebots (kind of offer: course, counselling, sport, …).',
  'vielfalt-actor-kinds': 'Art des Akteurs (kind of actor, from the county profile).',
  'vielfalt-place-kinds': 'Art des Ortes (kind of place, from the county profile).',
  'vielfalt-data': 'Daten von vielfalt ohne HSDS-Feld (vielfalt data that HSDS has no field for).',
};

/** The HSDS taxonomy record of one of our taxonomies. */
export function hsdsTaxonomy(name: VielfaltTaxonomy): HsdsTaxonomy {
  return {
    id: hsdsId('taxonomy', name),
    name,
    description: taxonomyDescriptions[name],
    uri: `urn:vielfalt:taxonomy:${name}`,
    version: '1',
  };
}

/** Looks up labels for taxonomy terms in the county profile, so HSDS readers see names, not codes. */
export function profileTermLabels(profile: CountyProfile | undefined): Map<string, TaxonomyTerm> {
  const labels = new Map<string, TaxonomyTerm>();
  if (!profile) return labels;
  const add = (taxonomy: VielfaltTaxonomy, terms: TaxonomyTerm[]) => {
    for (const term of terms) labels.set(`${taxonomy}:${term.id}`, term);
  };
  add(vielfaltTaxonomies.fieldsOfAction, profile.fieldsOfAction);
  add(vielfaltTaxonomies.targetGroups, profile.taxonomies.targetGroups);
  add(vielfaltTaxonomies.actorKinds, profile.taxonomies.actorKinds);
  add(vielfaltTaxonomies.placeKinds, profile.taxonomies.places);
  return labels;
}

function pickText(text: Record<string, string> | undefined, language: string): string | undefined {
  if (!text) return undefined;
  return text[language] ?? Object.values(text)[0];
}

/** The HSDS term for `code` in one of our taxonomies, named from the profile where it knows the term. */
export function hsdsTerm(
  taxonomy: VielfaltTaxonomy,
  code: string,
  labels: Map<string, TaxonomyTerm>,
  language: string,
): HsdsTaxonomyTerm {
  const known = labels.get(`${taxonomy}:${code}`);
  const dataDescription =
    taxonomy === vielfaltTaxonomies.data ? vielfaltDataTerms[code as VielfaltDataTerm] : undefined;
  const name = pickText(known?.label, language) ?? code;
  return {
    id: hsdsId('taxonomy-term', `${taxonomy}:${code}`),
    code,
    name,
    description: pickText(known?.description, language) ?? dataDescription ?? name,
    taxonomy,
    taxonomy_id: taxonomyIds.get(taxonomy) ?? hsdsId('taxonomy', taxonomy),
  };
}

/** Builds the attributes of one HSDS record; call `add` per term, then read `attributes`. */
export class AttributeWriter {
  readonly attributes: HsdsAttribute[] = [];

  constructor(
    private readonly linkId: string,
    private readonly linkEntity: string,
    private readonly labels: Map<string, TaxonomyTerm>,
    private readonly language: string,
    /** Every term used in the export by `taxonomy:code`, so it is derived once and listed once in `taxonomy_terms`. */
    private readonly sharedTerms: Map<string, HsdsTaxonomyTerm>,
  ) {}

  /** Links the record to `code` of `taxonomy`, with an optional value; skips undefined values of data terms. */
  add(taxonomy: VielfaltTaxonomy, code: string, value?: string): void {
    const key = `${taxonomy}:${code}`;
    const term = this.sharedTerms.get(key) ?? hsdsTerm(taxonomy, code, this.labels, this.language);
    this.sharedTerms.set(key, term);
    this.attributes.push({
      id: hsdsId('attribute', `${this.linkId}:${this.attributes.length}:${term.id}`),
      link_id: this.linkId,
      link_type: taxonomy.replace(/^vielfalt-/, ''),
      link_entity: this.linkEntity,
      taxonomy_term_id: term.id,
      taxonomy_term: term,
      ...(value !== undefined && { value }),
    });
  }

  /** Adds a `vielfalt-data` attribute if `value` is defined; objects and arrays are written as JSON. */
  data(code: VielfaltDataTerm, value: unknown): void {
    if (value === undefined) return;
    this.add(
      vielfaltTaxonomies.data,
      code,
      typeof value === 'string' ? value : JSON.stringify(value),
    );
  }
}

/** Our attributes of one HSDS record, read back: codes per taxonomy and values of data terms. */
export interface OurAttributes {
  /** Codes (with values) linked in each of our classifying taxonomies. */
  codes(taxonomy: VielfaltTaxonomy): { code: string; value: string | undefined }[];
  /** The raw value of a `vielfalt-data` term, if the record carries it. */
  data(code: VielfaltDataTerm): string | undefined;
  /** Terms from taxonomies that are not ours (become tags on import). */
  foreignTermNames: string[];
}

const ourTaxonomyIds = new Map([...taxonomyIds].map(([name, id]) => [id, name] as const));

function taxonomyOf(term: HsdsTaxonomyTerm): VielfaltTaxonomy | undefined {
  const byName = Object.values(vielfaltTaxonomies).find((name) => name === term.taxonomy);
  return byName ?? (term.taxonomy_id ? ourTaxonomyIds.get(term.taxonomy_id) : undefined);
}

/**
 * Splits the attributes of an HSDS record into ours and foreign ones. An attribute that only names its
 * term by `taxonomy_term_id` (as the tabular form does) is resolved from `terms`, the input's term list.
 */
export function readAttributes(
  attributes: HsdsAttribute[] | undefined,
  terms: ReadonlyMap<string, unknown> = new Map(),
): OurAttributes {
  const byTaxonomy = new Map<VielfaltTaxonomy, { code: string; value: string | undefined }[]>();
  const foreignTermNames: string[] = [];
  for (const attribute of attributes ?? []) {
    const listed =
      attribute.taxonomy_term_id === undefined ? undefined : terms.get(attribute.taxonomy_term_id);
    const term = attribute.taxonomy_term ?? hsdsTaxonomyTermSchema.safeParse(listed).data;
    if (!term) continue;
    const taxonomy = taxonomyOf(term);
    if (taxonomy && term.code) {
      const list = byTaxonomy.get(taxonomy) ?? [];
      list.push({ code: term.code, value: attribute.value });
      byTaxonomy.set(taxonomy, list);
    } else if (term.name.trim()) {
      foreignTermNames.push(term.name.trim());
    }
  }
  return {
    codes: (taxonomy) => byTaxonomy.get(taxonomy) ?? [],
    data: (code) =>
      byTaxonomy.get(vielfaltTaxonomies.data)?.find((entry) => entry.code === code)?.value,
    foreignTermNames,
  };
}
