import type {
  AdministrativeArea,
  ContactPoint,
  DayOfWeek,
  GeoCoordinates,
  OpeningHoursSpecification,
  Organization,
  PeopleAudience,
  Place,
  PostalAddress,
  Schedule as SchemaSchedule,
} from 'schema-dts';
import type { Actor } from '../actor.js';
import type { Location } from '../location.js';
import type { Offer } from '../offer.js';
import type { CountyProfile } from '../profile.js';
import type { Schedule, Weekday } from '../schedule.js';
import { stateOfAgs } from '../hsds/german-states.js';
import type { PublicContact } from '../public-contact.js';

/** Picks the text in `language`, else the first there is. */
export function pick(
  text: Record<string, string> | undefined,
  language: string,
): string | undefined {
  return text ? (text[language] ?? Object.values(text)[0]) : undefined;
}

const dayOfWeek: Record<Weekday, DayOfWeek> = {
  mo: 'https://schema.org/Monday',
  tu: 'https://schema.org/Tuesday',
  we: 'https://schema.org/Wednesday',
  th: 'https://schema.org/Thursday',
  fr: 'https://schema.org/Friday',
  sa: 'https://schema.org/Saturday',
  su: 'https://schema.org/Sunday',
};

/** A place of an offer with its postal address and coordinates, where known. */
export function placeOf(location: Location, offer: Offer): Place {
  const { address, geo } = location;
  const region = stateOfAgs(location.municipality);
  const postalAddress: PostalAddress | undefined = address && {
    '@type': 'PostalAddress',
    streetAddress: address.street,
    postalCode: address.postalCode,
    addressLocality: address.locality,
    ...(region && { addressRegion: region }),
    addressCountry: address.country,
  };
  const coordinates: GeoCoordinates | undefined = geo && {
    '@type': 'GeoCoordinates',
    latitude: geo.lat,
    longitude: geo.lon,
  };
  return {
    '@type': 'Place',
    ...(location.name && { name: location.name }),
    ...(postalAddress && { address: postalAddress }),
    ...(coordinates && { geo: coordinates }),
    isAccessibleForFree: offer.cost.kind === 'free',
  };
}

/** Weekly slots as opening hours, valid over the schedule's period. */
export function openingHoursOf(schedule: Schedule): OpeningHoursSpecification[] {
  return schedule.weekly.map((slot) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: dayOfWeek[slot.day],
    opens: slot.opens,
    closes: slot.closes,
    ...(schedule.validFrom && { validFrom: schedule.validFrom }),
    ...(schedule.validUntil && { validThrough: schedule.validUntil }),
  }));
}

/** Weekly slots as repeating schedules, for courses and events (every n-th week as `P{n}W`). */
export function repeatingSchedulesOf(schedule: Schedule): SchemaSchedule[] {
  return schedule.weekly.map((slot) => ({
    '@type': 'Schedule',
    repeatFrequency: `P${slot.interval}W`,
    byDay: dayOfWeek[slot.day],
    startTime: slot.opens,
    endTime: slot.closes,
    scheduleTimezone: schedule.timeZone,
    ...(schedule.validFrom && { startDate: schedule.validFrom }),
    ...(schedule.validUntil && { endDate: schedule.validUntil }),
  }));
}

/** The county or the municipalities an offer serves, named from the profile where it knows them. */
export function areaServedOf(
  offer: Offer,
  profile: CountyProfile | undefined,
): AdministrativeArea[] {
  if (offer.area.kind === 'county') {
    return [
      {
        '@type': 'AdministrativeArea',
        name: profile?.county.name ?? 'Kreis',
        ...(profile && { identifier: profile.county.key }),
      },
    ];
  }
  return offer.area.ags.map((ags) => ({
    '@type': 'AdministrativeArea',
    name: profile?.municipalities.find((municipality) => municipality.ags === ags)?.name ?? ags,
    identifier: ags,
  }));
}

/** Target groups as audiences, labelled from the profile. */
export function audienceOf(
  offer: Offer,
  profile: CountyProfile | undefined,
  language: string,
): PeopleAudience[] {
  return offer.targetGroups.map((group) => ({
    '@type': 'PeopleAudience',
    audienceType:
      pick(
        profile?.taxonomies.targetGroups.find((term) => term.id === group.id)?.label,
        language,
      ) ?? group.id,
    ...(group.minAge !== undefined && { suggestedMinAge: group.minAge }),
    ...(group.maxAge !== undefined && { suggestedMaxAge: group.maxAge }),
  }));
}

/** A published contact as a contact point: only the fields it was released with ever reach this function. */
function contactPointOf(contact: PublicContact, language: string): ContactPoint {
  const role = pick(contact.role, language);
  return {
    '@type': 'ContactPoint',
    ...(contact.name && { name: contact.name }),
    ...(role && { contactType: role }),
    ...(contact.email && { email: contact.email }),
    ...(contact.phone && { telephone: contact.phone }),
    ...(contact.languages && { availableLanguage: contact.languages }),
  };
}

/** The provider with the offer's published contacts. */
export function providerOf(
  actor: Actor | undefined,
  contacts: PublicContact[],
  language: string,
): Organization | undefined {
  if (!actor) return undefined;
  return {
    '@type': 'Organization',
    name: actor.name,
    ...(actor.website && { url: actor.website }),
    ...(actor.email && { email: actor.email }),
    ...(actor.phone && { telephone: actor.phone }),
    ...(contacts.length > 0 && {
      contactPoint: contacts.map((contact) => contactPointOf(contact, language)),
    }),
  };
}
