import { LitElement, type PropertyValues } from 'lit';
import { isTranslationLoaded, type Translation } from '../i18n/index.js';
import { LocaleController, type Locale } from './locale.js';
import { baseStyles } from './styles.js';

/** What every `vf-` element shares: the locale from the nearest ancestor and the base styles. */
export abstract class VfElement extends LitElement {
  /** The base styles every element starts from (tokens, focus, 44 px targets, reduced motion). */
  static override styles = [baseStyles];

  /** Whether this element uses Einfache Sprache texts (only search and detail have them). */
  protected easyLanguageText(): boolean {
    return false;
  }

  /** Whether the element has been visible once. */
  #shown = false;

  /** Keeps `lang`, `dir` and the texts in step with the page. */
  protected readonly localeController = new LocaleController(this, () => this.easyLanguageText());

  /** Re-reads the locale before each render, so properties such as `easyLanguage` take effect at once. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.localeController.refresh();
    // Hidden (see baseStyles) until the page language's texts have arrived, so an English or Arabic page never
    // flashes German first; the locale controller renders again when they are in. Einfache Sprache is waited
    // for only before the first showing: switched on later, the element stays visible (focus on its toggle).
    const { lang } = this.localeController.value;
    const ready =
      isTranslationLoaded(lang) &&
      (this.#shown || isTranslationLoaded(lang, this.easyLanguageText()));
    this.#shown ||= ready;
    this.toggleAttribute('data-vf-pending', !ready);
  }

  /** The current locale (language, direction, texts). */
  protected get locale(): Locale {
    return this.localeController.value;
  }

  /** The current UI texts. */
  protected get t(): Translation {
    return this.localeController.value.t;
  }
}
