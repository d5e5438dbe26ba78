import { deCore } from './de-core.js';
import type { deElements } from './de-elements.js';
import { uiLanguages, type Translation, type UiLanguage } from './translation.js';

export {
  uiLanguages,
  plural,
  type Translation,
  type UiLanguage,
  type Plural,
  type Widen,
} from './translation.js';

/**
 * German is built in (the texts of the elements other than search and detail come with those elements, see
 * {@link addGermanTexts}); every other language is a separate module loaded the first time a page uses it, so a
 * German page never downloads Farsi (and the CDN file stays small).
 */
const loaders: Readonly<Record<UiLanguage, () => Promise<Translation>>> = {
  de: () => Promise.resolve(german()),
  en: () => import('./en.js').then((m) => m.en),
  ar: () => import('./ar.js').then((m) => m.ar),
  uk: () => import('./uk.js').then((m) => m.uk),
  tr: () => import('./tr.js').then((m) => m.tr),
  fa: () => import('./fa.js').then((m) => m.fa),
  ru: () => import('./ru.js').then((m) => m.ru),
};
/** Key of German with the Einfache Sprache texts for search and detail: a pack of its own, loaded on demand. */
const easyGerman = 'de-simple';

// Complete once the elements that need the rest of the German texts have added them.
const loaded = new Map<string, Translation>([['de', deCore as Translation]]);
const german = (): Translation => loaded.get('de') as Translation;

/**
 * Adds the German texts of the form, Klimakonferenz and strategy elements; each of those elements calls it when
 * its module loads, so a page with only a search does not download them.
 */
export function addGermanTexts(parts: typeof deElements): void {
  for (const pack of ['de', easyGerman]) {
    const texts: Partial<Translation> | undefined = loaded.get(pack);
    if (texts !== undefined && texts.form === undefined)
      loaded.set(pack, { ...texts, ...parts } as Translation);
  }
}

/** Key of German with the Einfache Sprache texts for search and detail: a pack of its own, loaded on demand. */
const loadEasyGerman = (): Promise<Translation> =>
  import('./de-simple.js').then((m) => ({ ...german(), ...m.deSimple }));

/** The pack a language tag needs: the UI language, or Einfache Sprache for `easyLanguage` on a German page. */
function packOf(lang: string, easyLanguage: boolean): string {
  const code = uiLanguageOf(lang);
  return easyLanguage && code === 'de' ? easyGerman : code;
}

/** Languages written right to left, known before their texts have loaded. */
const rightToLeft = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'dv', 'yi']);

/** The UI language for a BCP 47 tag (`ar-SY` → `ar`); German when it is not one of the seven. */
export function uiLanguageOf(lang: string): UiLanguage {
  const primary = lang.toLowerCase().split('-')[0] ?? 'de';
  return (uiLanguages as readonly string[]).includes(primary) ? (primary as UiLanguage) : 'de';
}

/** Whether a language tag is written right to left. */
export function isRightToLeft(lang: string): boolean {
  return rightToLeft.has(lang.toLowerCase().split('-')[0] ?? '');
}

/** Loads (once) and returns the texts for a language tag (with `easyLanguage`, Einfache Sprache on German). */
export async function loadTranslation(lang: string, easyLanguage = false): Promise<Translation> {
  const pack = packOf(lang, easyLanguage);
  const cached = loaded.get(pack);
  if (cached !== undefined) return cached;
  const load = pack === easyGerman ? loadEasyGerman : loaders[uiLanguageOf(lang)];
  // A pack that cannot be fetched (e.g. chunks/ missing on the server) leaves German in its place rather than
  // an element that never renders.
  const translation = await load().catch(german);
  loaded.set(pack, translation);
  return translation;
}

/** Whether the texts for a language tag are ready for {@link translationFor}. */
export function isTranslationLoaded(lang: string, easyLanguage = false): boolean {
  return loaded.has(packOf(lang, easyLanguage));
}

/**
 * The texts for a BCP 47 tag if loaded (see {@link loadTranslation}), else German. With `easyLanguage` on a
 * German page, the search and detail texts are the Einfache Sprache ones once they have loaded.
 */
export function translationFor(lang: string, easyLanguage = false): Translation {
  return loaded.get(packOf(lang, easyLanguage)) ?? loaded.get(uiLanguageOf(lang)) ?? german();
}
