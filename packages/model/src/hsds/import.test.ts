import { readdirSync } from 'node:fs';
import { hsdsExample, hsdsExamplesDir } from '@vielfalt/testing/hsds';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset.js';
import type { Location } from '../location.js';
import type { Offer } from '../offer.js';
import { datasetSchema } from '../dataset.js';
import { datasetArbitrary } from './arbitraries.js';
import { exportHsds } from './export.js';
import { HsdsInputError } from './collect.js';
import { importHsds } from './import.js';
import { publicContact } from '../public-contact.js';
import { vielfaltTaxonomies } from './vocabulary.js';
import { recklinghausenProfile } from '../recklinghausen.js';
import { recklinghausenSample } from '../testing/sample.js';

const example = (file: string): unknown => hsdsExample(file.replace(/\.json$/, ''));
const allStatuses = ['draft', 'submitted', 'published', 'archived', 'rejected'] as const;

// Property and whole-sample tests: generous time, CI runs every package's tests at once on two cores.
describe('importHsds with the official examples', { timeout: 60_000 }, () => {
  const files = readdirSync(hsdsExamplesDir).filter((name) => name.endsWith('.json'));

  it.each(files)('%s imports without error into a valid dataset', (name) => {
    const { dataset, report } = importHsds(example(name), { today: '2026-11-25' });
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
    expect(
      report.notes.filter(
        (entry) =>
          entry.code.startsWith('invalid-') ||
          (entry.code.endsWith('-skipped') && entry.code !== 'location-skipped'),
      ),
    ).toEqual([]);
  });

  it('maps the full service example and lists what has no place in our model', () => {
    const { dataset, report } = importHsds(example('service_full.json'), { today: '2026-11-25' });
    const [offer] = dataset.offers;
    expect(offer?.id).toBe('ac148810-d857-441c-9679-408f346de14b');
    expect(offer?.texts['de']?.title).toBe('Community Counselling');
    expect(offer?.languages).toEqual(['ur']);
    expect(offer?.schedule.weekly.map((slot) => [slot.day, slot.opens, slot.closes])).toEqual([
      ['th', '10:00', '18:00'],
      ['fr', '10:00', '18:00'],
    ]);
    expect(offer?.registration.documents).toHaveLength(1);
    expect(offer?.status).toBe('submitted');
    expect(dataset.actors.map((actor) => actor.name)).toEqual(['Example Organization Inc.']);
    expect(offer?.providerId).toBe('d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610');
    // The phone number arrives wrapped in quotes; it is cleaned, not dropped.
    expect(dataset.contacts.find((contact) => contact.name === 'Ann Persona')?.phone).toBe(
      '+44 1234 234567',
    );
    const fields = new Set(report.unmapped.map((entry) => entry.field));
    expect(fields).toContain('service.accreditations');
    expect(fields).toContain('service.phones');
    expect(fields).toContain('organization.tax_status');
    expect(fields).not.toContain('service.name');
    expect(report.unmapped.find((entry) => entry.field === 'service.accreditations')?.path).toBe(
      '$.accreditations',
    );
    // A UK place has no municipality of the county: skipped with a note, never invented.
    expect(report.notes.map((entry) => entry.code)).toContain('location-skipped');
    expect(report.notes.map((entry) => entry.code)).toContain('assumed-field-of-action');
  });

  it('reads the paginated API shape and the tabular form', () => {
    expect(importHsds(example('service_list.json')).dataset.offers).toHaveLength(1);
    expect(importHsds(example('organization_list.json')).dataset.actors).toHaveLength(1);
    const tabular = importHsds(example('tabular.json'), { today: '2026-11-25' }).dataset;
    expect(tabular.offers).toHaveLength(1);
    expect(tabular.offers[0]?.languages).toEqual(['ur']);
    expect(tabular.actors[0]?.name).toBe('Example Organization Inc.');
  });
});

/** What an export may carry of a dataset: the exported offers, and contacts only as far as published. */
function publishedView(dataset: Dataset) {
  const contacts = new Map(dataset.contacts.map((contact) => [contact.id, contact]));
  return {
    actors: [...dataset.actors].sort((a, b) => a.id.localeCompare(b.id)),
    offers: dataset.offers.map((offer) => ({
      ...offer,
      contactIds: offer.contactIds.filter((id) => {
        const contact = contacts.get(id);
        return contact !== undefined && publicContact(contact) !== undefined;
      }),
    })),
    contacts: dataset.contacts
      .flatMap((contact) => publicContact(contact) ?? [])
      .sort((a, b) => a.id.localeCompare(b.id)),
  };
}

// Property and whole-sample tests: generous time, CI runs every package's tests at once on two cores.
describe('round trip ours → HSDS → ours', { timeout: 60_000 }, () => {
  it('keeps every mapped field of offers and actors and every published contact field', () => {
    fc.assert(
      fc.property(datasetArbitrary, (dataset) => {
        const hsds = exportHsds(dataset, { statuses: allStatuses });
        const { dataset: back, report } = importHsds(JSON.parse(JSON.stringify(hsds)), {
          today: '2026-11-25',
        });
        expect(report.notes).toEqual([]);
        expect(report.unmapped).toEqual([]);
        expect(publishedView(back)).toEqual(publishedView(dataset));
      }),
      { numRuns: 50 },
    );
  });

  it('keeps the natively mapped fields even when a reader drops our data attributes', () => {
    // Place ids are each offer's own: two offers may hold different places under the same id.
    const [first, second] = recklinghausenSample.offers.filter((o) => o.locations.length > 0);
    const { geo: _geo, ...place } = first?.locations[0] as Location;
    const clash: Dataset = {
      ...recklinghausenSample,
      offers: [
        { ...(first as Offer), locations: [{ ...place, id: 'ort' }] },
        {
          ...(second as Offer),
          locations: [{ ...place, id: 'ort', geo: { lat: 51.5, lon: 6.9 } }],
        },
      ],
    };
    fc.assert(
      fc.property(datasetArbitrary, (dataset) => {
        const hsds = exportHsds(dataset, { statuses: allStatuses });
        const onlyClassifications = JSON.parse(
          JSON.stringify(hsds, (key, value: unknown) =>
            key === 'attributes' && Array.isArray(value)
              ? value.filter(
                  // Only the municipality key of a place has no HSDS field at all and must stay.
                  (attribute: { taxonomy_term?: { taxonomy?: string; code?: string } }) =>
                    attribute.taxonomy_term?.taxonomy !== vielfaltTaxonomies.data ||
                    attribute.taxonomy_term.code === 'municipality',
                )
              : value,
          ),
        ) as unknown;
        const back = importHsds(onlyClassifications, { today: '2026-11-25' }).dataset;
        expect(back.offers).toHaveLength(dataset.offers.length);
        dataset.offers.forEach((original, index) => {
          const offer = back.offers[index];
          if (!offer) throw new Error(`offer ${original.id} lost`);
          expect(offer.texts['de']?.title).toBe(original.texts['de']?.title);
          expect(offer.kind).toBe(original.kind);
          expect(offer.fieldsOfAction).toEqual(original.fieldsOfAction);
          expect(offer.targetGroups).toEqual(original.targetGroups);
          expect(offer.languages).toEqual(original.languages);
          expect(offer.area).toEqual(original.area);
          expect(offer.registration.url).toEqual(original.registration.url);
          expect(offer.lastReviewedAt).toEqual(original.lastReviewedAt);
          expect(
            offer.schedule.weekly.map(({ day, opens, closes, interval }) => ({
              day,
              opens,
              closes,
              interval,
            })),
          ).toEqual(
            original.schedule.weekly.map(({ day, opens, closes, interval }) => ({
              day,
              opens,
              closes,
              interval,
            })),
          );
          expect(
            offer.locations.map((location) => [location.name, location.geo, location.address]),
          ).toEqual(
            original.locations.map((location) => [location.name, location.geo, location.address]),
          );
        });
      }),
      { numRuns: 30, examples: [[clash]] },
    );
  });
});

// Property and whole-sample tests: generous time, CI runs every package's tests at once on two cores.
describe('the sample dataset through HSDS', { timeout: 60_000 }, () => {
  it('comes back with every published offer, actor and published contact field', () => {
    const hsds = exportHsds(recklinghausenSample, {
      profile: recklinghausenProfile,
      statuses: allStatuses,
    });
    const { dataset, report } = importHsds(JSON.parse(JSON.stringify(hsds)), {
      profile: recklinghausenProfile,
      today: '2026-11-25',
    });
    expect(report.unmapped).toEqual([]);
    expect(report.notes).toEqual([]);
    expect(publishedView(dataset).offers).toEqual(
      publishedView({
        ...recklinghausenSample,
        offers: recklinghausenSample.offers.map((offer) => ({ ...offer, history: [] })),
      }).offers,
    );
    expect(publishedView(dataset).contacts).toEqual(publishedView(recklinghausenSample).contacts);
  });

  it('never exports a contact field without consent and visibility', () => {
    const text = JSON.stringify(
      exportHsds(recklinghausenSample, { profile: recklinghausenProfile, statuses: allStatuses }),
    );
    // Values the export may show for another reason (an actor's own phone, another contact's published field).
    const shownElsewhere = new Set([
      ...recklinghausenSample.actors.flatMap((actor) => [actor.phone, actor.email, actor.name]),
      ...recklinghausenSample.contacts.flatMap((contact) => {
        const shown = publicContact(contact);
        return [shown?.name, shown?.email, shown?.phone];
      }),
    ]);
    let hidden = 0;
    for (const contact of recklinghausenSample.contacts) {
      const shown = publicContact(contact);
      for (const field of ['name', 'email', 'phone'] as const) {
        const value = contact[field];
        if (value && shown?.[field] === undefined && !shownElsewhere.has(value)) {
          hidden++;
          expect(text.includes(JSON.stringify(value)), `${contact.id}.${field} leaked`).toBe(false);
        }
      }
    }
    expect(hidden).toBeGreaterThan(100);
  });
});

describe('importHsds with input not shaped like HSDS', () => {
  it.each([
    ['a table that is no list', { 'services.csv': {} }, 'services.csv', 'not-a-table'],
    ['a row that is null', { 'services.csv': [null] }, 'services.csv[0]', 'not-a-row'],
    [
      'a row that is a number',
      { 'contacts.csv': [{ id: 'a' }, 7] },
      'contacts.csv[1]',
      'not-a-row',
    ],
    ['a number', 42, '$', 'not-a-record'],
    [
      'a list item that is a text',
      [{ id: 'x', name: 'n', status: 'active' }, 'x'],
      '[1]',
      'not-a-record',
    ],
    ['a table row that is a list', { services: [[]] }, 'services[0]', 'not-a-record'],
  ])('refuses %s with its own bilingual error', (_name, input, path, code) => {
    let error: unknown;
    try {
      importHsds(input);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(HsdsInputError);
    const { problems, message } = error as HsdsInputError;
    expect(problems).toContainEqual(expect.objectContaining({ path, code }));
    expect(message).toContain('Keine lesbare HSDS-Eingabe');
    expect(message).toContain('Not readable as HSDS');
    const problem = problems.find((entry) => entry.path === path);
    expect(problem?.message.de).toMatch(/erwartet .*, gefunden /);
    expect(problem?.message.en).toMatch(/expected .*, found /);
  });
});

describe('consent of contacts through HSDS', { timeout: 60_000 }, () => {
  it('keeps given, date and basis of every exported contact, public task included', () => {
    const hsds = exportHsds(recklinghausenSample, {
      profile: recklinghausenProfile,
      statuses: allStatuses,
    });
    const { dataset } = importHsds(JSON.parse(JSON.stringify(hsds)), {
      profile: recklinghausenProfile,
      today: '2030-01-01',
    });
    const original = new Map(recklinghausenSample.contacts.map((contact) => [contact.id, contact]));
    expect(dataset.contacts.length).toBeGreaterThan(100);
    const publicTask = dataset.contacts.filter(
      (contact) => contact.consent.basis === 'public-task',
    );
    expect(publicTask.length).toBeGreaterThan(0);
    for (const contact of dataset.contacts) {
      const { given, date, basis } = original.get(contact.id)?.consent ?? {};
      expect(contact.consent).toEqual({ given, date, basis });
    }
  });

  it('says for each foreign contact that it recorded consent it was not given', () => {
    const { dataset, report } = importHsds(example('service_full.json'), { today: '2026-11-25' });
    expect(dataset.contacts.length).toBeGreaterThan(0);
    const notes = report.notes.filter((entry) => entry.code === 'assumed-consent');
    expect(notes).toHaveLength(dataset.contacts.length);
    for (const entry of notes) {
      expect(entry.message.de).toContain('Einwilligung vom 2026-11-25');
      expect(entry.message.en).toContain('consent of 2026-11-25');
    }
    for (const contact of dataset.contacts)
      expect(contact.consent).toEqual({
        given: true,
        date: '2026-11-25',
        basis: 'consent',
        recordedBy: 'HSDS-Import',
      });
  });
});
