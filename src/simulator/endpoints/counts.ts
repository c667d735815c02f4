import type { QuerySpec } from '../params';
import { withQuery, ok, type Handler } from './context';
import { isQueryRefusal, matchingPosts, parsedSearchQuery } from './search';

const UNIT_MS = { minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;
const SEVEN_DAYS = 7 * UNIT_MS.day;
/** X's default end_time: 30 seconds ago, as for recent search. */
const END_LAG_MS = 30_000;

const COUNTS_QUERY: QuerySpec = {
  params: [
    'query',
    'start_time',
    'end_time',
    'since_id',
    'until_id',
    'next_token',
    'pagination_token',
    'granularity',
    'search_count.fields',
  ],
  recentWindow: true,
};

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * GET /2/tweets/counts/recent: how many posts of the last seven days match a query, in buckets
 * of a minute, an hour (X's default) or a day. Buckets are aligned to the UTC unit: the first
 * starts at start_time and the last ends at end_time, as X answers. The query is parsed as
 * search parses it (operators, X's 512-character self-serve limit) and matched against the same
 * posts, reposts left out of keyword queries.
 */
export const getRecentCounts: Handler = (ctx) =>
  withQuery(ctx, COUNTS_QUERY, [], (q) => {
    const ast = parsedSearchQuery(ctx, q.query!);
    if (isQueryRefusal(ast)) return ast;
    const unit = UNIT_MS[q.granularity ?? 'hour'];
    const end = q.endTime ?? ctx.now - END_LAG_MS;
    const start = q.startTime ?? end - SEVEN_DAYS;
    const posts = matchingPosts(ctx, ast).filter(
      (p) =>
        p.createdAt >= start &&
        p.createdAt < end &&
        (q.sinceId === undefined || BigInt(p.id) > q.sinceId) &&
        (q.untilId === undefined || BigInt(p.id) < q.untilId),
    );
    const buckets: Array<{ end: string; start: string; tweet_count: number }> = [];
    const index = new Map<number, number>();
    for (let from = start; from < end;) {
      const to = Math.min(end, (Math.floor(from / unit) + 1) * unit);
      index.set(Math.floor(from / unit), buckets.length);
      buckets.push({ end: iso(to), start: iso(from), tweet_count: 0 });
      from = to;
    }
    for (const p of posts) buckets[index.get(Math.floor(p.createdAt / unit))!]!.tweet_count++;
    return ok({ data: buckets, meta: { total_tweet_count: posts.length } });
  });
