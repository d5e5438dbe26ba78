import type { CountyProfile } from '../profile.js';
import type { Dataset } from '../dataset.js';
import type { Offer, OfferStatus } from '../offer.js';
import {
  attributesFor,
  contactsOf,
  inLanguage,
  locationOf,
  organizationOf,
  schedulesOf,
  serviceAreasOf,
  type ExportContext,
} from './export-parts.js';
import type {
  HsdsLocation,
  HsdsOrganization,
  HsdsService,
  HsdsServiceAtLocation,
  HsdsTaxonomy,
  HsdsTaxonomyTerm,
} from './schema.js';
import { hsdsId } from './uuid.js';
import { hsdsTaxonomy, profileTermLabels, vielfaltTaxonomies } from './vocabulary.js';

/** Options of {@link exportHsds}. */
export interface HsdsExportOptions {
  /** Names taxonomy terms and the county; without it terms are named by their codes. */
  profile?: CountyProfile;
  /** Offers with these editorial statuses are exported; default only `published`. */
  statuses?: readonly OfferStatus[];
}

/** An HSDS 3.0 export, one list per HSDS table (the CLI writes each as `<name>.json`). */
export interface HsdsExport {
  /** Every actor, with its published contacts. */
  organizations: HsdsOrganization[];
  /** The exported offers, each with its provider, places, schedules and published contacts nested. */
  services: HsdsService[];
  /** Every place of an exported offer, once. */
  locations: HsdsLocation[];
  /** The links between services and locations (the locations themselves are in `locations`). */
  service_at_locations: HsdsServiceAtLocation[];
  /** Our taxonomies (fields of action, target groups, kinds, extra data). */
  taxonomies: HsdsTaxonomy[];
  /** Every term the attributes use, named from the county profile. */
  taxonomy_terms: HsdsTaxonomyTerm[];
}

const hsdsStatus: Record<OfferStatus, HsdsService['status']> = {
  published: 'active',
  archived: 'defunct',
  draft: 'inactive',
  submitted: 'inactive',
  rejected: 'inactive',
};

function languageName(code: string, language: string): string | undefined {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(code);
  } catch {
    return undefined;
  }
}

function serviceOf(
  offer: Offer,
  organization: HsdsOrganization | undefined,
  ctx: ExportContext,
): HsdsService {
  const serviceId = hsdsId('offer', offer.id);
  const texts = offer.texts[ctx.language] ?? Object.values(offer.texts)[0];
  const attributes = attributesFor(ctx, serviceId, 'service');
  attributes.data('record-id', offer.id);
  attributes.data('editorial-status', offer.status);
  attributes.add(vielfaltTaxonomies.offerKinds, offer.kind);
  for (const field of offer.fieldsOfAction)
    attributes.add(vielfaltTaxonomies.fieldsOfAction, field);
  for (const group of offer.targetGroups) {
    const ages = group.minAge !== undefined || group.maxAge !== undefined;
    attributes.add(
      vielfaltTaxonomies.targetGroups,
      group.id,
      ages ? `${group.minAge ?? ''}-${group.maxAge ?? ''}` : undefined,
    );
  }
  attributes.data('format', offer.format);
  attributes.data('texts', offer.texts);
  attributes.data('easy-language', offer.easyLanguage);
  attributes.data('registration', offer.registration);
  attributes.data('cost', offer.cost);
  attributes.data('schedule', offer.schedule);
  attributes.data('tags', offer.tags.length > 0 ? offer.tags : undefined);
  attributes.data('valid-from', offer.validFrom);
  attributes.data('valid-until', offer.validUntil);
  const { cost, registration } = offer;
  return {
    id: serviceId,
    organization_id: organization?.id,
    name: texts?.title ?? offer.id,
    description: texts?.description ?? texts?.summary,
    url: registration.url,
    status: hsdsStatus[offer.status],
    application_process: inLanguage(registration.howTo, ctx.language),
    fees_description: inLanguage(cost.note, ctx.language),
    assured_date: offer.lastReviewedAt,
    last_modified: offer.updatedAt,
    schedules: schedulesOf(offer, serviceId, ctx),
    service_areas: serviceAreasOf(offer, serviceId, ctx),
    service_at_locations: offer.locations.map((location) => {
      const place = locationOf(location, ctx, offer.id);
      return {
        id: hsdsId('service-at-location', `${offer.id}:${location.id}`),
        service_id: serviceId,
        location_id: place.id,
        location: place,
      };
    }),
    languages: offer.languages.map((code) => ({
      id: hsdsId('language', `${offer.id}:${code}`),
      service_id: serviceId,
      code,
      name: languageName(code, ctx.language),
    })),
    organization,
    cost_options: [
      {
        id: hsdsId('cost-option', offer.id),
        service_id: serviceId,
        option: cost.kind,
        amount: cost.amountEur ?? (cost.kind === 'free' ? 0 : undefined),
        currency: 'EUR',
        amount_description: inLanguage(cost.note, ctx.language),
      },
    ],
    required_documents: registration.documents.map((document, index) => ({
      id: hsdsId('required-document', `${offer.id}:${index}`),
      service_id: serviceId,
      document: inLanguage(document, ctx.language),
    })),
    contacts: contactsOf(offer.contactIds, ctx, { service_id: serviceId }),
    attributes: attributes.attributes,
  };
}

/** Drops `undefined` members so the records are exactly what JSON will hold. */
function withoutUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Exports a dataset as HSDS 3.0: actors become organizations, offers services (with their locations,
 * schedules, languages, cost options, service areas and published contacts), and our classifications
 * and extra data travel as attributes with our taxonomies. Contacts appear only with consent and only
 * with their visible fields. Ids are name-based UUIDs, so the same dataset always exports the same ids.
 */
export function exportHsds(dataset: Dataset, options: HsdsExportOptions = {}): HsdsExport {
  const { profile } = options;
  const statuses = new Set(options.statuses ?? ['published']);
  const ctx: ExportContext = {
    language: profile?.defaultLanguage ?? 'de',
    labels: profileTermLabels(profile),
    terms: new Map(),
    countyName: profile?.county.name,
    countyKey: profile?.county.key,
    contacts: new Map(dataset.contacts.map((contact) => [contact.id, contact])),
    places: new Map(),
  };
  const organizations = new Map(
    dataset.actors.map((actor) => {
      const contactIds = dataset.contacts
        .filter((contact) => contact.actorId === actor.id)
        .map((contact) => contact.id);
      return [actor.id, organizationOf(actor, ctx, contactIds)] as const;
    }),
  );
  const services = dataset.offers
    .filter((offer) => statuses.has(offer.status))
    .map((offer) => serviceOf(offer, organizations.get(offer.providerId), ctx));
  const serviceAtLocations = services.flatMap((service) => service.service_at_locations ?? []);
  const locations = new Map(
    serviceAtLocations.flatMap((link) =>
      link.location ? [[link.location.id, link.location] as const] : [],
    ),
  );
  const taxonomies = Object.values(vielfaltTaxonomies).map(hsdsTaxonomy);
  return withoutUndefined({
    organizations: [...organizations.values()],
    services,
    locations: [...locations.values()],
    service_at_locations: serviceAtLocations.map(({ location: _location, ...link }) => link),
    taxonomies,
    taxonomy_terms: [...ctx.terms.values()],
  });
}
