import type { z } from 'zod';
import { contactSchema } from './actor.js';
import { agsSchema, geoPointSchema, languageCodeSchema, type GeoPoint } from './common.js';
import { datasetSchema } from './dataset.js';
import { distanceKm } from './geo.js';
import { offerSchema } from './offer.js';
import { actionStepSchema } from './strategy.js';
import { orderRules, type NodeRule } from './order-rules.js';
import { describeValue, problemAt, truncate, type DataPath, type Problem } from './problem.js';
import type { CountyProfile } from './profile.js';
import { isPlainObject, walkSchema } from './schema-walk.js';

type Schema = z.core.$ZodType;
/** Rules per schema node, found by identity wherever the schema is used. */
export type NodeRules = Map<Schema, NodeRule[]>;

/** Every point must lie within `radiusKm` of the county centre; a swapped lat/lon lands far outside. */
export function withinCountyRule(centre: GeoPoint, radiusKm: number): NodeRule {
  return (value, path) => {
    const point = geoPointSchema.safeParse(value);
    if (!point.success) return [];
    const distance = distanceKm(centre, point.data);
    if (distance <= radiusKm) return [];
    const km = Math.round(distance);
    return [
      problemAt(path, 'outside-county', {
        de: `erwartet Koordinaten im Kreis (höchstens ${radiusKm} km von ${centre.lat}, ${centre.lon}), gefunden ${point.data.lat}, ${point.data.lon}, ${km} km entfernt (lat und lon vertauscht?).`,
        en: `expected coordinates inside the county (at most ${radiusKm} km from ${centre.lat}, ${centre.lon}), found ${point.data.lat}, ${point.data.lon}, ${km} km away (lat and lon swapped?).`,
      }),
    ];
  };
}

/** Every text in several languages must exist in the default language, the fallback for all others. */
function defaultLanguageProblem(value: unknown, path: DataPath, language: string): Problem[] {
  if (!isPlainObject(value) || Object.hasOwn(value, language)) return [];
  const found = Object.keys(value).map((key) => truncate(key, 20));
  return [
    problemAt(path, 'missing-default-language', {
      de: `erwartet einen Text in der Standardsprache „${language}“, gefunden nur: ${truncate(found.join(', ')) || 'keine Sprache'}.`,
      en: `expected a text in the default language "${language}", found only: ${truncate(found.join(', ')) || 'no language'}.`,
    }),
  ];
}

function knownMunicipalityRule(profile: CountyProfile): NodeRule {
  const known = new Map(profile.municipalities.map((m) => [m.ags, m.name]));
  const list = [...known].map(([ags, name]) => `${ags} (${name})`).join(', ');
  return (value, path) => {
    if (typeof value !== 'string' || known.has(value) || !agsSchema.safeParse(value).success)
      return [];
    return [
      problemAt(path, 'unknown-municipality', {
        de: `erwartet eine Gemeinde des Profils „${profile.id}“: ${list}; gefunden ${describeValue(value).de}.`,
        en: `expected a municipality of profile "${profile.id}": ${list}; found ${describeValue(value).en}.`,
      }),
    ];
  };
}

/** Publishing name, e-mail or phone of a person needs their recorded consent (or a public task). */
const consentRule: NodeRule = (value, path) => {
  const contact = contactSchema.safeParse(value);
  if (!contact.success) return [];
  const { consent, visibility } = contact.data;
  if (consent.given || consent.basis === 'public-task') return [];
  const shown = (['name', 'email', 'phone'] as const).filter((field) => visibility[field]);
  if (shown.length === 0) return [];
  return [
    problemAt([...path, 'visibility'], 'visible-without-consent', {
      de: `erwartet keine veröffentlichten persönlichen Daten ohne Einwilligung, gefunden sichtbar: ${shown.join(', ')} bei consent.given = false.`,
      en: `expected no published personal data without consent, found visible: ${shown.join(', ')} with consent.given = false.`,
    }),
  ];
};

/** The last history entry is the current status; anything else means the history was edited by hand. */
function historyRule(historyKey: 'history' | 'statusHistory'): NodeRule {
  return (value, path) => {
    if (!isPlainObject(value)) return [];
    const history = value[historyKey];
    if (!Array.isArray(history) || history.length === 0) return [];
    const last: unknown = history.at(-1);
    if (!isPlainObject(last) || last.status === value.status) return [];
    // describeValue, not String(): a status may be anything (an object without prototype throws in String()).
    const expected = describeValue(last.status);
    const found = describeValue(value.status);
    return [
      problemAt([...path, 'status'], 'status-history-mismatch', {
        de: `erwartet den Status des letzten Eintrags in ${historyKey} (${expected.de}), gefunden ${found.de}.`,
        en: `expected the status of the last ${historyKey} entry (${expected.en}), found ${found.en}.`,
      }),
    ];
  };
}

function profileIdRule(profile: CountyProfile): NodeRule {
  return (value, path) => {
    if (
      !isPlainObject(value) ||
      typeof value.profileId !== 'string' ||
      value.profileId === profile.id
    )
      return [];
    return [
      problemAt([...path, 'profileId'], 'profile-mismatch', {
        de: `erwartet Daten für das Profil „${profile.id}“, gefunden „${truncate(value.profileId)}“.`,
        en: `expected data for profile "${profile.id}", found "${truncate(value.profileId)}".`,
      }),
    ];
  };
}

function add(rules: NodeRules, schema: Schema, rule: NodeRule): void {
  rules.set(schema, [...(rules.get(schema) ?? []), rule]);
}

/** All node rules for a dataset checked against `profile`. */
export function datasetNodeRules(profile: CountyProfile): NodeRules {
  const rules = orderRules();
  add(rules, geoPointSchema, withinCountyRule(profile.county.centre, profile.county.radiusKm));
  add(rules, agsSchema, knownMunicipalityRule(profile));
  add(rules, contactSchema, consentRule);
  add(rules, offerSchema, historyRule('history'));
  add(rules, actionStepSchema, historyRule('statusHistory'));
  add(rules, datasetSchema, profileIdRule(profile));
  return rules;
}

/** A record keyed by language code: a localized text, or an offer's texts per language. */
function isLanguageRecord(schema: Schema): boolean {
  const def = schema._zod.def;
  return def.type === 'record' && (def as z.core.$ZodRecordDef).keyType === languageCodeSchema;
}

/**
 * Walks raw `value` along `schema` and applies `rules`, the default-language rule for every language-keyed
 * record, and the unknown-key rule (the schemas strip unknown keys silently; a dataset file should not have
 * any, since a misspelt optional field would otherwise vanish without a word).
 */
export function checkNodes(
  schema: Schema,
  value: unknown,
  rules: NodeRules,
  defaultLanguage: string,
  base: DataPath = [],
): Problem[] {
  const problems: Problem[] = [];
  const visitor = {
    node(node: Schema, item: unknown, path: DataPath) {
      for (const rule of rules.get(node) ?? []) problems.push(...rule(item, path));
      if (isLanguageRecord(node))
        problems.push(...defaultLanguageProblem(item, path, defaultLanguage));
    },
    unknownKey(path: DataPath) {
      const key = String(path.at(-1));
      problems.push(
        problemAt(path, 'unknown-key', {
          de: `unbekanntes Feld „${truncate(key)}“; erwartet werden nur die im Schema beschriebenen Felder (Tippfehler?).`,
          en: `unknown field "${truncate(key)}"; only the fields the schema describes are expected (a typo?).`,
        }),
      );
    },
  };
  walkSchema(schema, value, visitor, base);
  return problems;
}
