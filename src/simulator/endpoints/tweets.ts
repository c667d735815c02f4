import { renderTweet, tweetIncludes } from '../fields';
import { TWEET_EXPANSIONS, TWEET_PARAMS, checkId } from '../params';
import { notFoundAnswer } from '../problems';
import { ok, withQuery, type Handler } from './context';

export const getTweet: Handler = (ctx) => {
  const id = ctx.path.id!;
  return withQuery(
    ctx,
    { params: TWEET_PARAMS, expansions: TWEET_EXPANSIONS },
    [checkId('id', id)],
    (q) => {
      const post = ctx.world.post(id, ctx.now);
      if (!post) return notFoundAnswer('tweet', 'id', id);
      const rendered = tweetIncludes([post], ctx.view, q.fields);
      return ok({ data: renderTweet(post, ctx.view, q.fields.tweet), ...rendered });
    },
  );
};
