/** Writing systems the lexicon tells apart. */
export type Script = 'latin' | 'arabic' | 'cyrillic' | 'other';

/** The main script of a text, by counting letters. */
export function detectScript(text: string): Script {
  let latin = 0;
  let arabic = 0;
  let cyrillic = 0;
  for (const ch of text) {
    if (/\p{Script=Latin}/u.test(ch)) latin++;
    else if (/\p{Script=Arabic}/u.test(ch)) arabic++;
    else if (/\p{Script=Cyrillic}/u.test(ch)) cyrillic++;
  }
  const most = Math.max(latin, arabic, cyrillic);
  if (most === 0) return 'other';
  return most === arabic ? 'arabic' : most === cyrillic ? 'cyrillic' : 'latin';
}

/**
 * Normalization for matching across spellings: diacritics and Arabic vowel marks removed, the Arabic and
 * Persian forms of alef, yeh, kaf and teh marbuta unified, tatweel dropped, Turkish dotless i folded.
 */
export function normalizeForLexicon(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}|\u0640|\u200c|\u200d|\u200e|\u200f/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/[\u06cc\u0649]/g, '\u064a')
    .replace(/\u06a9/g, '\u0643')
    .replace(/\u0629/g, '\u0647')
    .replace(/ß/g, 'ss');
}

/** The language of a text from letters only one language uses, else undefined. */
export function languageFromLetters(text: string): string | undefined {
  if (/[\u067e\u0686\u0698\u06af\u06a9\u06cc]/u.test(text)) return 'fa';
  // Teh marbuta, alef maksura and the Arabic forms of yeh and kaf, where Persian has none or its own.
  if (/[\u0629\u0649\u064a\u0643]/u.test(text)) return 'ar';
  if (/[іїєґ]/iu.test(text)) return 'uk';
  if (/[ыэъё]/iu.test(text)) return 'ru';
  if (/[şğı]/iu.test(text)) return 'tr';
  return undefined;
}
