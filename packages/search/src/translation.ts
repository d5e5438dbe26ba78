/** A query carried over into the index's language. */
export interface QueryTranslation {
  /** Words to search for: the translations of the recognised concepts plus any words left untranslated. */
  text: string;
  /** The language the query was written in, when recognised (`ar`, `uk`, …); undefined for the index's own. */
  language?: string;
  /** Number of concepts recognised in the query. */
  concepts: number;
  /**
   * The query's words that no concept took, in their order and with function words (`text` holds one
   * German word per concept, then these without the function words), for a further translator such as a
   * general dictionary, which may match phrases among them ("apply for", "residence permit").
   */
  untranslated?: string[];
  /**
   * Words of `text` that translate one word or phrase of the query, each group alternatives of one meaning
   * (a dictionary's two best German words, and the word as typed when an offer's title has it): the offer
   * index searches each group as one word, so that a word with two translations weighs as one.
   */
  alternatives?: string[][];
}

/** Maps queries in other languages onto the index's language; the lexicon entry provides one. */
export interface QueryTranslator {
  /**
   * The German search words for a query, and the language it was recognised in. `names` are the titles of
   * the offers searched, among which a translator may find names the query writes in its own script
   * ("كوندروبس" for Condrobs); the offer index passes them, the same array until its offers change.
   */
  translate(query: string, names?: readonly string[]): QueryTranslation;
}
