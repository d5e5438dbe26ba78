import type { Actor, CountyProfile, LocalizedString, Offer } from '@vielfalt/model';
import type { FieldOptions } from '../search-index.js';

/**
 * The text fields of an offer and their default boosts: title > summary > tags and fields of action >
 * description > provider > places and spoken languages, other languages' texts last.
 */
export const offerFields = {
  // A title that the query covers says just what was asked.
  title: { boost: 3, b: 0.5, coverage: 1 },
  summary: { boost: 1.6 },
  tags: { boost: 1.5, b: 0.3 },
  topics: { boost: 1.3, b: 0.3 },
  description: { boost: 1 },
  provider: { boost: 0.8, b: 0.3 },
  places: { boost: 0.7, b: 0.3 },
  languages: { boost: 0.7, b: 0.3 },
  translations: { boost: 0.5 },
} satisfies Record<string, FieldOptions>;

/** Name of an indexed offer field. */
export type OfferField = keyof typeof offerFields;

/** An offer flattened to the texts of {@link offerFields}. */
export type OfferDocument = { id: string } & Record<OfferField, string[]>;

/** A text in the wanted language, else German, else any. */
export function localized(text: LocalizedString | undefined, language: string): string | undefined {
  if (!text) return undefined;
  return text[language] ?? text.de ?? Object.values(text)[0];
}

/** Flattens an offer into the texts that are indexed, in the profile's default language. */
export function offerDocument(
  offer: Offer,
  profile: CountyProfile,
  providers: ReadonlyMap<string, Actor>,
): OfferDocument {
  const language = profile.defaultLanguage;
  const texts = offer.texts[language] ?? Object.values(offer.texts)[0];
  const label = (terms: { id: string; label: LocalizedString }[], id: string) =>
    localized(terms.find((t) => t.id === id)?.label, language) ?? id;
  const served =
    offer.area.kind === 'county'
      ? [profile.county.name]
      : offer.area.ags.map((ags) => municipalityName(profile, ags));
  const others = Object.entries(offer.texts).filter(([code]) => code !== language);
  return {
    id: offer.id,
    title: texts ? [texts.title] : [],
    summary: texts ? [texts.summary] : [],
    tags: offer.tags,
    topics: [
      ...offer.fieldsOfAction.map((id) => label(profile.fieldsOfAction, id)),
      ...offer.targetGroups.map((group) => label(profile.taxonomies.targetGroups, group.id)),
    ],
    description: [
      texts?.description ?? '',
      offer.easyLanguage?.title ?? '',
      offer.easyLanguage?.summary ?? '',
    ],
    provider: [providers.get(offer.providerId)?.name ?? ''],
    places: [
      ...served,
      ...offer.locations.flatMap((l) => [
        l.name ?? '',
        municipalityName(profile, l.municipality),
        l.address?.locality ?? '',
      ]),
    ],
    languages: spokenLanguageNames(offer.languages, language),
    translations: others.flatMap(([, t]) => [t.title, t.summary]),
  };
}

// A county has a few dozen municipalities: finding one is cheaper than a map per offer.
const municipalityName = (profile: CountyProfile, ags: string) =>
  profile.municipalities.find((m) => m.ags === ags)?.name ?? '';

/**
 * The languages spoken in an offer besides the index's own, named in it ("Arabisch"), so that "Beratung auf
 * Arabisch" or "doctor who speaks Arabic" finds them. The index's own language is left out: nearly every
 * offer speaks it, and it would add "Deutsch" to every offer.
 */
function spokenLanguageNames(codes: readonly string[], language: string): string[] {
  return codes.filter((code) => code !== language).map((code) => languageName(code, language));
}

// Naming a language through Intl.DisplayNames costs microseconds, and a county's offers speak a few dozen
// languages: each name is made once per index language.
const languageNames = new Map<string, string>();

/** The name of a language in another; none for a malformed code, which only unchecked data can hold. */
function languageName(code: string, language: string): string {
  const key = `${language} ${code}`;
  let name = languageNames.get(key);
  if (name === undefined) {
    try {
      name =
        new Intl.DisplayNames([language], { type: 'language', fallback: 'none' }).of(code) ?? '';
    } catch {
      name = '';
    }
    languageNames.set(key, name);
  }
  return name;
}
