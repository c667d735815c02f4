import { MAX_RESULTS } from '../paging';
import { TWEET_EXPANSIONS, TWEET_PARAMS, type QuerySpec } from '../params';
import { invalidRequest, type ApiAnswer } from '../problems';
import { QueryError } from '../search/errors';
import { matches, type SearchablePost } from '../search/matcher';
import type { QueryNode } from '../search/ast';
import { QUERY_LIMITS, isKeywordQuery, parseQuery } from '../search/parser';
import type { SimPost } from '../world/types';
import type { World } from '../world/world';
import { withQuery, type ApiContext, type Handler } from './context';
import { pageOfPosts } from './tweet-answers';

const SEVEN_DAYS = 7 * 24 * 60 * 60 * 1000;

const SEARCH_QUERY: QuerySpec = {
  params: [
    'query',
    'start_time',
    'end_time',
    'since_id',
    'until_id',
    'max_results',
    'next_token',
    'pagination_token',
    'sort_order',
    ...TWEET_PARAMS,
  ],
  expansions: TWEET_EXPANSIONS,
  maxResults: MAX_RESULTS['GET /2/tweets/search/recent'],
  recentWindow: true,
};

export function searchable(post: SimPost, world: World, now: number): SearchablePost {
  const author = world.user(post.authorId);
  const ref = (type: string) => post.references.find((r) => r.type === type)?.id;
  const retweetedId = ref('retweeted');
  const retweeted = retweetedId ? world.rawPost(retweetedId) : undefined;
  const metrics = world.metrics(post, now);
  return {
    id: post.id,
    text: post.text,
    lang: post.lang,
    authorId: post.authorId,
    authorUsername: author?.username ?? '',
    authorVerified: author?.verified ?? false,
    conversationId: post.conversationId,
    inReplyToUserId: post.inReplyToUserId,
    inReplyToUsername: post.inReplyToUserId
      ? world.user(post.inReplyToUserId)?.username
      : undefined,
    repliedToId: ref('replied_to'),
    retweetedId,
    retweetedAuthorId: retweeted?.authorId,
    retweetedAuthorUsername: retweeted ? world.user(retweeted.authorId)?.username : undefined,
    quotedId: ref('quoted'),
    mentions: post.entities.mentions.map((m) => m.username),
    hashtags: post.entities.hashtags.map((h) => h.tag),
    cashtags: post.entities.cashtags.map((c) => c.tag),
    urls: post.entities.urls.map((u) => ({ url: u.url, expandedUrl: u.expanded_url })),
    mediaTypes: post.mediaKeys.map((k) => world.media(k)?.type ?? 'photo'),
    likes: metrics.like_count,
    replies: metrics.reply_count,
    reposts: metrics.retweet_count,
  };
}

/** The posts of the last seven days a parsed query matches, as recent search and counts see them. */
export function matchingPosts(ctx: ApiContext, ast: QueryNode): SimPost[] {
  // Since May 2026 keyword searches leave reposts out.
  const noReposts = isKeywordQuery(ast);
  const listMembers = (id: string) => ctx.world.list(id)?.memberIds;
  return ctx.world
    .timeline(ctx.now)
    .filter((p) => p.createdAt >= ctx.now - SEVEN_DAYS)
    .filter((p) => !(noReposts && p.references.some((r) => r.type === 'retweeted')))
    .filter((p) => matches(ast, searchable(p, ctx.world, ctx.now), { listMembers }));
}

/** A search query as X parses it (operators, the tier's length limit), or X's 400 for it. */
export function parsedSearchQuery(ctx: ApiContext, query: string): QueryNode | ApiAnswer {
  try {
    return parseQuery(query, QUERY_LIMITS[ctx.tier]);
  } catch (e) {
    if (!(e instanceof QueryError)) throw e;
    return invalidRequest([{ parameters: { query: [query] }, message: e.message }]);
  }
}

/** Whether parsedSearchQuery answered X's 400 instead of a query. */
export const isQueryRefusal = (x: QueryNode | ApiAnswer): x is ApiAnswer => !('type' in x);

export const getRecentSearch: Handler = (ctx) =>
  withQuery(ctx, SEARCH_QUERY, [], (q) => {
    const ast = parsedSearchQuery(ctx, q.query!);
    if (isQueryRefusal(ast)) return ast;
    const posts = matchingPosts(ctx, ast);
    // Recent search takes its page token as next_token or, like the timelines, pagination_token.
    const tokenParam = ctx.query.has('pagination_token') ? 'pagination_token' : 'next_token';
    return pageOfPosts(ctx, q, posts, 'search', tokenParam);
  });
