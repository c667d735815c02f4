import { decodeXEscapes } from '../posts/x-text';
import type { Post } from '../x/types';
import type { ColumnFilters } from './column-filters';
import { isInLanguage } from './languages';
import { bareUsername, formatTerm, uniqueTerms } from './query-terms';

// What a column's filters do, without their zod schemas (column-filters.ts), so that the
// renderer can use them without bundling zod.

function uniqueUsernames(raws: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of raws) {
    const name = bareUsername(raw);
    if (name === '' || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    out.push(name);
  }
  return out;
}

/**
 * The filters as X search operators, to add to a search column's query. Every one of them is
 * conjunction-required or a negation, so they never stand alone: the query's terms come first.
 */
export function filtersToOperators(filters: Partial<ColumnFilters>): string[] {
  const ops: string[] = [];
  if (filters.hideReposts) ops.push('-is:retweet');
  if (filters.hideReplies) ops.push('-is:reply');
  if (filters.onlyLinks) ops.push('has:links');
  if (filters.onlyMedia) ops.push('has:media');
  if (filters.lang) ops.push(`lang:${filters.lang}`);
  for (const word of uniqueTerms(filters.mutedWords ?? [])) ops.push(`-${formatTerm(word)}`);
  for (const name of uniqueUsernames(filters.mutedAccounts ?? [])) ops.push(`-from:${name}`);
  return ops;
}

/**
 * What X's `exclude` parameter can drop on the timelines that take it (a user's posts, the home
 * timeline), so those posts are never read. applyFilters still runs after it.
 */
export function excludeParam(filters: Partial<ColumnFilters>): Array<'retweets' | 'replies'> {
  const out: Array<'retweets' | 'replies'> = [];
  if (filters.hideReposts) out.push('retweets');
  if (filters.hideReplies) out.push('replies');
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One regular expression for all muted words: case-insensitive, and only on word boundaries
 * ("cat" hides "Cat!" but not "category"). Spaces inside a muted phrase match any whitespace.
 */
function mutedWordsPattern(words: readonly string[]): RegExp | null {
  const terms = uniqueTerms(words);
  if (terms.length === 0) return null;
  const alternatives = terms.map((t) => t.split(' ').map(escapeRegExp).join('\\s+'));
  return new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}\\p{N}_])`,
    'iu',
  );
}

/** The fields of a post the filters look at. */
export type FilterablePost = Pick<Post, 'text' | 'authorId' | 'referenced' | 'mediaKeys'> & {
  lang?: string;
  entities: Pick<Post['entities'], 'urls'>;
};

/**
 * Keeps the posts a column with these filters shows, in their order. `usersById` gives each
 * author's username (X's includes.users); a post whose author is unknown is not hidden by muted
 * accounts. The filters mean what X's operators mean: a repost is hidden by hideReposts, links
 * include a post's own media links (X's has:links), media means attached media.
 */
export function applyFilters<P extends FilterablePost>(
  posts: readonly P[],
  filters: Partial<ColumnFilters>,
  usersById: Readonly<Record<string, { username: string } | undefined>>,
): P[] {
  const muted = mutedWordsPattern(filters.mutedWords ?? []);
  const mutedAccounts = new Set(
    uniqueUsernames(filters.mutedAccounts ?? []).map((n) => n.toLowerCase()),
  );
  const lang = filters.lang;
  return posts.filter((p) => {
    const refs = p.referenced;
    if (filters.hideReposts && refs.some((r) => r.type === 'retweeted')) return false;
    if (filters.hideReplies && refs.some((r) => r.type === 'replied_to')) return false;
    if (filters.onlyLinks && p.entities.urls.length === 0) return false;
    if (filters.onlyMedia && p.mediaKeys.length === 0) return false;
    if (lang && !isInLanguage(p.lang, lang)) return false;
    if (mutedAccounts.size > 0) {
      const author = usersById[p.authorId]?.username;
      if (author && mutedAccounts.has(author.toLowerCase())) return false;
    }
    if (muted && muted.test(decodeXEscapes(p.text))) return false;
    return true;
  });
}

/**
 * The query X receives for a search column: its query, then its filters as operators (those the
 * query already has are not repeated). X applies AND before OR, so `a OR b -is:retweet` would
 * filter b alone: a query with a top-level OR is grouped first. Main sends this string and the
 * column settings measure it, so both count the same characters.
 */
export function searchQueryWithFilters(query: string, filters: Partial<ColumnFilters>): string {
  const base = query.trim();
  const padded = ` ${base} `;
  const extra = filtersToOperators(filters).filter((op) => !padded.includes(` ${op} `));
  if (extra.length === 0) return base;
  const grouped = /\bOR\b/.test(base) && !groupedWhole(base) ? `(${base})` : base;
  return [grouped, ...extra].filter((part) => part !== '').join(' ');
}

/** Whether the first parenthesis closes at the very end: "(a OR b)" yes, "(a) OR (b)" no. */
function groupedWhole(query: string): boolean {
  if (!query.startsWith('(')) return false;
  let depth = 0;
  for (let i = 0; i < query.length; i++) {
    if (query[i] === '(') depth++;
    else if (query[i] === ')' && --depth === 0) return i === query.length - 1;
  }
  return false;
}
