import type { QueryTranslation, QueryTranslator } from '@vielfalt/search';
import { uiLanguageOf } from '../i18n/index.js';

/** Loads one translator: its code is a separate file, fetched only when a search needs it. */
export type TranslatorLoader = () => Promise<QueryTranslator>;

/**
 * The translators a search loads on demand, in order of trust: the lexicon of everyday concepts now; the general
 * dictionaries join this list as further loaders, and the first translator that recognises a concept answers.
 */
export const translatorLoaders: readonly TranslatorLoader[] = [
  () => import('@vielfalt/search/lexicon').then((m) => m.germanLexicon),
];

/** Letters of a script other than Latin: such a query is not German, whatever the page language. */
const otherScript = /[^\p{Script=Latin}\P{L}]/u;

/** Whether a query typed on a page in `lang` needs the translator before it is searched. */
export function needsTranslator(query: string, lang: string): boolean {
  return query.trim() !== '' && (uiLanguageOf(lang) !== 'de' || otherScript.test(query));
}

/**
 * A translator that is empty until {@link OnDemandTranslator.load} has fetched the real ones, so an index can be
 * made with it at once and learns other languages when the first non-German query or page asks for them.
 */
export class OnDemandTranslator implements QueryTranslator {
  #translators: readonly QueryTranslator[] = [];
  #loading: Promise<boolean> | undefined;

  constructor(private readonly loaders: readonly TranslatorLoader[] = translatorLoaders) {}

  /** Whether the translators have been loaded. */
  get loaded(): boolean {
    return this.#translators.length > 0;
  }

  /** Fetches the translators once; resolves false (and may be retried) if their files cannot be loaded. */
  load(): Promise<boolean> {
    this.#loading ??= Promise.all(this.loaders.map((load) => load())).then(
      (translators) => {
        this.#translators = translators;
        return true;
      },
      (error: unknown) => {
        console.warn(
          `[vielfalt] Übersetzer nicht geladen / translator not loaded: ${String(error)}`,
        );
        this.#loading = undefined;
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
