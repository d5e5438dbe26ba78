import type { QueryTerm } from './expand.js';
import type { SearchIndex } from './search-index.js';

/**
 * How much a matched query word adds to a document's coordination factor: idf / (idf + this). A rare word
 * counts nearly fully, a word half the documents hold about 0.4, so a common word cannot double a score.
 */
const COORDINATION_IDF = 1;
/** IDF factor of a question-frame word beside a word that names the topic (see `Analyzer.isGeneral`). */
const GENERAL_WEIGHT = 0.3;
/**
 * How strongly a document's best kind of match for a word (relative to the best any document has) scales its
 * saturated score: the square root, so a synonym-only page keeps 0.84 of its score, a compound part 0.74.
 */
const KIND_POWER = 0.5;

/** Query words whose match positions are kept for the proximity bonus. */
export const PROXIMITY_TERMS = 8;

/**
 * BM25F scoring over an index's postings into reusable typed arrays. Per query term and document, the
 * field-boosted, length-normalized frequencies of all its variants are added, each times the weight of its kind
 * of match, and saturated once; the terms' scores are summed. A document that has a word in its title and its
 * summary thus outranks one that has it once in passing.
 */
export class Scorer {
  /**
   * Per document: the current term's weighted frequency and its strongest single match, the summed score, the
   * summed coordination shares (from the IDF) of the matched terms, match places per term, and the weighted share
   * of the coverage fields' words the query matched.
   */
  scratch = scratchOf(0);

  /** The summed coordination shares of the last query's terms: what a document matching all of them has in `matched`. */
  totalIdf = 0;

  readonly #index: SearchIndex<unknown>;

  constructor(index: SearchIndex<unknown>) {
    this.#index = index;
  }

  /**
   * BM25F per query term (all variants of it per document), summed into the scratch arrays; returns the touched
   * documents. For the first query terms it also notes where each document matched (field and position,
   * plus one, in `places`) for the proximity bonus.
   */
  score(terms: QueryTerm[]): number[] {
    this.totalIdf = 0;
    const n = this.#index.ids.length;
    if (this.scratch.sum.length < n)
      this.scratch = scratchOf(Math.max(n, this.scratch.sum.length * 2, 64));
    const { frequency, sum, matched, places, strongestMatch, strongestKind, covered } =
      this.scratch;
    const fields = this.#index.fieldNames.length;
    // Per field: BM25F length normalization is base + slope · length.
    const base = this.#index.bs.map((b) => 1 - b);
    const slope = this.#index.bs.map(
      (b, f) => b / ((this.#index.totals[f] as number) / this.#index.size || 1),
    );
    const { boosts, lengths, k1, coverages } = this.#index;
    const touched: number[] = [];
    // Question-frame words weigh less beside a word that names the topic, never alone.
    const topical = terms.some((term) => !term.general && term.variants.size > 0);
    const idfs = terms.map(
      (term) => this.#termIdf(term) * (topical && term.general ? GENERAL_WEIGHT : 1),
    );
    for (const [t, term] of terms.entries()) {
      const idf = idfs[t] as number;
      const share = idf / (idf + COORDINATION_IDF);
      this.totalIdf += share;
      const docs: number[] = [];
      const where = places[t];
      for (const [termId, weight] of term.variants) {
        const postings = this.#index.postingsOf(termId);
        for (let i = 0; i < postings.length;) {
          const doc = postings[i] as number;
          let tf = 0;
          let place = 0;
          let strongest = 0;
          for (; i < postings.length && postings[i] === doc; i += 2) {
            const packed = postings[i + 1] as number;
            const f = packed & 15;
            const part =
              ((boosts[f] as number) * ((packed >> 4) & 255)) /
              ((base[f] as number) + (slope[f] as number) * (lengths[doc * fields + f] as number));
            tf += part;
            // The share of the field's words the query covers, each at the weight of its kind of match.
            covered[doc] =
              (covered[doc] as number) +
              ((coverages[f] as number) * weight * ((packed >> 4) & 255)) /
                (lengths[doc * fields + f] as number);
            if (part > strongest) {
              strongest = part;
              place = (f << 20) + (packed >>> 12) + 1;
            }
          }
          if (frequency[doc] === 0) {
            docs.push(doc);
            strongestMatch[doc] = 0;
            strongestKind[doc] = 0;
          }
          if (weight > (strongestKind[doc] as number)) strongestKind[doc] = weight;
          frequency[doc] = (frequency[doc] as number) + weight * tf;
          if (weight * strongest > (strongestMatch[doc] as number)) {
            strongestMatch[doc] = weight * strongest;
            if (where) where[doc] = place;
          }
        }
      }
      let bestKind = 0;
      for (const doc of docs) bestKind = Math.max(bestKind, strongestKind[doc] as number);
      for (const doc of docs) {
        if (sum[doc] === 0 && matched[doc] === 0) touched.push(doc);
        const tf = frequency[doc] as number;
        // Saturation squeezes the kinds of match together (a synonym three times outweighs the word once): the
        // best kind a document has for the word scales its saturated score, so the word itself comes first.
        const kind = ((strongestKind[doc] as number) / bestKind) ** KIND_POWER;
        sum[doc] = (sum[doc] as number) + idf * kind * (tf / (k1 + tf));
        matched[doc] = (matched[doc] as number) + share;
        frequency[doc] = 0;
      }
    }
    return touched;
  }

  /** IDF of a query term, from its strongest kind of match, so that weaker kinds never outrank it. */
  #termIdf(term: QueryTerm): number {
    let strongestMatch = 0;
    let df = 0;
    for (const [termId, weight] of term.variants) {
      const count = this.#index.vocabulary.df[termId] as number;
      if (weight > strongestMatch || (weight === strongestMatch && count > df)) {
        strongestMatch = weight;
        df = count;
      }
    }
    return Math.log(1 + (this.#index.size - df + 0.5) / (df + 0.5));
  }
}

/** Zeroed per-document arrays for {@link Scorer.scratch}. */
function scratchOf(size: number) {
  const array = () => new Float64Array(size);
  return {
    frequency: array(),
    sum: array(),
    matched: array(),
    places: Array.from({ length: PROXIMITY_TERMS }, () => new Int32Array(size)),
    strongestMatch: array(),
    strongestKind: array(),
    covered: array(),
  };
}

/** Bonus in [0, 0.5] for neighbouring query words found close together in the same field, more for in order. */
export function proximity(doc: number, slots: Int32Array[]): number {
  let bonus = 0;
  for (let t = 0; t + 1 < slots.length; t++) {
    const a = (slots[t] as Int32Array)[doc] as number;
    const b = (slots[t + 1] as Int32Array)[doc] as number;
    if (a === 0 || b === 0 || a >> 20 !== b >> 20) continue;
    const distance = b - a;
    // Distance 0 is one word of the document matching both query words (a synonym or compound standing for
    // both): that is no evidence of the words standing together, and it must not outrank the page that
    // has them side by side ("Bus und Bahn" above "Mobilität").
    if (distance !== 0) bonus += distance === 1 ? 1 : 1 / (Math.abs(distance) + 1);
  }
  return bonus && (0.5 * bonus) / (slots.length - 1);
}
