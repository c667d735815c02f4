import type { ColumnFilters } from '../../../shared/search/column-filters';
import { searchQueryWithFilters } from '../../../shared/search/filter-operators';
import type { SupportSearch } from '../../../shared/search/support-query';
import {
  RECENT_SEARCH_QUERY_LIMIT,
  buildQuery,
  queryLength,
  splitQuery,
} from '../../../shared/search/support-query-text';

export interface QueryFit {
  /** The whole query, filters included. */
  query: string;
  length: number;
  limit: number;
  fits: boolean;
}

/** The query X receives for a search column, as main sends it, measured against X's limit. */
export function queryFit(query: string, filters: Partial<ColumnFilters>): QueryFit {
  const full = searchQueryWithFilters(query, filters);
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
  const withFilters = searchQueryWithFilters(built, filters);
  // What the filters add on top of the built query is the same for every chunk.
  const extra = queryLength(withFilters) - queryLength(built);
  return splitQuery(spec, RECENT_SEARCH_QUERY_LIMIT - extra);
}
