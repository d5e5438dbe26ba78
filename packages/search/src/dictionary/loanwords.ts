/**
 * International words that Ukrainian and Russian write in Cyrillic and German in Latin letters
 * ("інклюзія", Inklusion; "адміністративний", administrativ): their German spelling, read off the word's
 * derivational ending, for words no dictionary holds.
 */

// Letters as German writes them in such words (ц as z: "муніципальний", munizipal).
const LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'e',
  ё: 'e',
  ж: 'j',
  з: 's',
  и: 'i',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'ch',
  ц: 'z',
  ч: 'tsch',
  ш: 'sch',
  щ: 'schtsch',
  ы: 'i',
  э: 'e',
  ю: 'u',
  я: 'ja',
  ь: '',
  ъ: '',
  "'": '',
  '’': '',
};

// Case endings of the nouns in -ія/-ия (Ukrainian and Russian).
const NOUN = '(?:я|ю|ї|и|єю|ей|ею|ям|ями|ях|й)';

// Derivational endings and the German ones they stand for, longest first; what follows an adjective's suffix
// is its case ending.
const ENDINGS: readonly [RegExp, string][] = [
  [/а(?:ці|ци)\p{L}*$/u, 'ation'],
  [new RegExp(`лог[іи]${NOUN}$`, 'u'), 'logie'],
  [new RegExp(`з[іи]${NOUN}$`, 'u'), 'sion'],
  [new RegExp(`ц[іи]${NOUN}$`, 'u'), 'tion'],
  [/(?:ічн|ичн|ическ)\p{L}*$/u, 'isch'],
  [/ивн\p{L}*$/u, 'iv'],
  [/альн\p{L}*$/u, 'al'],
  [/антн\p{L}*$/u, 'ant'],
];

// Shortest stem before the ending: shorter ones are mostly native words ("нація", nation, is in the dictionaries).
const MIN_STEM = 4;

/**
 * The German spelling of a Cyrillic international word ("інклюзивний" → inklusiv, "консультація" →
 * konsultation, "онкологічними" → onkologisch), or undefined when its ending is none of theirs.
 */
export function germanLoanword(word: string): string | undefined {
  const lower = word.toLowerCase();
  for (const [ending, german] of ENDINGS) {
    const stem = lower.replace(ending, '');
    if (stem === lower) continue;
    if (stem.length < MIN_STEM) return undefined;
    const latin = [...stem].map((letter) => LATIN[letter]);
    return latin.every((l) => l !== undefined) ? latin.join('') + german : undefined;
  }
  return undefined;
}
