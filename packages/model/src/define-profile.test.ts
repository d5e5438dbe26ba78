import { describe, expect, test } from 'vitest';
import {
  CountyProfileError,
  defineCountyProfile,
  recklinghausenProfile,
  standardFieldsOfAction,
  validateCountyProfile,
  type CountyProfileInput,
} from './index.js';

describe('recklinghausenProfile', () => {
  test('holds the ten cities with the AGS, type, town hall and centre of the reference facts', () => {
    const cities = recklinghausenProfile.municipalities.map((m) => [
      m.name,
      m.ags,
      m.type?.startsWith('Große') ? 'Groß' : 'Mittel',
      m.townHall?.street,
      m.townHall?.postalCode,
      m.centre.lat,
      m.centre.lon,
    ]);
    expect(cities).toEqual([
      ['Castrop-Rauxel', '05562004', 'Groß', 'Europaplatz 1', '44575', 51.55, 7.317],
      ['Datteln', '05562008', 'Mittel', 'Genthiner Str. 8', '45711', 51.65, 7.35],
      ['Dorsten', '05562012', 'Groß', 'Halterner Str. 5', '46284', 51.667, 6.967],
      ['Gladbeck', '05562014', 'Groß', 'Willy-Brandt-Platz 2', '45964', 51.567, 6.983],
      ['Haltern am See', '05562016', 'Mittel', 'Dr.-Conrads-Str. 1', '45721', 51.75, 7.183],
      ['Herten', '05562020', 'Groß', 'Kurt-Schumacher-Str. 2', '45699', 51.6, 7.133],
      ['Marl', '05562024', 'Groß', 'Carl-Duisberg-Straße 165', '45772', 51.65, 7.083],
      ['Oer-Erkenschwick', '05562028', 'Mittel', 'Rathausplatz 1', '45739', 51.633, 7.25],
      ['Recklinghausen', '05562032', 'Groß', 'Rathausplatz 3-4', '45657', 51.617, 7.2],
      ['Waltrop', '05562036', 'Mittel', 'Münsterstr. 1', '45731', 51.633, 7.4],
    ]);
    expect(recklinghausenProfile.county.key).toBe('05562');
  });

  test('has the eight workshop fields of action with stable ids, labelled in all seven portal languages', () => {
    expect(recklinghausenProfile.fieldsOfAction.map((f) => f.id)).toEqual([
      'wohnen',
      'bildung-0-14',
      'bildung-ab-15',
      'sicherheit-rassismus',
      'sport',
      'ausbildung-arbeit',
      'engagement',
      'familie-kinder-frauen-jugend',
    ]);
    const portalLanguages = ['de', 'en', 'ar', 'uk', 'tr', 'fa', 'ru'];
    for (const term of [
      ...recklinghausenProfile.fieldsOfAction,
      ...recklinghausenProfile.taxonomies.targetGroups,
    ]) {
      expect(Object.keys(term.label).sort()).toEqual([...portalLanguages].sort());
      expect(new Set(Object.values(term.label)).size).toBeGreaterThan(2);
    }
    const standard = new Set(standardFieldsOfAction.map((f) => f.id));
    expect(standardFieldsOfAction).toHaveLength(10);
    for (const field of recklinghausenProfile.fieldsOfAction) {
      if (field.standardField) expect(standard).toContain(field.standardField);
    }
  });

  test('offers seven languages, German first and default, and the taxonomies of the form', () => {
    expect(recklinghausenProfile.languages).toEqual(['de', 'en', 'ar', 'uk', 'fa', 'tr', 'ru']);
    expect(recklinghausenProfile.defaultLanguage).toBe('de');
    const { targetGroups, actorKinds, places, fundingSources } = recklinghausenProfile.taxonomies;
    expect(targetGroups).toHaveLength(11);
    expect(fundingSources.map((f) => f.id)).toContain('eu-mittel');
    expect(places.map((p) => p.id)).toContain('fluechtlingsunterkunft');
    expect(actorKinds.map((a) => a.id)).toEqual(
      expect.arrayContaining(['jobcenter', 'migrantenselbstorganisation']),
    );
  });

  test('every town centre lies within the county radius of the county centre', () => {
    expect(validateCountyProfile(recklinghausenProfile)).toEqual({
      ok: true,
      profile: recklinghausenProfile,
    });
  });
});

/** A profile as plain JSON, so a case can break it in ways the types would not allow. */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function profile(change: (p: Json) => void): unknown {
  const copy = structuredClone(recklinghausenProfile) as Json;
  change(copy);
  return copy;
}

describe('defineCountyProfile', () => {
  const cases = [
    {
      name: 'AGS of 7 digits',
      change: (p: Json) => (p.municipalities[2].ags = '5562012'),
      path: 'municipalities[2].ags',
      code: 'invalid-format',
    },
    {
      name: 'AGS of another county',
      change: (p: Json) => (p.municipalities[0].ags = '05554004'),
      path: 'municipalities[0].ags',
      code: 'ags-outside-county',
    },
    {
      name: 'AGS used twice',
      change: (p: Json) => (p.municipalities[9].ags = '05562004'),
      path: 'municipalities[9].ags',
      code: 'duplicate-id',
    },
    {
      name: 'field id used twice',
      change: (p: Json) => (p.fieldsOfAction[4].id = 'wohnen'),
      path: 'fieldsOfAction[4].id',
      code: 'duplicate-id',
    },
    {
      name: 'target group id used twice',
      change: (p: Json) => (p.taxonomies.targetGroups[1].id = 'kinder-kita'),
      path: 'taxonomies.targetGroups[1].id',
      code: 'duplicate-id',
    },
    {
      name: 'town centre in Berlin',
      change: (p: Json) => (p.municipalities[5].centre = { lat: 52.52, lon: 13.4 }),
      path: 'municipalities[5].centre',
      code: 'outside-county',
    },
    {
      name: 'default language not offered',
      change: (p: Json) => (p.defaultLanguage = 'fr'),
      path: 'defaultLanguage',
      code: 'default-language-not-offered',
    },
    {
      name: 'label without the default language',
      change: (p: Json) => (p.fieldsOfAction[0].label = { en: 'Housing' }),
      path: 'fieldsOfAction[0].label',
      code: 'missing-default-language',
    },
    {
      name: 'unknown standard field',
      change: (p: Json) => (p.fieldsOfAction[0].standardField = 'raumfahrt'),
      path: 'fieldsOfAction[0].standardField',
      code: 'unknown-standard-field',
    },
  ];

  test.each(cases)('refuses $name with $code at $path', ({ change, path, code }) => {
    const input = profile(change) as CountyProfileInput;
    let error: unknown;
    try {
      defineCountyProfile(input);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CountyProfileError);
    const problems = (error as CountyProfileError).problems;
    expect(problems).toContainEqual(expect.objectContaining({ path, code }));
    const { message } = error as Error;
    expect(message).toContain('Ungültiges Kreisprofil');
    expect(message).toContain('Invalid county profile');
    expect(message.split(path).length - 1).toBeGreaterThanOrEqual(2);
  });

  test('returns the parsed profile with defaults for a valid input', () => {
    const defined = defineCountyProfile(
      profile((p) => (p.id = 'kreis-kopie')) as CountyProfileInput,
    );
    expect(defined.id).toBe('kreis-kopie');
    expect(defined.municipalities).toHaveLength(10);
  });
});
