/** A query carried over into the index's language. */
export interface QueryTranslation {
  /** Words to search for: the translations of the recognised concepts plus any words left untranslated. */
  text: string;
  /** The language the query was written in, when recognised (`ar`, `uk`, …); undefined for the index's own. */
  language?: string;
  /** Number of concepts recognised in the query. */
  concepts: number;
  /**
   * The query's words that stayed untranslated (at the end of `text`), for a further translator such as a
   * general dictionary to look up.
   */
  untranslated?: string[];
}

/** Maps queries in other languages onto the index's language; the lexicon entry provides one. */
export interface QueryTranslator {
  /** The German search words for a query, and the language it was recognised in. */
  translate(query: string): QueryTranslation;
}
