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

const dictionaryCodes: readonly string[] = ['en', 'ar', 'uk', 'ru', 'tr', 'fa'];
const isDictionaryCode = (code: string | undefined): code is DictionaryLanguageCode =>
  code !== undefined && dictionaryCodes.includes(code);

/**
 * The dictionaries a query typed on a page in `lang` needs: the page language's, and the one its letters point
 * to (Arabic script: Farsi by letters Arabic lacks such as پ or گ, else Arabic; Cyrillic: Ukrainian or Russian
 * by letters such as і or ы, else the page's or both). A German page with a Latin-script query needs none: the
 * lexicon alone carries "language course" into German.
 */
export function dictionaryLanguagesFor(query: string, lang: string): DictionaryLanguageCode[] {
  const page = uiLanguageOf(lang);
  const wanted = new Set<DictionaryLanguageCode>(isDictionaryCode(page) ? [page] : []);
  if (/\p{Script=Arabic}/u.test(query))
    wanted.add(/[\u067e\u0686\u0698\u06af\u06a9\u06cc]/u.test(query) ? 'fa' : 'ar');
  if (/\p{Script=Cyrillic}/u.test(query)) {
    if (/[іїєґ]/iu.test(query)) wanted.add('uk');
    else if (/[ыэъё]/iu.test(query)) wanted.add('ru');
    else if (page !== 'uk' && page !== 'ru')
      for (const code of ['uk', 'ru'] as const) wanted.add(code);
  }
  return [...wanted].sort();
}

/** Letters of a script other than Latin: such a query is not German, whatever the page language. */
const otherScript = /[^\p{Script=Latin}\P{L}]/u;

/** Whether a query typed on a page in `lang` needs the translator before it is searched. */
export function needsTranslator(query: string, lang: string): boolean {
  return query.trim() !== '' && (uiLanguageOf(lang) !== 'de' || otherScript.test(query));
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

  translate(query: string): QueryTranslation {
    for (const translator of this.#translators) {
      const translation = translator.translate(query);
      if (translation.concepts > 0) return translation;
    }
    return { text: query, concepts: 0 };
  }
}
