import type { ColumnFilters } from '../../../shared/search/column-filters';
import { filtersToOperators } from '../../../shared/search/column-filters';
import {
  RECENT_SEARCH_QUERY_LIMIT,
  buildQuery,
  queryLength,
  splitQuery,
  type SupportSearch,
} from '../../../shared/search/support-query';

/**
 * The query X receives for a search column: the column's query, then its filters as operators
 * (those the query already has are not repeated). Might move to src/shared so that main builds
 * the same string.
 */
export function effectiveSearchQuery(query: string, filters: Partial<ColumnFilters>): string {
  const base = query.trim();
  const padded = ` ${base} `;
  const extra = filtersToOperators(filters).filter((op) => !padded.includes(` ${op} `));
  return [base, ...extra].filter((part) => part !== '').join(' ');
}

export interface QueryFit {
  /** The whole query, filters included. */
  query: string;
  length: number;
  limit: number;
  fits: boolean;
}

export function queryFit(query: string, filters: Partial<ColumnFilters>): QueryFit {
  const full = effectiveSearchQuery(query, filters);
  const length = queryLength(full);
  return {
    query: full,
    length,
    limit: RECENT_SEARCH_QUERY_LIMIT,
    fits: length <= RECENT_SEARCH_QUERY_LIMIT,
  };
}

/** The query a support search builds, with the column's filters added. */
export function builtQueryFit(spec: SupportSearch, filters: Partial<ColumnFilters>): QueryFit {
  return queryFit(buildQuery(spec, Number.MAX_SAFE_INTEGER).query, filters);
}

/**
 * A support search split over as many columns as it needs, leaving room for the operators the
 * column's filters add to every one of them.
 */
export function splitSupportSearch(
  spec: SupportSearch,
  filters: Partial<ColumnFilters>,
): ReturnType<typeof splitQuery> {
  const built = buildQuery(spec, Number.MAX_SAFE_INTEGER).query;
  const withFilters = effectiveSearchQuery(built, filters);
  // What the filters add on top of the built query is the same for every chunk.
  const extra = queryLength(withFilters) - queryLength(built);
  return splitQuery(spec, RECENT_SEARCH_QUERY_LIMIT - extra);
}
