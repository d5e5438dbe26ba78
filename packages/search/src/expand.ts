import { type Analyzer, foldCase } from './analyzer.js';
import { editsFor } from './fuzzy.js';
import type { Vocabulary } from './vocabulary.js';

/** How much a match of each kind counts, relative to an exact match (1). Kinds are ranked in this order. */
export interface MatchWeights {
  /** The same normalized word. */
  exact: number;
  /** Another inflection of the word (same stem). */
  stem: number;
  /** Adjacent query words written as one compound ("Deutsch Kurs" → Deutschkurs). */
  joined: number;
  /** A word of the same synonym group. */
  synonym: number;
  /** A word of the same derivational family (Studium, studieren; finanziell, Finanzierung). */
  derived: number;
  /** The word is a part of an indexed compound ("Förderung" in "Sprachförderung"). */
  part: number;
  /** The indexed word starts with the (last, still typed) query word. */
  prefix: number;
  /** The indexed word is within the allowed edits (typos). */
  fuzzy: number;
}

/** Default {@link MatchWeights}: exact > stem > joined > synonym > part > prefix > fuzzy. */
export const defaultMatchWeights: MatchWeights = {
  exact: 1,
  stem: 0.9,
  joined: 0.85,
  synonym: 0.7,
  derived: 0.6,
  part: 0.55,
  prefix: 0.45,
  fuzzy: 0.35,
};

/** One word of a query with the index terms it may match, each with the weight of its kind of match. */
export interface QueryTerm {
  /** The normalized query word. */
  term: string;
  /** Index term id → weight. */
  variants: Map<number, number>;
  /** The word frames the question rather than naming its topic (see `Analyzer.isGeneral`). */
  general?: boolean;
}

/** What query expansion needs from an index. */
export interface ExpansionContext {
  analyzer: Analyzer;
  vocabulary: Vocabulary;
  weights: MatchWeights;
  /** Stem → stems of the same synonym groups. */
  synonyms: ReadonlyMap<string, readonly string[]>;
  /** The stems of a phrase of several words, as {@link phraseKey} joins them → its groups' single-word stems. */
  phrases: ReadonlyMap<string, readonly string[]>;
}

/** Most query words a search looks at; queries are typed by people, longer input is pasted text. */
export const MAX_QUERY_TERMS = 24;
/** Query words after these many match only exactly or inflected: pasted text must not cost like a question. */
const FULLY_EXPANDED_TERMS = 8;
const MAX_VARIANTS = 40;
/** Longer "words" are pasted noise (or base64): matched exactly, never stemmed, split or corrected. */
export const MAX_WORD_LENGTH = 48;
const MIN_PART = 3;
/** Shortest piece inside a compound that counts as a word the index need not know. */
const MIN_UNKNOWN_PIECE = 6;
/** Shortest head or modifier the decompounder splits off. */
const MIN_HEAD = 4;

/**
 * The relaxed form of a query, tried when it found nothing: every word also matches words that start with
 * its stem ("Arbeitsvermittler" → Arbeitsvermittlung), at the weight of a prefix match.
 */
export function relaxQuery(terms: QueryTerm[], context: ExpansionContext): QueryTerm[] {
  return terms.map(({ term, variants }) => {
    const relaxed = new Map(variants);
    for (const id of stemPrefixed(term, context)) add(relaxed, id, context.weights.prefix);
    return { term, variants: relaxed };
  });
}

/** Words that start with the stem of a word (not too short a stem, and not of pasted noise). */
function stemPrefixed(word: string, context: ExpansionContext, limit = MAX_VARIANTS): number[] {
  const stem = context.analyzer.stem(word);
  return stem.length >= 4 && word.length <= MAX_WORD_LENGTH
    ? context.vocabulary.withPrefix(stem, limit)
    : [];
}

/**
 * A word that matched nothing and that no indexed word continues: a compound whose head the index does not
 * know ("Behördengänge"). It counts by its longest beginning the index knows ("Behörde"), at a part's weight,
 * so that it still contributes to a question of several words. Words that others continue
 * ("Arbeitsvermittler" → Arbeitsvermittlung) are left to {@link relaxQuery}.
 */
function rescueUnknown(term: QueryTerm, fuzzy: boolean, context: ExpansionContext): QueryTerm {
  if (term.variants.size > 0 || stemPrefixed(term.term, context, 1).length > 0) return term;
  const modifier = knownModifier(term.term, context);
  if (modifier === undefined) return term;
  return { ...expandWord(modifier, false, fuzzy, context, context.weights.part), term: term.term };
}

/** Splits and expands a query into terms with their variants, in query order. */
export function expandQuery(
  query: string,
  prefixLast: boolean,
  fuzzy: boolean,
  context: ExpansionContext,
): QueryTerm[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const token of context.analyzer.tokenize(query)) {
    if (seen.has(token.term)) continue;
    seen.add(token.term);
    words.push(token.term);
    if (words.length === MAX_QUERY_TERMS) break;
  }
  const terms: QueryTerm[] = [];
  words.forEach((word, i) => {
    const last = prefixLast && i === words.length - 1;
    if (word.length > MAX_WORD_LENGTH) {
      const exact = context.vocabulary.live(word);
      terms.push({
        term: word,
        variants: new Map(exact === undefined ? [] : [[exact, context.weights.exact]]),
      });
      return;
    }
    if (i >= FULLY_EXPANDED_TERMS) {
      const variants = new Map<number, number>();
      for (const id of context.vocabulary.stemGroup(context.analyzer.stem(word)))
        add(variants, id, context.weights.stem);
      const exact = context.vocabulary.live(word);
      if (exact !== undefined) add(variants, exact, context.weights.exact);
      terms.push({ term: word, variants });
      return;
    }
    const parts = decompound(word, context);
    if (parts) {
      // The parts stand for the whole word, whose synonyms and near spellings still apply
      // ("Sprachkurs" → Integrationskurs; "Schwangerenbratung" → Schwangerenberatung).
      const whole = expandWord(word, false, fuzzy, context, 1);
      for (const part of parts) {
        const term = expandWord(part, false, fuzzy, context, 0.9);
        for (const [id, weight] of whole.variants) add(term.variants, id, weight);
        terms.push(term);
      }
    } else {
      terms.push(rescueUnknown(expandWord(word, last, fuzzy, context, 1), fuzzy, context));
    }
  });
  // The word being typed is the start of a word even when it is a stop word on its own ("Nach" on the way to
  // "Nachhilfe"): a query of nothing else would otherwise find nothing to search for.
  const typed = prefixLast && !words.length && /\p{L}+$/u.exec(query)?.[0];
  if (typed) terms.push(expandWord(foldCase(typed), true, false, context, 1));
  joinNeighbours(words, terms, context);
  matchPhrases(words, terms, context);
  for (const term of terms) if (context.analyzer.isGeneral?.(term.term)) term.general = true;
  return terms;
}

/**
 * Joins the terms of words that are alternatives of one meaning into the first one's, which then matches
 * every variant of each at its best weight. A word in two groups joins them: its meanings are one.
 */
export function joinAlternatives(
  terms: QueryTerm[],
  groups: readonly (readonly string[])[],
  context: ExpansionContext,
): QueryTerm[] {
  const joined = new Set<QueryTerm>();
  for (const group of groups) {
    const words = new Set(context.analyzer.tokenize(group.join(' ')).map((token) => token.term));
    const [first, ...others] = terms.filter((term) => words.has(term.term) && !joined.has(term));
    for (const other of others) {
      for (const [id, weight] of other.variants) add((first as QueryTerm).variants, id, weight);
      joined.add(other);
    }
  }
  return terms.filter((term) => !joined.has(term));
}

function add(variants: Map<number, number>, id: number, weight: number): void {
  if ((variants.get(id) ?? 0) < weight) variants.set(id, weight);
}

function expandWord(
  word: string,
  prefix: boolean,
  fuzzy: boolean,
  context: ExpansionContext,
  scale: number,
): QueryTerm {
  const { vocabulary, weights, analyzer } = context;
  const variants = new Map<number, number>();
  const stem = analyzer.stem(word);
  const exact = vocabulary.live(word);
  if (exact !== undefined) add(variants, exact, weights.exact * scale);
  for (const id of vocabulary.stemGroup(stem)) add(variants, id, weights.stem * scale);
  const known = variants.size > 0;
  addFamily(variants, stem, weights.derived * scale, context);
  if (word.length >= 4) addCompounds(variants, stem, weights.part * scale, context, word);
  addSynonyms(variants, context.synonyms.get(stem) ?? [], weights.synonym * scale, context);
  if (prefix && word.length >= 2) {
    for (const id of vocabulary.withPrefix(word, MAX_VARIANTS))
      add(variants, id, weights.prefix * scale);
  }
  // An unknown inflected form ("eingebürgert") meets the words its base begins (Einbürgerung).
  const base = known ? undefined : analyzer.baseForm?.(word);
  if (base !== undefined) {
    for (const id of vocabulary.withPrefix(base, MAX_VARIANTS))
      add(variants, id, weights.part * scale);
  }
  const edits = fuzzy && !known ? editsFor(word.length) : 0;
  if (edits > 0) {
    const near = vocabulary.near(word, edits);
    const ids = vocabulary.mostFrequent(
      near.map((n) => n.id),
      MAX_VARIANTS,
    );
    const distance = new Map(near.map((n) => [n.id, n.distance]));
    for (const id of ids) add(variants, id, (weights.fuzzy * scale) / (distance.get(id) as number));
  }
  return { term: word, variants };
}

/** Indexed words of the same derivational family as a stem (see `Analyzer.family`). */
function addFamily(
  variants: Map<number, number>,
  stem: string,
  weight: number,
  context: ExpansionContext,
): void {
  const { analyzer, vocabulary } = context;
  const root = analyzer.family?.(stem);
  if (root === undefined || root.length < MIN_HEAD) return;
  const found: number[] = [];
  for (const other of vocabulary.stemsWithPrefix(root))
    if (other !== stem && analyzer.family?.(other) === root)
      found.push(...vocabulary.stemGroup(other));
  for (const id of vocabulary.mostFrequent(found, MAX_VARIANTS)) add(variants, id, weight);
}

/** The words of synonym stems, and the compounds they form, at a synonym's weight and a part of it. */
function addSynonyms(
  variants: Map<number, number>,
  synonyms: readonly string[],
  weight: number,
  context: ExpansionContext,
): void {
  for (const synonym of synonyms) {
    for (const id of context.vocabulary.stemGroup(synonym)) add(variants, id, weight);
    addCompounds(variants, synonym, weight * context.weights.part, context);
  }
}

/**
 * Indexed compounds that end with the stem (its head) or start with it followed by another known stem.
 * `word` is the query word the stem was cut from; synonyms come as stems only.
 */
function addCompounds(
  variants: Map<number, number>,
  stem: string,
  weight: number,
  context: ExpansionContext,
  word?: string,
): void {
  if (stem.length < MIN_PART) return;
  const { vocabulary } = context;
  const found: number[] = [];
  // A stem cut down to three letters ("essen" → ess) also ends unrelated words ("Fitness"): as a head it
  // counts only where the compound ends with the whole word (Mittagessen), and not at all for a synonym.
  const ending = stem.length <= MIN_PART ? word : '';
  if (ending !== undefined) {
    for (const compound of vocabulary.stemsWithSuffix(stem)) {
      if (compound.length - stem.length < MIN_PART) continue;
      for (const id of vocabulary.stemGroup(compound))
        if (vocabulary.terms[id]?.endsWith(ending)) found.push(id);
    }
  }
  // As a modifier the word keeps its ending before the linking element ("Schwangere" in
  // "Schwangerenberatung"), so both the stem and the word itself are tried as the start.
  for (const start of new Set([stem, word ?? stem])) {
    for (const compound of vocabulary.stemsWithPrefix(start)) {
      if (
        compound.length - start.length >= MIN_PART &&
        isStemAfterLink(compound.slice(start.length), context)
      ) {
        found.push(...vocabulary.stemGroup(compound));
      }
    }
  }
  for (const id of vocabulary.mostFrequent(found, MAX_VARIANTS)) add(variants, id, weight);
}

/**
 * Whether what follows a modifier is the rest of a compound: a known stem, after a linking element or not, or
 * a chain that ends in one ("Asyl|verfahrens|beratung", "Arbeit|s|markt|lotsen") whose other pieces are known
 * words or long enough to be words of their own. "Schul|dner|beratung" is no compound of "Schule": "dner" is
 * neither.
 */
function isStemAfterLink(rest: string, context: ExpansionContext, depth = 2): boolean {
  const { vocabulary, analyzer } = context;
  if (vocabulary.hasStem(rest)) return true;
  for (const link of analyzer.linkingElements ?? [])
    if (
      rest.startsWith(link) &&
      rest.length - link.length >= MIN_PART &&
      vocabulary.hasStem(rest.slice(link.length))
    )
      return true;
  if (depth === 0) return false;
  for (let cut = MIN_HEAD; cut <= rest.length - MIN_HEAD; cut++) {
    const piece = rest.slice(0, cut);
    if (
      (cut >= MIN_UNKNOWN_PIECE || vocabulary.hasStem(analyzer.stem(piece))) &&
      isStemAfterLink(rest.slice(cut), context, depth - 1)
    )
      return true;
  }
  return false;
}

/** An unknown compound split into two known parts ("Sprachkurs" over an index that has "Sprache" and "Kurs"). */
function decompound(word: string, context: ExpansionContext): [string, string] | undefined {
  const { vocabulary, analyzer } = context;
  if (
    word.length < 2 * MIN_PART + 1 ||
    vocabulary.live(word) !== undefined ||
    vocabulary.hasStem(analyzer.stem(word))
  )
    return undefined;
  // The longest known head first: "Kinder|betreuung" before "Kinderbetreu|ung"; heads and modifiers of
  // three letters are too often pieces of other words ("ungefähr" is not "ung|fähr").
  for (let cut = MIN_PART; cut <= word.length - MIN_HEAD; cut++) {
    const head = word.slice(cut);
    if (!isKnownWord(head, context)) continue;
    const modifier = knownBeginning(word.slice(0, cut), MIN_PART, context);
    if (modifier !== undefined) return [modifier, head];
  }
  return undefined;
}

/**
 * For a compound whose head the index does not know ("Behördengänge"): its longest beginning the index knows
 * as a word ("Behörde"), which names the topic.
 */
function knownModifier(word: string, context: ExpansionContext): string | undefined {
  if (word.length < 2 * MIN_PART + 2 || word.length > MAX_WORD_LENGTH) return undefined;
  for (let cut = word.length - MIN_PART; cut >= MIN_MODIFIER; cut--) {
    const modifier = knownBeginning(word.slice(0, cut), MIN_MODIFIER, context);
    if (modifier !== undefined) return modifier;
  }
  return undefined;
}

/**
 * The first part of a compound as the index knows it: as written, or without its linking element ("Arbeits").
 * A piece that only the stemmer or a linking element cuts down to three letters ("unge" → ung, in
 * "ungefähr") is far more often the middle of another word than a modifier; a short word as written
 * ("Näh|café") still counts.
 */
function knownBeginning(
  part: string,
  minLength: number,
  context: ExpansionContext,
): string | undefined {
  const modifier = (piece: string, least = minLength) => {
    const stem = context.analyzer.stem(piece);
    return (
      piece.length >= least &&
      (stem.length >= MIN_HEAD || stem === piece) &&
      isKnownWord(piece, context)
    );
  };
  if (modifier(part)) return part;
  for (const link of context.analyzer.linkingElements ?? []) {
    const bare = part.slice(0, -link.length);
    if (!part.endsWith(link)) continue;
    if (modifier(bare, Math.max(minLength, MIN_HEAD))) return bare;
    // A word whose ending always takes this linking element ("Antidiskriminierung|s|büro") is a modifier when
    // it begins indexed compounds, even if it never stands alone.
    if (
      context.analyzer.modifierEndings?.[link]?.some((ending) => bare.endsWith(ending)) &&
      beginsCompounds(bare, context)
    )
      return bare;
  }
  return undefined;
}

/**
 * Whether the index holds compounds that begin with this piece and go on with a known word: the piece is the
 * modifier of indexed words even where it never stands alone ("Antidiskriminierungs|büro" over an index with
 * only "Antidiskriminierungsstelle").
 */
function beginsCompounds(piece: string, context: ExpansionContext): boolean {
  if (piece.length < MIN_MODIFIER) return false;
  const compounds = context.vocabulary.stemsWithPrefix(piece);
  for (const compound of compounds.slice(0, MAX_VARIANTS))
    if (
      compound.length - piece.length >= MIN_HEAD &&
      isStemAfterLink(compound.slice(piece.length), context, 0)
    )
      return true;
  return false;
}

/** Whether the index holds the word in some form; a stop word ("Stellen|suche") carries no meaning of its own. */
function isKnownWord(part: string, context: ExpansionContext): boolean {
  return (
    context.vocabulary.hasStem(context.analyzer.stem(part)) &&
    context.analyzer.tokenize(part).length > 0
  );
}

/** Shortest beginning of a compound that stands for it alone: shorter ones are too often other words. */
const MIN_MODIFIER = 5;

/**
 * Adjacent query words that the index holds as one compound match it in both places, in either order
 * ("Deutsch Kurs" → Deutschkurs, "Treff Frauen" → Frauentreff).
 */
function joinNeighbours(words: string[], terms: QueryTerm[], context: ExpansionContext): void {
  if (terms.length !== words.length) return;
  for (let i = 0; i + 1 < words.length && i + 1 < FULLY_EXPANDED_TERMS; i++) {
    const [a, b] = [words[i] as string, words[i + 1] as string];
    for (const compound of [a + b, b + a, `${b}${context.analyzer.stem(a)}`]) {
      for (const id of context.vocabulary.stemGroup(context.analyzer.stem(compound))) {
        add((terms[i] as QueryTerm).variants, id, context.weights.joined);
        add((terms[i + 1] as QueryTerm).variants, id, context.weights.joined);
      }
    }
  }
}

/** Longest synonym phrase looked for, in words. */
const MAX_PHRASE_WORDS = 3;

/**
 * Query words that form a synonym phrase ("Deutsch lernen", "ich suche Arbeit") also match the single words of
 * its groups (Deutschkurs, Jobsuche), in each of their places, so that an offer named by the word ranks with
 * one that uses the phrase. The words may come in any order: German puts the verb first or last.
 */
function matchPhrases(words: string[], terms: QueryTerm[], context: ExpansionContext): void {
  if (terms.length !== words.length || context.phrases.size === 0) return;
  const stems = words.map((word) => context.analyzer.stem(word));
  const end = Math.min(words.length, FULLY_EXPANDED_TERMS);
  for (let i = 0; i + 1 < end; i++) {
    for (let n = 2; n <= MAX_PHRASE_WORDS && i + n <= end; n++) {
      const synonyms = context.phrases.get(phraseKey(stems.slice(i, i + n)));
      if (synonyms === undefined) continue;
      for (const term of terms.slice(i, i + n))
        addSynonyms(term.variants, synonyms, context.weights.synonym, context);
    }
  }
}

/** How a phrase of stems is looked up: in any order, so "Arbeit suchen" and "suche Arbeit" meet. */
export function phraseKey(stems: readonly string[]): string {
  return [...stems].sort().join(' ');
}
