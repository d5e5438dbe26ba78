import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  isRightToLeft,
  isTranslationLoaded,
  loadTranslation,
  translationFor,
  type Translation,
} from '../i18n/index.js';

/** The element's UI language, writing direction and texts. */
export interface Locale {
  /** BCP 47 tag of the nearest ancestor with `lang` (the element itself included); `de` if none. */
  readonly lang: string;
  /** Writing direction for the element's content. */
  readonly dir: 'ltr' | 'rtl';
  /** The UI texts in that language. */
  readonly t: Translation;
}

/** The nearest element (the start included) carrying `name`, crossing shadow-root boundaries upwards. */
export function closestWithAttribute(start: Element, name: string): Element | null {
  let node: Node | null = start;
  while (node !== null) {
    if (node instanceof Element && node.hasAttribute(name) && node.getAttribute(name) !== '')
      return node;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

/**
 * Works out the locale from the nearest ancestor's `lang`, and `dir` from the nearest ancestor's `dir` if it
 * sits inside that language's subtree; otherwise the direction of the language itself (Arabic and Farsi are
 * right to left even when the page only set `lang`). Until a language's texts have loaded, German stands in.
 */
export function resolveLocale(element: Element, easyLanguage = false): Locale {
  const langHost = closestWithAttribute(element, 'lang');
  const lang = langHost?.getAttribute('lang') ?? 'de';
  const t = translationFor(lang, easyLanguage);
  const dirHost = closestWithAttribute(element, 'dir');
  const dirValue = dirHost?.getAttribute('dir');
  const dirApplies =
    dirHost !== null && (langHost === null || langHost === dirHost || langHost.contains(dirHost));
  const dir =
    dirApplies && (dirValue === 'rtl' || dirValue === 'ltr')
      ? dirValue
      : isRightToLeft(lang)
        ? 'rtl'
        : 'ltr';
  return { lang, dir, t };
}

/** Controllers of connected elements; one document-wide observer serves them all. */
const connected = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function observeDocument(): void {
  if (observer !== undefined) return;
  observer = new MutationObserver(() => {
    for (const controller of connected) controller.refresh();
  });
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang', 'dir'],
    subtree: true,
  });
}

/** Keeps an element's {@link Locale} current while `lang` or `dir` change anywhere above it. */
export class LocaleController implements ReactiveController {
  #locale: Locale = { lang: 'de', dir: 'ltr', t: translationFor('de') };

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly easyLanguage: () => boolean = () => false,
  ) {
    host.addController(this);
  }

  /** The current locale. */
  get value(): Locale {
    return this.#locale;
  }

  hostConnected(): void {
    connected.add(this);
    observeDocument();
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  /** Re-reads the locale and asks for a render when it changed. */
  refresh(): void {
    const easy = this.easyLanguage();
    const next = resolveLocale(this.host, easy);
    if (!isTranslationLoaded(next.lang, easy))
      void loadTranslation(next.lang, easy).then(() => this.refresh());
    if (
      next.lang !== this.#locale.lang ||
      next.dir !== this.#locale.dir ||
      next.t !== this.#locale.t
    ) {
      this.#locale = next;
      this.host.requestUpdate();
    }
  }
}
