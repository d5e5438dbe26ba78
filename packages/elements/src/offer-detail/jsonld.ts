import type { Actor, CountyProfile, Offer } from '@vielfalt/model';
import { chooseTexts } from '../offer-text.js';
import type { PublicContact } from './public-contact.js';

const dayNames = { mo: 'Monday', tu: 'Tuesday', we: 'Wednesday', th: 'Thursday', fr: 'Friday', sa: 'Saturday', su: 'Sunday' } as const;

/**
 * A minimal schema.org `Service` for one offer, for the page's JSON-LD: name and description, provider,
 * area served, audience languages, places with address, coordinates and opening hours, and published contact
 * points. Built only from data the page shows anyway.
 */
export function offerJsonLd(offer: Offer, lang: string, profile?: CountyProfile, provider?: Actor, contacts: readonly PublicContact[] = []): Record<string, unknown> {
  const texts = chooseTexts(offer, lang, false, profile);
  const municipality = (ags: string) => profile?.municipalities.find((m) => m.ags === ags)?.name ?? ags;
  return {
    '@context': 'https://schema.org',
    '@type': 'Service',
    '@id': `#${offer.id}`,
    name: texts.title,
    description: texts.summary,
    inLanguage: texts.lang,
    availableLanguage: offer.languages,
    isAccessibleForFree: offer.cost.kind === 'free',
    ...(provider ? { provider: { '@type': 'Organization', name: provider.name, ...(provider.website ? { url: provider.website } : {}) } } : {}),
    areaServed:
      offer.area.kind === 'county'
        ? { '@type': 'AdministrativeArea', name: profile?.county.name ?? '' }
        : offer.area.ags.map((ags) => ({ '@type': 'City', name: municipality(ags) })),
    availableChannel: offer.locations.map((l) => ({
      '@type': 'ServiceChannel',
      serviceLocation: {
        '@type': 'Place',
        ...(l.name ? { name: l.name } : {}),
        ...(l.address
          ? { address: { '@type': 'PostalAddress', streetAddress: l.address.street, postalCode: l.address.postalCode, addressLocality: l.address.locality, addressCountry: l.address.country } }
          : {}),
        ...(l.geo ? { geo: { '@type': 'GeoCoordinates', latitude: l.geo.lat, longitude: l.geo.lon } } : {}),
        openingHoursSpecification: offer.schedule.weekly.map((s) => ({
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: `https://schema.org/${dayNames[s.day]}`,
          opens: s.opens,
          closes: s.closes,
        })),
      },
    })),
    contactPoint: contacts.map((c) => ({
      '@type': 'ContactPoint',
      ...(c.name ? { name: c.name } : {}),
      ...(c.email ? { email: c.email } : {}),
      ...(c.phone ? { telephone: c.phone } : {}),
      ...(c.languages.length > 0 ? { availableLanguage: c.languages } : {}),
    })),
  };
}

/** JSON for a `<script type="application/ld+json">`; `<` is escaped so no text can close the script element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
