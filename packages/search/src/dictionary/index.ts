/**
 * General dictionaries into German for queries in English, Arabic, Ukrainian, Russian, Turkish and Farsi,
 * beside the domain lexicon. Each language's data is its own chunk, loaded on demand:
 * ```ts
 * const { loadDictionaryTranslator } = await import('@vielfalt/search/dictionary');
 * const translator = await loadDictionaryTranslator(['en', 'fa']);
 * const index = loadOfferIndex(feed, { translator });
 * ```
 * The lexicon keeps priority: its concepts are matched first and the dictionary translates the words left.
 * @packageDocumentation
 */
import { startingWith } from '../sorted.js';
import { concepts, germanLexicon } from '../lexicon/index.js';
import { detectScript, languageFromLetters } from '../lexicon/script.js';
import type { QueryTranslation, QueryTranslator } from '../translation.js';
import {
  type DictionaryLanguage,
  adjectiveRootKeys,
  dictionaryKeys,
  isFunctionWord,
  phraseKey,
} from './keys.js';
import { germanLoanword } from './loanwords.js';
import { nameMatcher } from './names.js';

export { type DictionaryLanguage, dictionaryKey, dictionaryLanguages, phraseKey } from './keys.js';

/** A loaded dictionary: lookup keys ({@link dictionaryKey}) to German words, best first. */
export interface Dictionary {
  /** The language whose words it translates into German. */
  language: DictionaryLanguage;
  /** The German words for a word of the language, best first; empty when unknown. */
  lookup(word: string): readonly string[];
  /** The German words for a phrase of two or three words ("residence permit"); empty when unknown. */
  lookupPhrase(words: readonly string[]): readonly string[];
  /** Number of keys. */
  size: number;
  /** Every key with its German words. */
  entries(): IterableIterator<[string, readonly string[]]>;
}

/** Reads a dictionary's data: one key a line, a tab, then its German words separated by spaces. */
export function parseDictionary(language: DictionaryLanguage, data: string): Dictionary {
  const entries = new Map<string, string[]>();
  for (const line of data.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) entries.set(line.slice(0, tab), line.slice(tab + 1).split(' '));
  }
  let sortedKeys: string[] | undefined;
  const family = (stem: string | undefined) => {
    if (!FAMILY_LANGUAGES.has(language) || !stem || stem.length < FAMILY_STEM) return undefined;
    const key = shortestKeyFrom((sortedKeys ??= [...entries.keys()].sort()), stem);
    return key === undefined ? undefined : entries.get(key);
  };
  return {
    language,
    size: entries.size,
    entries: () => entries.entries(),
    // The word's own keys first; the noun an unknown adjective is made from only when none is known, then
    // a word of the same stem.
    lookup: (word) => {
      const keys = dictionaryKeys(language, word);
      return (
        firstFound(entries, keys) ??
        firstFound(entries, adjectiveRootKeys(language, word, keys)) ??
        family(keys[0]) ??
        []
      );
    },
    lookupPhrase: (words) => entries.get(phraseKey(language, words)) ?? [],
  };
}

// Ukrainian and Russian build a family of verbs, nouns and adjectives on one stem ("консультує", consults;
// "консультант"), and the dictionaries hold one or two of each. An unknown word takes the shortest
// single-word key its stem begins, when the stem is long enough (six letters) to stand for one family.
// Measured on the München questions: Ukrainian +0.003 nDCG@10 on both halves; English and Arabic, whose
// dictionaries list more forms, gained nothing.
const FAMILY_LANGUAGES: ReadonlySet<DictionaryLanguage> = new Set(['uk', 'ru']);
const FAMILY_STEM = 6;

/** The shortest single-word key of sorted keys that begins with `stem`. */
function shortestKeyFrom(sorted: readonly string[], stem: string): string | undefined {
  let shortest: string | undefined;
  for (const key of startingWith(sorted, stem))
    if (!key.includes(' ') && (shortest === undefined || key.length < shortest.length))
      shortest = key;
  return shortest;
}

/** The entry of the first of these keys that has one. */
function firstFound<T>(entries: ReadonlyMap<string, T>, keys: readonly string[]): T | undefined {
  for (const key of keys) {
    const found = entries.get(key);
    if (found) return found;
  }
  return undefined;
}

// The data modules, each its own chunk for bundlers (the import() calls must stay literal for that).
const loaders: Record<DictionaryLanguage, () => Promise<{ default: string }>> = {
  en: () => import('./data/en.js'),
  ar: () => import('./data/ar.js'),
  uk: () => import('./data/uk.js'),
  ru: () => import('./data/ru.js'),
  tr: () => import('./data/tr.js'),
  fa: () => import('./data/fa.js'),
};

/** The languages a dictionary ships for: every one of {@link dictionaryLanguages}. */
export const shippedDictionaries = Object.keys(loaders) as DictionaryLanguage[];

/** Loads one language's dictionary (its own chunk in a browser bundle, a file read on the server). */
export async function loadDictionary(language: DictionaryLanguage): Promise<Dictionary> {
  const loader = loaders[language];
  if (!loader)
    throw new Error(
      `Kein Wörterbuch für „${String(language)}“ / no dictionary for "${String(language)}" (${shippedDictionaries.join(', ')})`,
    );
  return parseDictionary(language, (await loader()).default);
}

/** Options of {@link createDictionaryTranslator}. */
export interface DictionaryTranslatorOptions {
  /** Translator applied first, whose concepts win; the shipped lexicon unless given (`null` for none). */
  lexicon?: QueryTranslator | null;
  /**
   * German words taken per translated word, best first: by default 2, and 1 for Arabic, whose second word
   * mostly comes over English and misses (München Arabic questions 0.559 with two, 0.568 with one).
   */
  translations?: number;
}

const MAX_PHRASE = 3;

const SCRIPT_LANGUAGES: Record<string, readonly DictionaryLanguage[]> = {
  latin: ['en', 'tr'],
  cyrillic: ['uk', 'ru'],
  arabic: ['ar', 'fa'],
};

// A zero-width non-joiner belongs to the Persian word it joins ("کتاب‌ها", books): the key leaves it out.
const wordsOf = (text: string) =>
  text.split(/[^\p{L}\p{M}\p{N}'’\u200c-]+/u).filter((w) => w.replace(/[-'’\u200c]/g, '') !== '');

/**
 * A translator that runs the lexicon first and looks the words it left up in the dictionaries: each word
 * of the query's language becomes its best German words; words no dictionary knows (names, German words
 * in the query) stay as they are; function words are dropped.
 */
export function createDictionaryTranslator(
  dictionaries: readonly Dictionary[],
  options: DictionaryTranslatorOptions = {},
): QueryTranslator {
  const lexicon = options.lexicon === undefined ? germanLexicon : options.lexicon;
  const byLanguage = new Map(dictionaries.map((d) => [d.language, d]));
  const matchers = new WeakMap<readonly string[], (word: string) => readonly string[]>();
  const titleWords = new WeakMap<readonly string[], Set<string>>();
  // The German words the dictionaries translate into: ordinary words, not names.
  let germanWords: Set<string> | undefined;
  const isWord = (word: string) =>
    (germanWords ??= new Set(
      dictionaries.flatMap((d) => [...d.entries()].flatMap(([, targets]) => targets)),
    )).has(word.toLowerCase());
  return {
    translate(query: string, names?: readonly string[]): QueryTranslation {
      const all = wordsOf(query);
      const script = detectScript(query);
      const candidates = (SCRIPT_LANGUAGES[script] ?? [])
        .map((l) => byLanguage.get(l))
        .filter((d): d is Dictionary => d !== undefined);
      const whole = lexicon?.translate(query);
      const language = pickLanguage(
        query,
        whole?.language,
        candidates,
        whole?.untranslated ?? all,
        all,
      );
      const dictionary = candidates.find((d) => d.language === language);
      const perWord = options.translations ?? (language === 'ar' ? 1 : 2);
      // A dictionary phrase goes before the lexicon's single words inside it ("registry office" is
      // Standesamt, not the lexicon's "office"), unless the lexicon knows it.
      const phrases = dictionary && lexicon ? claimPhrases(dictionary, lexicon, all) : [];
      const claimed = new Set(phrases.flatMap((p) => p.words));
      const base =
        claimed.size > 0
          ? lexicon?.translate(all.filter((_, i) => !claimed.has(i)).join(' '))
          : whole;
      // A word of the offers' titles that the dictionary translates is also kept as typed: a name ("Open
      // house", "Career Center") or a word both languages share ("Gymnasium", to a dictionary a gym).
      const inTitles =
        names && dictionary && script === 'latin'
          ? cached(titleWords, names, () => wordsOfTitles(names))
          : undefined;
      const asTyped = (words: readonly string[]) =>
        inTitles && dictionary
          ? words.filter(
              (w) => inTitles.has(w.toLowerCase()) && !isFunctionWord(dictionary.language, w),
            )
          : [];
      // The lexicon gives one German word per concept, first in its text.
      const german = base ? base.text.split(' ').filter(Boolean).slice(0, base.concepts) : [];
      const rest: string[] = [];
      const typed: string[] = [];
      const alternatives: string[][] = [];
      // One word or phrase of the query: its German words, and itself as typed, are alternatives of one meaning.
      const translated = (targets: readonly string[], words: readonly string[]) => {
        const asWritten = asTyped(words);
        german.push(...targets);
        typed.push(...asWritten);
        alternatives.push([...targets, ...asWritten]);
      };
      for (const phrase of phrases)
        translated(
          phrase.targets.slice(0, perWord),
          phrase.words.map((i) => all[i] as string),
        );
      let found = phrases.length;
      // The words left as the lexicon splits them ("all-day" as "all day", ganztägig), phrases again first.
      const left = base?.untranslated ?? all;
      for (let i = 0; i < left.length;) {
        const word = left[i] as string;
        const phrase = dictionary && phraseAt(dictionary, left, i, 2, () => true);
        const length = phrase ? phrase.length : 1;
        let targets: readonly string[] =
          phrase?.targets ??
          (dictionary && !isFunctionWord(dictionary.language, word) ? dictionary.lookup(word) : []);
        // A word no dictionary knows may be a name in the query's script ("كوندروبس": Condrobs), or
        // one of several names that sound alike, all searched.
        let named: readonly string[] = [];
        if (targets.length === 0 && names && script !== 'latin')
          targets = named = cached(matchers, names, () => nameMatcher(names, isWord))(word);
        if (targets.length > 0) {
          found++;
          translated(
            named.length > 0 ? named : targets.slice(0, perWord),
            left.slice(i, i + length),
          );
        } else if (!dictionary || !isFunctionWord(dictionary.language, word)) {
          rest.push(word);
          // An international word in Cyrillic letters is also searched as German spells it.
          const loanword = script === 'cyrillic' ? germanLoanword(word) : undefined;
          if (loanword) {
            german.push(loanword);
            alternatives.push([loanword, word]);
          }
        }
        i += length;
      }
      const result: QueryTranslation = {
        text: [...new Set([...german, ...rest, ...typed])].join(' '),
        concepts: (base?.concepts ?? 0) + found,
        untranslated: rest,
        alternatives,
      };
      const recognised = base?.language ?? (found > 0 ? language : undefined);
      if (recognised) result.language = recognised;
      return result;
    },
  };
}

/**
 * Whether the lexicon's concepts keep a dictionary phrase's words: they cover all its words but function words,
 * agree with it, or one reaches across its ends ("housing benefits from": Wohngeld, not "benefits from").
 */
function leftToLexicon(
  lexicon: QueryTranslator,
  language: DictionaryLanguage,
  words: readonly string[],
  start: number,
  length: number,
  targets: readonly string[],
): boolean {
  const known = lexicon.translate(words.slice(start, start + length).join(' '));
  const german = known.text.toLowerCase().split(' ').slice(0, known.concepts);
  return (
    (known.concepts > 0 &&
      (german.some((w) => targets.some((t) => t.toLowerCase() === w)) ||
        (known.untranslated ?? []).every((w) => isFunctionWord(language, w)))) ||
    conceptAcross(lexicon, words, start) ||
    conceptAcross(lexicon, words, start + length)
  );
}

/** What was built for these titles, built once: the offer index hands on the same array until its offers change. */
function cached<T>(
  cache: WeakMap<readonly string[], T>,
  titles: readonly string[],
  build: () => T,
): T {
  let value = cache.get(titles);
  if (value === undefined) cache.set(titles, (value = build()));
  return value;
}

/** The words of titles, lower-cased, of three letters or more. */
function wordsOfTitles(titles: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const title of titles)
    for (const word of title.toLowerCase().split(/[^\p{L}]+/u))
      if (word.length > 2) words.add(word);
  return words;
}

// The most words a shipped lexicon concept's name has ("калечащие операции на женских половых органах").
const MAX_CONCEPT = Math.max(
  ...concepts.flatMap((c) =>
    Object.values(c.names).flatMap((names) => names.map((name) => wordsOf(name).length)),
  ),
);

/** Whether one lexicon concept takes the words on both sides of a border between words. */
function conceptAcross(
  lexicon: QueryTranslator,
  words: readonly string[],
  border: number,
): boolean {
  for (let start = Math.max(0, border - MAX_CONCEPT + 1); start < border; start++)
    for (let end = border + 1; end <= Math.min(words.length, start + MAX_CONCEPT); end++) {
      const window = lexicon.translate(words.slice(start, end).join(' '));
      if (window.concepts === 1 && (window.untranslated ?? []).length === 0) return true;
    }
  return false;
}

/**
 * The longest dictionary entry of `least` to three words at a place that `accept` takes (a single word
 * when `least` is 1), or none.
 */
function phraseAt(
  dictionary: Dictionary,
  words: readonly string[],
  at: number,
  least: number,
  accept: (length: number, targets: readonly string[]) => boolean,
): { length: number; targets: readonly string[] } | undefined {
  for (let length = Math.min(MAX_PHRASE, words.length - at); length >= least; length--) {
    const phrase = words.slice(at, at + length);
    const targets =
      length > 1 ? dictionary.lookupPhrase(phrase) : dictionary.lookup(phrase[0] as string);
    if (targets.length > 0 && accept(length, targets)) return { length, targets };
  }
  return undefined;
}

/** The dictionary phrases of a query that the lexicon's concepts leave to it, longest first, left to right. */
function claimPhrases(
  dictionary: Dictionary,
  lexicon: QueryTranslator,
  words: readonly string[],
): { words: number[]; targets: readonly string[] }[] {
  const phrases: { words: number[]; targets: readonly string[] }[] = [];
  for (let i = 0; i < words.length;) {
    // A hyphenated word is a phrase to the lexicon, which splits it ("barrier-free": barrierefrei, not free).
    const least = (words[i] as string).includes('-') ? 1 : 2;
    const phrase = phraseAt(
      dictionary,
      words,
      i,
      least,
      (length, targets) => !leftToLexicon(lexicon, dictionary.language, words, i, length, targets),
    );
    if (phrase)
      phrases.push({
        words: Array.from({ length: phrase.length }, (_, k) => i + k),
        targets: phrase.targets,
      });
    i += phrase?.length ?? 1;
  }
  return phrases;
}

/** The query's language among the dictionaries of its script: by its letters, the lexicon, then hits. */
function pickLanguage(
  query: string,
  fromLexicon: string | undefined,
  candidates: readonly Dictionary[],
  words: readonly string[],
  all: readonly string[],
): DictionaryLanguage | undefined {
  const byLetters = languageFromLetters(query);
  for (const hint of [byLetters, fromLexicon])
    if (hint && candidates.some((d) => d.language === hint)) return hint as DictionaryLanguage;
  let best: Dictionary | undefined;
  let bestHits = 0;
  for (const d of candidates) {
    const hits = words.filter(
      (w) => !isFunctionWord(d.language, w) && d.lookup(w).length > 0,
    ).length;
    const functionHits = all.filter((w) => isFunctionWord(d.language, w)).length;
    if (hits + functionHits > bestHits) {
      best = d;
      bestHits = hits + functionHits;
    }
  }
  return best?.language;
}

/** Loads the dictionaries of the given languages (all shipped ones by default) and the lexicon. */
export async function loadDictionaryTranslator(
  languages: readonly DictionaryLanguage[] = shippedDictionaries,
  options: DictionaryTranslatorOptions = {},
): Promise<QueryTranslator> {
  return createDictionaryTranslator(await Promise.all(languages.map(loadDictionary)), options);
}
