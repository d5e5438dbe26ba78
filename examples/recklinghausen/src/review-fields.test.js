import { describe, expect, test } from 'vitest';
import { recklinghausenSample } from '@vielfalt/sample-data';
import {
  describeValue,
  fieldLabel,
  flattenChanges,
  groupChanges,
  sectionOf,
} from '../public/review-fields.js';

/** Every change a new offer brings, as the server's diff reports it (top-level fields against nothing). */
const newOfferChanges = (offer) =>
  flattenChanges(
    Object.entries(offer)
      .filter(([key]) => !['status', 'history', 'updatedAt', 'lastReviewedAt'].includes(key))
      .map(([path, after]) => ({ path, after })),
  );

describe('the review names fields and values as a person reads them', () => {
  const offers = recklinghausenSample.offers;
  const changes = offers.flatMap(newOfferChanges);

  test('every field of every sample offer has a German name and one in each label language', () => {
    for (const { path } of changes) {
      for (const lang of ['de', 'en', 'ar', 'uk', 'tr']) {
        const { de, ui } = fieldLabel(path, lang);
        expect(de, path).not.toMatch(/Feld „/);
        expect(ui, path).not.toMatch(/Field "|„/);
      }
      if (path !== 'id') expect(sectionOf(path), path).not.toBe('other');
    }
  });

  test('values are words, names and dates, never JSON or the model keys', () => {
    const names = {
      municipalities: new Map([['05562004', 'Castrop-Rauxel']]),
    };
    for (const { path, after } of changes)
      for (const line of describeValue(path, after, 'de', names)) {
        expect(line, path).not.toMatch(/[{}[\]"]|\[object|undefined|^(true|false)$/);
        expect(line, path).not.toMatch(/\b(contactIds|providerId|postalCode|wheelchair)\b/);
      }
    expect(describeValue('locations[0].municipality', '05562004', 'de', names)).toEqual([
      'Castrop-Rauxel',
    ]);
    expect(describeValue('registration.required', true, 'uk')).toEqual(['Так']);
    expect(
      describeValue('schedule.weekly', [{ day: 'mo', opens: '10:00', closes: '12:00' }], 'de'),
    ).toEqual(['Zeit 1: Montag 10:00–12:00']);
    expect(describeValue('contactIds', [], 'de')).toEqual(['(leer)']);
  });

  test('a text in another language is named with its language; places are numbered', () => {
    expect(fieldLabel('texts.ar.title', 'de')).toEqual({
      de: 'Titel (Arabisch)',
      ui: 'Titel (Arabisch)',
    });
    expect(fieldLabel('locations[1].address.street', 'uk')).toEqual({
      de: 'Ort 2: Straße und Hausnummer',
      ui: 'Місце 2: Вулиця та номер будинку',
    });
    // An unknown field keeps its key, so nothing is hidden from the moderator.
    expect(fieldLabel('somethingNew', 'de').de).toBe('Feld „somethingNew“');
  });

  test('sections come in reading order and leave out empty ones', () => {
    const groups = groupChanges([
      { path: 'schedule.byAppointment', before: false, after: true },
      { path: 'texts.de.title', before: 'a', after: 'b' },
    ]);
    expect(groups.map((g) => g.id)).toEqual(['texts', 'times']);
  });
});
