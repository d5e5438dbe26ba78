import type { TaxonomyTerm } from '../common.js';
import type { Actor, Contact } from '../actor.js';
import type { Location } from '../location.js';
import type { Offer } from '../offer.js';
import type { Schedule } from '../schedule.js';
import { stateOfAgs } from './german-states.js';
import { publicContacts, type PublicContact } from '../public-contact.js';
import type {
  HsdsContact,
  HsdsLocation,
  HsdsOrganization,
  HsdsSchedule,
  HsdsServiceArea,
  HsdsTaxonomyTerm,
} from './schema.js';
import { hsdsId } from './uuid.js';
import { AttributeWriter, vielfaltTaxonomies } from './vocabulary.js';

/** What every part of the export needs: the language of native fields, term labels and the shared term list. */
export interface ExportContext {
  language: string;
  labels: Map<string, TaxonomyTerm>;
  terms: Map<string, HsdsTaxonomyTerm>;
  countyName: string | undefined;
  countyKey: string | undefined;
  contacts: ReadonlyMap<string, Contact>;
  /** Each place id with the first place of that id, as JSON: ids are an offer's own, not the dataset's. */
  places: Map<string, string>;
}

/** Starts the attributes of one HSDS record. */
export function attributesFor(ctx: ExportContext, linkId: string, entity: string): AttributeWriter {
  return new AttributeWriter(linkId, entity, ctx.labels, ctx.language, ctx.terms);
}

/** Picks the text in the export language, else the first one there is. */
export function inLanguage(
  text: Record<string, string> | undefined,
  language: string,
): string | undefined {
  if (!text) return undefined;
  return text[language] ?? Object.values(text)[0];
}

const wheelchairText = {
  yes: 'Rollstuhlgerecht',
  no: 'Nicht rollstuhlgerecht',
  unknown: 'Barrierefreiheit unbekannt',
};

/** A place of an offer as an HSDS location; HSDS wants the Land, which the first two AGS digits give. */
export function locationOf(location: Location, ctx: ExportContext, offerId: string): HsdsLocation {
  const key = placeKey(location, ctx, offerId);
  const locationId = hsdsId('location', key);
  const attributes = attributesFor(ctx, locationId, 'location');
  attributes.data('record-id', location.id);
  attributes.data('municipality', location.municipality);
  attributes.data('wheelchair', location.accessibility.wheelchair);
  attributes.data('accessibility-details', location.accessibility.details);
  if (location.placeKind) attributes.add(vielfaltTaxonomies.placeKinds, location.placeKind);
  const { address } = location;
  return {
    id: locationId,
    location_type: 'physical',
    name: location.name,
    latitude: location.geo?.lat,
    longitude: location.geo?.lon,
    addresses: address && [
      {
        id: hsdsId('address', key),
        location_id: locationId,
        address_1: address.street,
        city: address.locality,
        region: ctx.countyName,
        state_province: stateOfAgs(location.municipality) ?? location.municipality.slice(0, 2),
        postal_code: address.postalCode,
        country: address.country,
        address_type: 'physical',
      },
    ],
    accessibility: [
      {
        id: hsdsId('accessibility', key),
        location_id: locationId,
        description: wheelchairText[location.accessibility.wheelchair],
        details: inLanguage(location.accessibility.details, ctx.language),
      },
    ],
    attributes: attributes.attributes,
  };
}

/**
 * The key of a place's HSDS records: its id, shared by the offers held there, unless another offer has a
 * different place under the same id; that one gets a key of its own instead of taking the other's record.
 */
function placeKey(location: Location, ctx: ExportContext, offerId: string): string {
  const place = JSON.stringify(location);
  const first = ctx.places.get(location.id);
  if (first === undefined) ctx.places.set(location.id, place);
  return first === undefined || first === place ? location.id : `${offerId}:${location.id}`;
}

/** A published contact; only the fields {@link publicContacts} lets through ever reach this function. */
function contactOf(
  contact: PublicContact,
  ctx: ExportContext,
  links: Partial<HsdsContact>,
): HsdsContact {
  const contactId = hsdsId('contact', contact.id);
  const attributes = attributesFor(ctx, contactId, 'contact');
  attributes.data('record-id', contact.id);
  attributes.data('contact-kind', contact.kind);
  attributes.data('contact-role', contact.role);
  attributes.data('contact-languages', contact.languages);
  // The legal basis travels along, so an import does not turn a public task into a consent; who recorded it stays home.
  const consent = ctx.contacts.get(contact.id)?.consent;
  if (consent) {
    const { given, date, basis } = consent;
    attributes.data('contact-consent', { given, date, basis });
  }
  return {
    ...links,
    id: contactId,
    name: contact.name,
    title: inLanguage(contact.role, ctx.language),
    email: contact.email,
    phones: contact.phone
      ? [{ id: hsdsId('phone', `contact:${contact.id}`), number: contact.phone }]
      : undefined,
    attributes: attributes.attributes,
  };
}

/** The publishable contacts among `ids` as HSDS contacts. */
export function contactsOf(
  ids: readonly string[],
  ctx: ExportContext,
  links: Partial<HsdsContact>,
): HsdsContact[] {
  return publicContacts(ids, ctx.contacts).map((contact) => contactOf(contact, ctx, links));
}

/** An actor as an HSDS organization, with its publishable contacts. */
export function organizationOf(
  actor: Actor,
  ctx: ExportContext,
  contactIds: readonly string[],
): HsdsOrganization {
  const organizationId = hsdsId('actor', actor.id);
  const attributes = attributesFor(ctx, organizationId, 'organization');
  attributes.data('record-id', actor.id);
  attributes.add(vielfaltTaxonomies.actorKinds, actor.kind);
  attributes.data('staffing', actor.staffing);
  attributes.data('actor-description', actor.description);
  attributes.data(
    'municipalities',
    actor.municipalities.length > 0 ? actor.municipalities : undefined,
  );
  const contacts = contactsOf(contactIds, ctx, { organization_id: organizationId });
  return {
    id: organizationId,
    name: actor.name,
    description: inLanguage(actor.description, ctx.language) ?? actor.name,
    email: actor.email,
    website: actor.website,
    phones: actor.phone
      ? [
          {
            id: hsdsId('phone', `actor:${actor.id}`),
            organization_id: organizationId,
            number: actor.phone,
          },
        ]
      : undefined,
    contacts: contacts.length > 0 ? contacts : undefined,
    attributes: attributes.attributes,
  };
}

/** Where an offer is available: the county or its municipalities, by official key. */
export function serviceAreasOf(
  offer: Offer,
  serviceId: string,
  ctx: ExportContext,
): HsdsServiceArea[] {
  if (offer.area.kind === 'county') {
    return [
      {
        id: hsdsId('service-area', `${offer.id}:county`),
        service_id: serviceId,
        name: ctx.countyName ?? 'Kreis',
        extent: ctx.countyKey,
        extent_type: 'county',
      },
    ];
  }
  return offer.area.ags.map((ags) => ({
    id: hsdsId('service-area', `${offer.id}:${ags}`),
    service_id: serviceId,
    name: ags,
    extent: ags,
    extent_type: 'ags',
  }));
}

const hsdsWeekday = {
  mo: 'MO',
  tu: 'TU',
  we: 'WE',
  th: 'TH',
  fr: 'FR',
  sa: 'SA',
  su: 'SU',
} as const;

/** Local date and wall-clock time of an instant in the schedule's time zone. */
function localParts(instant: string, timeZone: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    time: `${get('hour')}:${get('minute')}`,
  };
}

/** Weekly slots as iCal-style weekly rules, dated sessions as single occurrences, as HSDS wants. */
export function schedulesOf(offer: Offer, serviceId: string, ctx: ExportContext): HsdsSchedule[] {
  const schedule: Schedule = offer.schedule;
  const weekly: HsdsSchedule[] = schedule.weekly.map((slot, index) => ({
    id: hsdsId('schedule', `${offer.id}:weekly:${index}`),
    service_id: serviceId,
    freq: 'WEEKLY',
    interval: slot.interval,
    byday: hsdsWeekday[slot.day],
    wkst: 'MO',
    opens_at: slot.opens,
    closes_at: slot.closes,
    valid_from: schedule.validFrom,
    valid_to: schedule.validUntil,
    description: inLanguage(slot.note, ctx.language),
  }));
  const sessions: HsdsSchedule[] = schedule.sessions.map((session, index) => {
    const start = localParts(session.start, schedule.timeZone);
    const end = localParts(session.end, schedule.timeZone);
    return {
      id: hsdsId('schedule', `${offer.id}:session:${index}`),
      service_id: serviceId,
      dtstart: start.date,
      count: 1,
      valid_from: start.date,
      valid_to: end.date,
      opens_at: start.time,
      closes_at: end.time,
      description: inLanguage(session.note, ctx.language),
    };
  });
  const byAppointment: HsdsSchedule[] = schedule.byAppointment
    ? [
        {
          id: hsdsId('schedule', `${offer.id}:appointment`),
          service_id: serviceId,
          description: 'Termine nach Vereinbarung (by appointment)',
        },
      ]
    : [];
  return [...weekly, ...sessions, ...byAppointment];
}
