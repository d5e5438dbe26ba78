import { deElements } from './de-elements.js';
import { addElementTexts } from './index.js';

/**
 * Registers the texts of the form, Klimakonferenz and strategy elements (German built in, the other languages
 * a chunk each); their modules call it when they load, so a page with only a search or detail downloads none
 * of these texts.
 */
export function useElementTexts(): void {
  addElementTexts(deElements, {
    en: () => import('./en-elements.js').then((m) => m.enElements),
    ar: () => import('./ar-elements.js').then((m) => m.arElements),
    uk: () => import('./uk-elements.js').then((m) => m.ukElements),
    tr: () => import('./tr-elements.js').then((m) => m.trElements),
    fa: () => import('./fa-elements.js').then((m) => m.faElements),
    ru: () => import('./ru-elements.js').then((m) => m.ruElements),
  });
}
