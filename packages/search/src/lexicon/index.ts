/**
 * The cross-language lexicon: everyday concepts in English, Arabic, Ukrainian, Russian, Turkish and Farsi
 * mapped to German search words. A separate entry; load it when a query is not German:
 * ```ts
 * const { germanLexicon } = await import('@vielfalt/search/lexicon');
 * const index = loadOfferIndex(feed, { translator: germanLexicon });
 * ```
 * @packageDocumentation
 */
import type { QueryTranslation, QueryTranslator } from '../translation.js';
import { CONCEPTS } from './concepts.js';
import { detectScript, languageFromLetters, normalizeForLexicon } from './script.js';

export { detectScript, languageFromLetters, normalizeForLexicon, type Script } from './script.js';

/** The languages of the lexicon's columns after German, in order. */
export const lexiconLanguages = ['en', 'ar', 'uk', 'ru', 'tr', 'fa'] as const;

/** One concept: its German search words and its names per language. */
export interface Concept {
  /** The German word the concept is searched with. */
  german: string;
  /** What people call it in each of the lexicon's languages. */
  names: Record<(typeof lexiconLanguages)[number], string[]>;
}

/** The shipped concepts. */
export const concepts: readonly Concept[] = CONCEPTS.split('\n').map((line) => {
  const [german = '', ...columns] = line.split('|');
  return {
    // The first German word stands for the concept; the index's synonyms bring in the others.
    german: german.split(/[ ,]/)[0] ?? '',
    names: Object.fromEntries(
      lexiconLanguages.map((language, i) => [
        language,
        (columns[i] ?? '').split(',').filter(Boolean),
      ]),
    ) as Concept['names'],
  };
});

interface Phrase {
  words: string[];
  german: string;
  language: string;
}

const ARABIC_ARTICLE = /^(?:وال|بال|لل|ال)(?=.{3})/u;

function wordsOf(text: string): string[] {
  return normalizeForLexicon(text)
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter(Boolean)
    .map((w) => w.replace(ARABIC_ARTICLE, ''));
}

// Inflection differs by language (курсы/курс, دورات/دوره, courses/course): words match when they share a
// stem-sized prefix, long enough that unrelated short words do not collide.
// Arabic-script words are shorter (roots of three letters), so their prefix may be shorter too.
// Agglutinating and inflecting languages add longer endings (öğren → öğrenebilirim, تعلم → تعلمت,
// документ → документами): a query word that begins with a whole entry of five letters or more (four in
// Arabic script) is that word. Not in English, whose words begin many German ones ("integration"). The
// entry's language tells its script: each language's names are written in its own.
function sameWord(query: string, entry: string, language: string): boolean {
  if (query === entry) return true;
  const shorter = Math.min(query.length, entry.length);
  const arabic = language === 'ar' || language === 'fa';
  const least = arabic ? 3 : 4;
  if (shorter < least) return false;
  if (language !== 'en' && entry.length > least && query.startsWith(entry)) return true;
  let common = 0;
  while (common < shorter && query[common] === entry[common]) common++;
  // Endings differ by a letter or two; more is another word ("kinder" is not "kindergarten"). In Arabic,
  // whose words share three root letters, only endings do ("إعانة", benefit, is not "إعاقة", disability).
  // Cyrillic adjectives and nouns inflect with endings of up to three letters ("нещасного", "нещасний").
  const ending = language === 'uk' || language === 'ru' ? 3 : 2;
  if (common < Math.max(least, Math.max(query.length, entry.length) - ending)) return false;
  return !arabic || [query, entry].every((w) => ARABIC_ENDINGS.has(w.slice(common)));
}

// Arabic endings after normalization (teh marbuta as heh): feminine, plurals, duals, nisba, attached pronouns.
const ARABIC_ENDINGS = new Set([
  '',
  ...'ه ات ون ين ان ي يه ا و ت ها هاي هم هن ك كم نا تي تك ته تها تهم تنا تكم'.split(' '),
]);

/** How well a phrase matches the query at a place: more words first, then more of them written alike. */
function matchQuality(phrase: Phrase, words: readonly string[], at: number): number {
  let exact = 0;
  for (const [k, word] of phrase.words.entries()) {
    const typed = words[at + k] as string;
    if (!sameWord(typed, word, phrase.language)) return 0;
    if (typed === word) exact++;
  }
  return phrase.words.length * 100 + exact;
}

// Function words of the lexicon's languages, dropped from what is left untranslated.
const FUNCTION_WORDS = new Set(
  (
    'a an the for with in on at of to and or my i me we need want where how can find is are near ' +
    've ile için bir nerede nasıl yakın ' +
    'в на для и с где как мне я у по ' +
    'і з де як мені я у по ' +
    'في من على مع الى او و اين كيف ' +
    'در از برای با به کجا چگونه من'
  )
    .split(' ')
    .map(normalizeForLexicon),
);

/** A translator over a list of concepts; {@link germanLexicon} uses the shipped ones. */
export function createLexicon(list: readonly Concept[]): QueryTranslator {
  const phrases: Phrase[] = list.flatMap((concept) =>
    lexiconLanguages.flatMap((language) =>
      concept.names[language].map((name) => ({
        words: wordsOf(name),
        german: concept.german,
        language,
      })),
    ),
  );
  const byStart = new Map<string, Phrase[]>();
  for (const phrase of phrases) {
    const key = (phrase.words[0] ?? '').slice(0, 3);
    byStart.set(key, [...(byStart.get(key) ?? []), phrase]);
  }
  return {
    translate(query: string): QueryTranslation {
      const words = wordsOf(query).slice(0, 64);
      // A function word of one language is not a concept of another after folding ("is" and Turkish "iş"),
      // unless the query's letters say it is that language.
      const turkish = languageFromLetters(query) === 'tr';
      const german: string[] = [];
      const rest: string[] = [];
      const left: string[] = [];
      const votes = new Map<string, number>();
      for (let i = 0; i < words.length;) {
        const candidates = byStart.get((words[i] as string).slice(0, 3)) ?? [];
        let best: Phrase | undefined;
        let bestQuality = 0;
        for (const phrase of candidates) {
          if (phrase.words.length > words.length - i) continue;
          if (phrase.words.length === 1 && !turkish && FUNCTION_WORDS.has(words[i] as string))
            continue;
          const quality = matchQuality(phrase, words, i);
          if (quality > bestQuality) {
            best = phrase;
            bestQuality = quality;
          }
        }
        if (best) {
          german.push(best.german);
          votes.set(best.language, (votes.get(best.language) ?? 0) + best.words.length);
          i += best.words.length;
        } else {
          if (!FUNCTION_WORDS.has(words[i] as string)) rest.push(words[i] as string);
          left.push(words[i] as string);
          i++;
        }
      }
      const script = detectScript(query);
      const byLetters = languageFromLetters(query);
      let language = byLetters;
      if (!language && votes.size > 0)
        language = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
      if (!language && script === 'arabic') language = 'ar';
      // Languages that share a script and words: the concepts decide where the letters did not.
      if (!byLetters && language === 'ar' && votes.has('fa') && !votes.has('ar')) language = 'fa';
      if (!byLetters && language === 'ru' && votes.has('uk') && !votes.has('ru')) language = 'uk';
      const result: QueryTranslation = {
        text: [...german, ...rest].join(' '),
        concepts: german.length,
        untranslated: left,
      };
      if (language && (script !== 'latin' || german.length > 0)) result.language = language;
      return result;
    },
  };
}

/** The shipped lexicon: ≥ 150 concepts in six languages, carried to German search words. */
export const germanLexicon: QueryTranslator = createLexicon(concepts);
