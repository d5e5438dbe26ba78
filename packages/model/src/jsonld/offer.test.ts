import fc from 'fast-check';
import type { Service } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import { datasetArbitrary } from '../hsds/arbitraries.js';
import { publicContact } from '../public-contact.js';
import type { Offer } from '../offer.js';
import { recklinghausenProfile } from '../recklinghausen.js';
import { recklinghausenSample } from '../testing/sample.js';
import { datasetJsonLd, offerJsonLd, serializeJsonLd, type OfferJsonLd } from './index.js';

/** The places of a document, wherever its type keeps them. */
function placesOf(document: OfferJsonLd): Record<string, unknown>[] {
  const list = (value: unknown) =>
    (Array.isArray(value) ? value : value === undefined ? [] : [value]) as Record<
      string,
      unknown
    >[];
  if (document['@type'] === 'Event') return list(document['location']);
  if (document['@type'] === 'Course')
    return list(document['hasCourseInstance']).flatMap((instance) => list(instance['location']));
  return list(document['availableChannel']).flatMap((channel) => list(channel['serviceLocation']));
}

// Property and whole-sample tests: generous time, CI runs every package's tests at once on two cores.
describe('offerJsonLd', { timeout: 60_000 }, () => {
  const byId = new Map(recklinghausenSample.offers.map((offer) => [offer.id, offer]));

  it('gives every sample offer @context, @type, name, provider, and address and geo where known', () => {
    const documents = recklinghausenSample.offers.map((offer) =>
      offerJsonLd(offer, recklinghausenSample, { profile: recklinghausenProfile }),
    );
    for (const document of documents) {
      expect(document['@context']).toBe('https://schema.org');
      expect(['Service', 'Course', 'Event']).toContain(document['@type']);
      expect(typeof document['name']).toBe('string');
      // schema.org's Event has no provider; it names the organizer.
      const provider = document['@type'] === 'Event' ? 'organizer' : 'provider';
      expect(document[provider]).toMatchObject({ '@type': 'Organization' });
      if (document['@type'] === 'Event') expect(document).not.toHaveProperty('provider');
    }
    recklinghausenSample.offers.forEach((offer: Offer, index) => {
      const places = placesOf(documents[index] as OfferJsonLd);
      offer.locations.forEach((location, placeIndex) => {
        const place = places[placeIndex];
        if (location.address)
          expect(place?.['address']).toMatchObject({
            '@type': 'PostalAddress',
            postalCode: location.address.postalCode,
            addressCountry: 'DE',
          });
        if (location.geo)
          expect(place?.['geo']).toEqual({
            '@type': 'GeoCoordinates',
            latitude: location.geo.lat,
            longitude: location.geo.lon,
          });
      });
    });
    const types = new Set(documents.map((document) => document['@type']));
    expect(types).toEqual(new Set(['Service', 'Course', 'Event']));
    expect(byId.size).toBe(documents.length);
  });

  it('maps courses to Course with instances and events with dates to Event', () => {
    const course = recklinghausenSample.offers.find((offer) => offer.kind === 'course');
    if (!course) throw new Error('sample has no course');
    const document = offerJsonLd(course, recklinghausenSample, { profile: recklinghausenProfile });
    expect(document['@type']).toBe('Course');
    expect(document['isAccessibleForFree']).toBe(course.cost.kind === 'free');
    expect(document['availableLanguage']).toEqual(course.languages);
    const event = recklinghausenSample.offers.find(
      (offer) => offer.kind === 'event' && offer.schedule.sessions.length > 0,
    );
    if (event)
      expect(offerJsonLd(event, recklinghausenSample)['startDate']).toBe(
        event.schedule.sessions[0]?.start,
      );
  });

  it('names the served municipalities and target groups from the profile', () => {
    const offer = recklinghausenSample.offers.find(
      (candidate) =>
        candidate.area.kind === 'municipalities' &&
        candidate.targetGroups.length > 0 &&
        candidate.kind !== 'course' &&
        candidate.kind !== 'event',
    );
    if (!offer || offer.area.kind !== 'municipalities')
      throw new Error('sample lacks such an offer');
    const document = offerJsonLd(offer, recklinghausenSample, { profile: recklinghausenProfile });
    const names = recklinghausenProfile.municipalities
      .filter((m) => offer.area.kind === 'municipalities' && offer.area.ags.includes(m.ags))
      .map((m) => m.name);
    expect((document['areaServed'] as { name: string }[]).map((area) => area.name)).toEqual(names);
    expect((document['audience'] as { audienceType: string }[])[0]?.audienceType).toBe(
      recklinghausenProfile.taxonomies.targetGroups.find(
        (group) => group.id === offer.targetGroups[0]?.id,
      )?.label['de'],
    );
  });

  it('never shows a contact field without consent and visibility', () => {
    fc.assert(
      fc.property(datasetArbitrary, (dataset) => {
        const document = datasetJsonLd(dataset, {
          statuses: ['draft', 'submitted', 'published', 'archived', 'rejected'],
        });
        // What the document says about people: contact points' names, and every e-mail and phone anywhere.
        // Compared as whole fields, so an offer titled like a contact's name is not taken for a leak.
        const shownAs = {
          name: new Set<unknown>(),
          email: new Set<unknown>(),
          phone: new Set<unknown>(),
        };
        const walk = (node: unknown): void => {
          if (Array.isArray(node)) node.forEach(walk);
          else if (node && typeof node === 'object') {
            const record = node as Record<string, unknown>;
            if (record['@type'] === 'ContactPoint') shownAs.name.add(record['name']);
            if ('email' in record) shownAs.email.add(record['email']);
            if ('telephone' in record) shownAs.phone.add(record['telephone']);
            Object.values(record).forEach(walk);
          }
        };
        walk(document);
        const elsewhere = new Set(
          dataset.actors.flatMap((actor) => [actor.name, actor.email, actor.phone]),
        );
        for (const contact of dataset.contacts) {
          const shown = publicContact(contact);
          for (const field of ['name', 'email', 'phone'] as const) {
            const value = contact[field];
            if (
              value &&
              !shown?.[field] &&
              !elsewhere.has(value) &&
              dataset.contacts.every((other) => publicContact(other)?.[field] !== value)
            ) {
              expect(shownAs[field].has(value), `${contact.id}.${field}`).toBe(false);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('serialises for a script element without letting a text close it', () => {
    const [offer] = recklinghausenSample.offers;
    if (!offer) throw new Error('empty sample');
    const hostile = {
      ...offer,
      texts: {
        de: {
          title: 'Kurs </script><script>alert(1)</script>',
          summary: 'x',
          status: 'original' as const,
        },
      },
    };
    const text = serializeJsonLd(offerJsonLd(hostile, recklinghausenSample));
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text).name).toBe('Kurs </script><script>alert(1)</script>');
  });

  it('lets the compiler catch misspelt schema.org properties', () => {
    // @ts-expect-error: `availableLanguages` is not a schema.org property of Service (it is `availableLanguage` on a channel).
    const misspelt: Service = { '@type': 'Service', availableLanguages: ['de'] };
    expect(misspelt['@type']).toBe('Service');
  });
});
