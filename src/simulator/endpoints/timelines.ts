import { DEPTH, MAX_RESULTS } from '../paging';
import { TWEET_EXPANSIONS, TWEET_PARAMS, checkId, type QuerySpec } from '../params';
import { forbidden, notFoundAnswer } from '../problems';
import type { SimPost } from '../world/types';
import { withQuery, type ApiContext, type Handler } from './context';
import { pageOfPosts } from './tweet-answers';

const PAGING = [
  'since_id',
  'until_id',
  'max_results',
  'pagination_token',
  'start_time',
  'end_time',
] as const;

const spec = (routeId: string, extra: readonly string[]): QuerySpec => ({
  params: [...extra, ...TWEET_PARAMS],
  expansions: TWEET_EXPANSIONS,
  maxResults: MAX_RESULTS[routeId],
});

const USER_TWEETS = 'GET /2/users/:id/tweets';
const MENTIONS = 'GET /2/users/:id/mentions';
const HOME = 'GET /2/users/:id/timelines/reverse_chronological';
const LIST_TWEETS = 'GET /2/lists/:id/tweets';

function excluding(posts: SimPost[], exclude: Set<string>): SimPost[] {
  return posts.filter(
    (p) =>
      !(exclude.has('replies') && p.references.some((r) => r.type === 'replied_to')) &&
      !(exclude.has('retweets') && p.references.some((r) => r.type === 'retweeted')),
  );
}

function userTimeline(
  ctx: ApiContext,
  routeId: string,
  extra: readonly string[],
  select: (userId: string) => SimPost[],
): ReturnType<Handler> {
  const id = ctx.path.id!;
  return withQuery(ctx, spec(routeId, extra), [checkId('id', id)], (q) => {
    const user = ctx.world.user(id);
    if (!user) return notFoundAnswer('user', 'id', id);
    const posts = excluding(select(user.id), q.exclude).slice(0, DEPTH[routeId]);
    return pageOfPosts(ctx, q, posts, 'timeline', 'pagination_token');
  });
}

export const getUserTweets: Handler = (ctx) =>
  userTimeline(ctx, USER_TWEETS, [...PAGING, 'exclude'], (userId) =>
    ctx.world.timeline(ctx.now).filter((p) => p.authorId === userId),
  );

export const getMentions: Handler = (ctx) =>
  userTimeline(ctx, MENTIONS, PAGING, (userId) => {
    const username = ctx.world.user(userId)!.username.toLowerCase();
    return ctx.world
      .timeline(ctx.now)
      .filter(
        (p) =>
          p.authorId !== userId &&
          p.entities.mentions.some((m) => m.username.toLowerCase() === username),
      );
  });

export const getHomeTimeline: Handler = (ctx) => {
  if (ctx.caller.kind === 'user' && ctx.path.id !== ctx.caller.userId) {
    return forbidden(
      'You can only request the reverse chronological timeline of the authenticating user.',
    );
  }
  return userTimeline(ctx, HOME, [...PAGING, 'exclude'], (userId) => {
    const following = new Set(ctx.world.user(userId)!.followingIds);
    return ctx.world
      .timeline(ctx.now)
      .filter((p) => p.authorId === userId || following.has(p.authorId));
  });
};

export const getListTweets: Handler = (ctx) => {
  const id = ctx.path.id!;
  return withQuery(
    ctx,
    { ...spec(LIST_TWEETS, ['max_results', 'pagination_token']) },
    [checkId('id', id)],
    (q) => {
      const list = ctx.world.list(id);
      if (!list) return notFoundAnswer('list', 'id', id);
      const members = new Set(list.memberIds);
      const posts = ctx.world
        .timeline(ctx.now)
        .filter((p) => members.has(p.authorId))
        .slice(0, DEPTH[LIST_TWEETS]);
      return pageOfPosts(ctx, q, posts, 'list', 'pagination_token');
    },
  );
};
