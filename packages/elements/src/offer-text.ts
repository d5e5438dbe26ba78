import type { CountyProfile, LocalizedString, Offer } from '@vielfalt/model';

/** The texts of an offer chosen for a reader, with the language they are really in. */
export interface ChosenTexts {
  readonly title: string;
  readonly summary: string;
  readonly description: string | undefined;
  /** Language of these texts, for the `lang` attribute (may differ from the UI language). */
  readonly lang: string;
  readonly machineTranslated: boolean;
}

const primary = (lang: string): string => lang.toLowerCase().split('-')[0] ?? lang;

/**
 * The offer's texts in the reader's language if it has them, else in the county's default language, else
 * German, else the first it has. With `easyLanguage` and a German UI, the Einfache Sprache version wins.
 */
export function chooseTexts(
  offer: Offer,
  lang: string,
  easyLanguage = false,
  profile?: CountyProfile,
): ChosenTexts {
  const ui = primary(lang);
  if (easyLanguage && ui === 'de' && offer.easyLanguage !== undefined) {
    const e = offer.easyLanguage;
    return {
      title: e.title,
      summary: e.summary,
      description: e.description,
      lang: 'de',
      machineTranslated: false,
    };
  }
  const order = [ui, profile?.defaultLanguage ?? 'de', 'de', ...Object.keys(offer.texts)];
  for (const code of order) {
    const texts = offer.texts[code];
    if (texts !== undefined) {
      return {
        title: texts.title,
        summary: texts.summary,
        description: texts.description,
        lang: code,
        machineTranslated: texts.status === 'machine',
      };
    }
  }
  return {
    title: offer.id,
    summary: '',
    description: undefined,
    lang: 'de',
    machineTranslated: false,
  };
}

/** A localized text as shown: in the UI language if it has one, else German, else any; with its language. */
export function localizedIn(
  text: LocalizedString | undefined,
  lang: string,
): { readonly text: string; readonly lang: string } {
  if (text === undefined) return { text: '', lang: primary(lang) };
  for (const code of [primary(lang), 'de']) {
    const value = text[code];
    if (value !== undefined) return { text: value, lang: code };
  }
  const [code, value] = Object.entries(text)[0] ?? [primary(lang), ''];
  return { text: value, lang: code };
}

/** A localized label (field of action, target group) in the UI language, falling back to German, then any. */
export function localized(text: LocalizedString | undefined, lang: string): string {
  return localizedIn(text, lang).text;
}

/** A language code's name in the UI language (`ar` → "Arabisch" on a German page). */
export function languageName(code: string, uiLang: string): string {
  try {
    return new Intl.DisplayNames([uiLang, 'de'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
