import { deCore } from './de-core.js';
import {
  type CoreTexts,
  type ElementTexts,
  uiLanguages,
  type Translation,
  type UiLanguage,
} from './translation.js';

export {
  uiLanguages,
  plural,
  type Translation,
  type UiLanguage,
  type Plural,
  type Widen,
} from './translation.js';

/**
 * German search and detail texts are built in; every other language is a separate module loaded the first time
 * a page uses it, so a German page never downloads Farsi (and the CDN file stays small). The texts of the
 * form, Klimakonferenz and strategy elements come with those elements (see {@link addElementTexts}), so a page
 * with only a search downloads none of them, in any language.
 */
const loaders: Readonly<Record<UiLanguage, () => Promise<CoreTexts>>> = {
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

const loaded = new Map<string, Translation>([['de', deCore as Translation]]);
const german = (): Translation => loaded.get('de') as Translation;

/** How the element texts of the languages other than German load; set by the first element that needs them. */
export type ElementTextLoaders = Readonly<
  Record<Exclude<UiLanguage, 'de'>, () => Promise<ElementTexts>>
>;
let elementTexts: { german: ElementTexts; load: ElementTextLoaders } | undefined;
/**
 * Packs whose element texts are their own. Until then a pack carries the German ones, so an element that
 * renders before its language has arrived (hidden, see `VfElement`) never reads a missing text.
 */
const withOwnElementTexts = new Set<string>();

/**
 * Registers the texts of the form, Klimakonferenz and strategy elements: German at once, the other languages
 * to load with their packs. Each of those elements calls it when its module loads; from then on a language
 * counts as loaded only with its own element texts.
 */
export function addElementTexts(germanTexts: ElementTexts, load: ElementTextLoaders): void {
  elementTexts ??= { german: germanTexts, load };
  for (const [pack, texts] of loaded) {
    if (texts.form === undefined) loaded.set(pack, { ...texts, ...germanTexts });
    if (uiLanguageOf(pack) === 'de') withOwnElementTexts.add(pack);
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
  if (cached !== undefined && isComplete(pack)) return cached;
  const code = uiLanguageOf(lang);
  const load = pack === easyGerman ? loadEasyGerman : loaders[code];
  const wanted = elementTexts;
  // A pack that cannot be fetched (e.g. chunks/ missing on the server) leaves German in its place rather than
  // an element that never renders.
  const [core, parts] = await Promise.all([
    cached ?? load().catch(german),
    wanted === undefined || code === 'de'
      ? undefined
      : wanted.load[code]().catch(() => wanted.german),
  ]);
  // Element texts registered while this was loading are filled in with German until the next load.
  const translation = { ...core, ...(parts ?? elementTexts?.german) } as Translation;
  loaded.set(pack, translation);
  if (parts !== undefined || code === 'de') withOwnElementTexts.add(pack);
  return translation;
}

function isComplete(pack: string): boolean {
  return elementTexts === undefined || withOwnElementTexts.has(pack);
}

/** Whether the texts for a language tag are ready for {@link translationFor}. */
export function isTranslationLoaded(lang: string, easyLanguage = false): boolean {
  const pack = packOf(lang, easyLanguage);
  return loaded.has(pack) && isComplete(pack);
}

/**
 * The texts for a BCP 47 tag if loaded (see {@link loadTranslation}), else German. With `easyLanguage` on a
 * German page, the search and detail texts are the Einfache Sprache ones once they have loaded.
 */
export function translationFor(lang: string, easyLanguage = false): Translation {
  return loaded.get(packOf(lang, easyLanguage)) ?? loaded.get(uiLanguageOf(lang)) ?? german();
}
