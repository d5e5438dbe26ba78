/** One word of a text: its index form, where it stands in the text (UTF-16 offsets) and its word position. */
export interface Token {
  /** The normalized form that is indexed and matched. */
  term: string;
  /** Offset of the first code unit in the analysed text. */
  start: number;
  /** Offset after the last code unit in the analysed text. */
  end: number;
  /** Word position, counting stop words too, so that distances between words stay true. */
  position: number;
}

/**
 * Turns text into index terms. The core index knows nothing about a language; an analyzer brings it in.
 * `id` is stored in serialized indexes so that an index is never loaded with an analyzer that made other terms.
 */
export interface Analyzer {
  /** Name and version of the analysis, e.g. `de-2`. */
  readonly id: string;
  /** The tokens of a text, stop words already left out (their positions still count). */
  tokenize(text: string): Token[];
  /** The stem that inflected forms share (`kurse` → `kurs`); the identity for analyzers without stemming. */
  stem(term: string): string;
  /** Linking elements (Fugen) that may join the parts of a compound, longest first; none for most languages. */
  readonly linkingElements?: readonly string[];
  /**
   * For a query word the index does not know: the beginning its other forms share, when grammar says so
   * (German past participles: `eingeburgert` → `einburger`, as in Einbürgerung); undefined otherwise.
   */
  baseForm?(term: string): string | undefined;
  /**
   * The root a stem shares with the other words of its derivational family (German `studium`, `studi` →
   * `stud`; `finanziell`, `finanzi`, `finanzierung` → `finanz`), or undefined when it has no derivational
   * ending. Words of one family match each other at the `derived` weight.
   */
  family?(stem: string): string | undefined;
  /**
   * Per linking element, the word endings that always take it (German -ung, -heit, -keit, -schaft, -tion take
   * an s: "Antidiskriminierung|s|büro"): such a word begins a compound even where the index never holds it alone.
   */
  readonly modifierEndings?: Readonly<Record<string, readonly string[]>>;
  /**
   * Whether a term frames a question rather than naming its topic ("Arten", "Vorteile", "Deutschland"): beside
   * words that name the topic it weighs less; alone it is searched as usual. Default: no term is general.
   */
  isGeneral?(term: string): boolean;
}

// Letters, marks and digits make words; the gender signs (* : _ · /) stay inside a word when a feminine
// ending follows, hyphens join the parts of a hyphenated compound.
const WORD =
  /[\p{L}\p{M}\p{N}]+(?:(?:[*:_·]|\/-?)(?:innen|in)(?![\p{L}\p{M}\p{N}]))?(?:-[\p{L}\p{M}\p{N}]+)*/gu;

/** Case folding and removal of diacritics (`Café` → `cafe`, Arabic vowel marks are dropped too). */
export function foldCase(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * Calls `visit` with each raw word of a text and its offset, before any language rule: the loop analyzers
 * build on. A plain exec loop without objects per word, since indexing runs it over every word of every
 * document; safe when `visit` itself looks for words.
 */
export function forEachWord(text: string, visit: (word: string, start: number) => void): void {
  let from = 0;
  for (;;) {
    WORD.lastIndex = from;
    const match = WORD.exec(text);
    if (!match) return;
    from = match.index + match[0].length;
    visit(match[0], match.index);
  }
}

/** The raw words of a text with their offsets, before any language rule. */
export function words(text: string): { word: string; start: number; end: number }[] {
  const found: { word: string; start: number; end: number }[] = [];
  forEachWord(text, (word, start) => found.push({ word, start, end: start + word.length }));
  return found;
}

/**
 * A language-neutral analyzer: case folding, diacritics removed, words split on anything that is not a
 * letter or digit, no stemming, no stop words. The default of {@link createIndex}.
 */
export const simpleAnalyzer: Analyzer = {
  id: 'simple-1',
  tokenize(text) {
    const tokens: Token[] = [];
    let position = 0;
    forEachWord(text, (word, start) => {
      for (const part of word.split(/[-*:_·/]+/)) {
        const term = foldCase(part);
        if (term) tokens.push({ term, start, end: start + word.length, position: position++ });
      }
    });
    return tokens;
  },
  stem: (term) => term,
};
