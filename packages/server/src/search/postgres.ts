import type { Offer } from '@vielfalt/model';
import { openPostgres, type PostgresOptions } from '../db/postgres.js';
import { publishedOfferWhere } from '../store/sql-offers.js';
import type { SearchProvider, SearchQuery, SearchResult } from './provider.js';

/**
 * Full-text search in PostgreSQL with the German configuration (stemming, stop words), over the
 * `search_tsv` column that migration 2 adds. No instance holds an index; every search is one query.
 */
export function createPostgresSearch(
  connectionString: string,
  options: PostgresOptions = {},
): SearchProvider {
  const db = openPostgres(connectionString, { maxConnections: 4, ...options });
  return {
    name: 'postgres-fulltext',
    async search(query: SearchQuery): Promise<SearchResult> {
      const { clause, params } = publishedOfferWhere(query.filter);
      const text = query.q.trim();
      const match = text ? ` AND search_tsv @@ websearch_to_tsquery('german', ?)` : '';
      const matchParams = text ? [text] : [];
      const total = await db.get<{ n: number }>(
        `SELECT CAST(COUNT(*) AS INTEGER) AS n FROM offers${clause}${match}`,
        [...params, ...matchParams],
      );
      const order = text ? `ts_rank(search_tsv, websearch_to_tsquery('german', ?)) DESC, id` : 'id';
      const rows = await db.all<{ published_doc: string }>(
        `SELECT published_doc FROM offers${clause}${match} ORDER BY ${order} LIMIT ? OFFSET ?`,
        [...params, ...matchParams, ...matchParams, query.limit, query.offset],
      );
      return {
        total: Number(total?.n ?? 0),
        offers: rows.map((r) => JSON.parse(r.published_doc) as Offer),
      };
    },
    close: () => db.close(),
  };
}
