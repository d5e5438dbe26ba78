import type { QueryTranslation, QueryTranslator } from '@vielfalt/search';
import { uiLanguageOf } from '../i18n/index.js';

/** A language with a general dictionary into German (`@vielfalt/search/dictionary`). */
export type DictionaryLanguageCode = 'en' | 'ar' | 'uk' | 'ru' | 'tr' | 'fa';

/**
 * Loads one translator for queries in `languages`: its code and data are separate files, fetched only when a
 * search needs them.
 */
export type TranslatorLoader = (
  languages: readonly DictionaryLanguageCode[],
) => Promise<QueryTranslator>;

/**
 * The translators a search loads on demand, in order of trust; the first that recognises a concept answers. The
 * dictionary translator runs the lexicon of everyday concepts first and looks the words it leaves up in the
 * general dictionaries of the languages asked for (each language its own file, from 65 KB gzip for Arabic).
 */
export const translatorLoaders: readonly TranslatorLoader[] = [
  (languages) =>
    import('@vielfalt/search/dictionary').then((m) => m.loadDictionaryTranslator(languages)),
];

const arabicScript = /\p{Script=Arabic}/u;
const cyrillicScript = /\p{Script=Cyrillic}/u;
const latinScript = /\p{Script=Latin}/u;

/** The script each dictionary's language is written in. */
const scriptOf: Record<DictionaryLanguageCode, RegExp> = {
  en: latinScript,
  tr: latinScript,
  ar: arabicScript,
  fa: arabicScript,
  uk: cyrillicScript,
  ru: cyrillicScript,
};

const isDictionaryCode = (code: string | undefined): code is DictionaryLanguageCode =>
  code !== undefined && Object.hasOwn(scriptOf, code);

/**
 * The dictionaries a query typed on a page in `lang` needs: the page language's when the query is written in
 * its script, and the one its letters point to (Arabic script: Farsi by letters Arabic lacks such as پ or گ,
 * else Arabic; Cyrillic: Ukrainian or Russian by letters such as і or ы, else the page's or both). A Latin
 * query on a German, Arabic or Ukrainian page needs none: the Arabic dictionary cannot read "Sprachkurs", and
 * the lexicon alone carries "language course" into German.
 */
export function dictionaryLanguagesFor(query: string, lang: string): DictionaryLanguageCode[] {
  const page = uiLanguageOf(lang);
  const wanted = new Set<DictionaryLanguageCode>(
    isDictionaryCode(page) && scriptOf[page].test(query) ? [page] : [],
  );
  if (arabicScript.test(query))
    wanted.add(/[\u067e\u0686\u0698\u06af\u06a9\u06cc]/u.test(query) ? 'fa' : 'ar');
  if (cyrillicScript.test(query)) {
    if (/[іїєґ]/iu.test(query)) wanted.add('uk');
    else if (/[ыэъё]/iu.test(query)) wanted.add('ru');
    else if (page !== 'uk' && page !== 'ru')
      for (const code of ['uk', 'ru'] as const) wanted.add(code);
  }
  return [...wanted].sort();
}

/** Whether a query typed on a page in `lang` needs a dictionary before it is searched. */
export function needsTranslator(query: string, lang: string): boolean {
  return dictionaryLanguagesFor(query, lang).length > 0;
}

/**
 * A translator that is empty until {@link OnDemandTranslator.load} has fetched the real ones, so an index can be
 * made with it at once and learns other languages when the first non-German query or page asks for them; a
 * query in a further language loads that language's dictionary too.
 */
export class OnDemandTranslator implements QueryTranslator {
  #translators: readonly QueryTranslator[] = [];
  #languages = new Set<DictionaryLanguageCode>();
  #loading: Promise<boolean> | undefined;

  constructor(private readonly loaders: readonly TranslatorLoader[] = translatorLoaders) {}

  /** Whether translators are loaded, and with them the dictionaries of `languages`. */
  has(languages: readonly DictionaryLanguageCode[] = []): boolean {
    return this.#translators.length > 0 && languages.every((l) => this.#languages.has(l));
  }

  /**
   * Fetches the translators with the dictionaries of `languages` (and of those loaded before); resolves false
   * (and may be retried) if their files cannot be loaded.
   */
  async load(languages: readonly DictionaryLanguageCode[] = []): Promise<boolean> {
    // One load at a time: a second language waits for the first, then loads both.
    await this.#loading;
    if (this.has(languages)) return true;
    const wanted = [...new Set([...this.#languages, ...languages])].sort();
    this.#loading = Promise.all(this.loaders.map((load) => load(wanted))).then(
      (translators) => {
        this.#translators = translators;
        this.#languages = new Set(wanted);
        return true;
      },
      (error: unknown) => {
        console.warn(
          `[vielfalt] Übersetzer nicht geladen / translator not loaded: ${String(error)}`,
        );
        return false;
      },
    );
    return this.#loading;
  }

  translate(query: string, names?: readonly string[]): QueryTranslation {
    for (const translator of this.#translators) {
      const translation = translator.translate(query, names);
      if (translation.concepts > 0) return translation;
    }
    return { text: query, concepts: 0 };
  }
}
