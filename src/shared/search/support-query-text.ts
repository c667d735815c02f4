import { filtersToOperators } from './filter-operators';
import { formatTerm, uniqueTerms } from './query-terms';
import type { SupportSearch } from './support-query';

// A support search's query text, without its zod schema (support-query.ts), so that the
// renderer can build and measure it without bundling zod.

/** Recent search's query limit on X's self-serve access (docs: Build a query). */
export const RECENT_SEARCH_QUERY_LIMIT = 512;

const TERM_FIELDS = ['brandNames', 'misspellings', 'products'] as const;
type TermField = (typeof TERM_FIELDS)[number];

interface Term {
  field: TermField;
  term: string;
  /** As written in the query: bare or quoted. */
  written: string;
}

/** Every term once (the first spelling of those equal but for case), brand names first. */
function termsOf(spec: SupportSearch): Term[] {
  const out: Term[] = [];
  // A handle whose Mentions column is in the deck is read there, as an owned read.
  const seen = new Set<string>((spec.leaveOutMentionsOf ?? []).map((u) => `@${u.toLowerCase()}`));
  for (const field of TERM_FIELDS) {
    for (const term of uniqueTerms(spec[field])) {
      const key = term.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ field, term, written: formatTerm(term) });
    }
  }
  return out;
}

/** The operators every chunk of a split search carries. */
function sharedOperators(spec: SupportSearch): string[] {
  return filtersToOperators({
    hideReposts: spec.excludeReposts,
    hideReplies: spec.excludeReplies,
    onlyLinks: spec.mustHaveLinks,
    onlyMedia: spec.mustHaveMedia,
    lang: spec.lang,
    mutedWords: spec.mutedWords,
    mutedAccounts: [...spec.excludeAuthors, ...spec.mutedAccounts],
  });
}

/**
 * A query's length as measured against X's limit. X does not say how it counts; UTF-16 units
 * are never fewer than code points, so a query measured as fitting fits either way.
 */
export const queryLength = (query: string): number => query.length;

/** Length of `(a OR b OR c)` for terms of the given written lengths; no parentheses for one. */
const termsPartLength = (count: number, writtenTotal: number) =>
  count <= 1 ? writtenTotal : writtenTotal + 2 + 4 * (count - 1);

function assemble(written: readonly string[], shared: readonly string[]): string {
  const termsPart = written.length === 1 ? written[0]! : `(${written.join(' OR ')})`;
  return [...(written.length ? [termsPart] : []), ...shared].join(' ');
}

export interface BuiltQuery {
  query: string;
  length: number;
  limit: number;
  fits: boolean;
  /** Distinct terms in the query; X refuses a query of operators alone, so 0 is not usable. */
  terms: number;
}

/** The X query for a support search, and whether it fits X's limit. */
export function buildQuery(
  spec: SupportSearch,
  limit: number = RECENT_SEARCH_QUERY_LIMIT,
): BuiltQuery {
  const termList = termsOf(spec);
  const query = assemble(
    termList.map((t) => t.written),
    sharedOperators(spec),
  );
  const length = queryLength(query);
  return { query, length, limit, fits: length <= limit, terms: termList.length };
}

export type SplitResult =
  { ok: true; chunks: SupportSearch[] } | { ok: false; message: string; term?: string };

/**
 * Splits a search whose terms do not fit one query over several (one column each). Every chunk
 * keeps all exclusions and filters; terms keep their field and are packed first-fit in order,
 * so chunks are few and brand names come first. A search that fits comes back as one chunk.
 */
export function splitQuery(
  spec: SupportSearch,
  limit: number = RECENT_SEARCH_QUERY_LIMIT,
): SplitResult {
  const termList = termsOf(spec);
  if (termList.length === 0) {
    return { ok: false, message: 'Add a brand name, a misspelling or a product to search for.' };
  }
  const shared = sharedOperators(spec);
  const sharedLength = shared.length ? queryLength(shared.join(' ')) + 1 : 0;

  const chunks: Array<{ terms: Term[]; writtenTotal: number }> = [];
  for (const t of termList) {
    const ownLength = queryLength(t.written);
    if (termsPartLength(1, ownLength) + sharedLength > limit) {
      const message =
        sharedLength > 0
          ? `“${t.term}” with the exclusions and filters takes ${ownLength + sharedLength} characters; X allows ${limit}. Shorten it, or remove some exclusions or muted words.`
          : `“${t.term}” takes ${ownLength} characters; X allows ${limit}. Shorten it.`;
      return { ok: false, message, term: t.term };
    }
    const fitting = chunks.find(
      (c) =>
        termsPartLength(c.terms.length + 1, c.writtenTotal + ownLength) + sharedLength <= limit,
    );
    if (fitting) {
      fitting.terms.push(t);
      fitting.writtenTotal += ownLength;
    } else {
      chunks.push({ terms: [t], writtenTotal: ownLength });
    }
  }

  return {
    ok: true,
    chunks: chunks.map((c) => ({
      ...spec,
      brandNames: c.terms.filter((t) => t.field === 'brandNames').map((t) => t.term),
      misspellings: c.terms.filter((t) => t.field === 'misspellings').map((t) => t.term),
      products: c.terms.filter((t) => t.field === 'products').map((t) => t.term),
    })),
  };
}
