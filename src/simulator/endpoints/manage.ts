import twitter from 'twitter-text';
import { checkId } from '../params';
import {
  clientForbidden,
  forbidden,
  invalidRequest,
  notSummoned,
  type ApiAnswer,
  type InvalidParameter,
} from '../problems';
import type { SimPost } from '../world/types';
import { ok, type ApiContext, type Handler } from './context';

/** Fields of X's TweetCreateRequest; anything else is refused as X's schema validator does. */
const CREATE_FIELDS = [
  'card_uri',
  'community_id',
  'direct_message_deep_link',
  'edit_options',
  'for_super_followers_only',
  'geo',
  'media',
  'nullcast',
  'poll',
  'quote_tweet_id',
  'reply',
  'reply_settings',
  'share_with_followers',
  'text',
];

const DUPLICATE_WINDOW_MS = 24 * 60 * 60 * 1000;

function me(ctx: ApiContext): string {
  if (ctx.caller.kind !== 'user') throw new Error('user context required');
  return ctx.caller.userId;
}

function notFound(parameter: string, value: string): ApiAnswer {
  return {
    status: 404,
    problem: true,
    body: {
      title: 'Not Found Error',
      detail: `Could not find tweet with ${parameter}: [${value}].`,
      type: 'https://api.twitter.com/2/problems/resource-not-found',
      parameter,
      value,
      resource_id: value,
      resource_type: 'tweet',
      status: 404,
    },
  };
}

/**
 * Whether `post`'s author summoned `userId`: mentioned them, or quoted one of their posts. Since
 * 2026-02-23 a self-serve app may reply only then (and to the user's own posts).
 */
export function summoned(post: SimPost, userId: string, ctx: ApiContext): boolean {
  if (post.authorId === userId) return true;
  const username = ctx.world.user(userId)?.username.toLowerCase();
  if (post.entities.mentions.some((m) => m.id === userId || m.username.toLowerCase() === username))
    return true;
  return post.references.some(
    (r) => r.type === 'quoted' && ctx.world.rawPost(r.id)?.authorId === userId,
  );
}

export const createTweet: Handler = (ctx) => {
  const userId = me(ctx);
  const body = ctx.body;
  const errors: InvalidParameter[] = Object.keys(body)
    .filter((key) => !CREATE_FIELDS.includes(key))
    .map((key) => ({
      message: `$.${key}: is not defined in the schema and the schema does not allow additional properties`,
    }));
  const text = body.text;
  if (text !== undefined && typeof text !== 'string')
    errors.push({ message: '$.text: string found, expected' });
  const reply = body.reply as Record<string, unknown> | undefined;
  const replyTo = reply?.in_reply_to_tweet_id;
  if (
    reply !== undefined &&
    (typeof replyTo !== 'string' || checkId('in_reply_to_tweet_id', replyTo))
  ) {
    errors.push({
      message: '$.reply.in_reply_to_tweet_id: does not match the regex pattern ^[0-9]{1,19}$',
    });
  }
  const quoteId = body.quote_tweet_id;
  if (
    quoteId !== undefined &&
    (typeof quoteId !== 'string' || checkId('quote_tweet_id', quoteId))
  ) {
    errors.push({ message: '$.quote_tweet_id: does not match the regex pattern ^[0-9]{1,19}$' });
  }
  if (body.media !== undefined) errors.push({ message: 'Your media IDs are invalid.' });
  if (
    typeof text !== 'string' &&
    body.media === undefined &&
    body.poll === undefined &&
    quoteId === undefined
  ) {
    errors.push({ message: '$.text: is missing but it is required' });
  }
  if (typeof text === 'string') {
    const parsed = twitter.parseTweet(text);
    if (text.trim().length === 0) errors.push({ message: '$.text: must not be empty' });
    else if (!parsed.valid) {
      errors.push({
        parameters: { text: [text] },
        message: `Your Post text is too long (${parsed.weightedLength} of 280 weighted characters).`,
      });
    }
  }
  if (errors.length) return invalidRequest(errors);

  const postText = typeof text === 'string' ? text : '';
  let parent: SimPost | undefined;
  if (typeof replyTo === 'string') {
    parent = ctx.world.post(replyTo, ctx.now);
    if (!parent)
      return forbidden('You attempted to reply to a Tweet that is deleted or not visible to you.');
    if (ctx.tier === 'self-serve' && !summoned(parent, userId, ctx)) return notSummoned();
  }
  let quoted: SimPost | undefined;
  if (typeof quoteId === 'string') {
    if (ctx.tier === 'self-serve') return clientForbidden('Quote Posts');
    quoted = ctx.world.post(quoteId, ctx.now);
    if (!quoted)
      return forbidden('You attempted to quote a Tweet that is deleted or not visible to you.');
  }
  const duplicate = ctx.world
    .timeline(ctx.now)
    .some(
      (p) =>
        p.authorId === userId &&
        p.origin === 'api' &&
        ctx.now - p.createdAt < DUPLICATE_WINDOW_MS &&
        p.references.every((r) => r.type !== 'retweeted') &&
        Array.from(p.text).slice(p.displayStart).join('') === postText,
    );
  if (duplicate) return forbidden('You are not allowed to create a Tweet with duplicate content.');

  const post = ctx.world.createPost({
    authorId: userId,
    text: postText,
    at: ctx.now,
    origin: 'api',
    inReplyTo: parent,
    quoteOf: quoted,
  });
  return ok({ data: { id: post.id, text: post.text, edit_history_tweet_ids: [post.id] } }, 201);
};

export const deleteTweet: Handler = (ctx) => {
  const id = ctx.path.id!;
  const problem = checkId('id', id);
  if (problem) return invalidRequest([problem]);
  const post = ctx.world.post(id, ctx.now);
  if (!post) return notFound('id', id);
  if (post.authorId !== me(ctx)) return forbidden('You are not allowed to delete this Tweet.');
  ctx.world.delete(post);
  return ok({ data: { deleted: true } });
};

/** The :id of the manage endpoints must be the signed-in user, as X's UserIdMatchesAuthenticatedUser says. */
function checkSelf(ctx: ApiContext): ApiAnswer | undefined {
  const id = ctx.path.id!;
  const problem = checkId('id', id);
  if (problem) return invalidRequest([problem]);
  if (id !== me(ctx))
    return forbidden('You are not permitted to perform this action on behalf of another user.');
  return undefined;
}

function bodyTweetId(ctx: ApiContext): string | ApiAnswer {
  const tweetId = ctx.body.tweet_id;
  if (typeof tweetId !== 'string')
    return invalidRequest([{ message: '$.tweet_id: is missing but it is required' }]);
  const problem = checkId('tweet_id', tweetId);
  return problem ? invalidRequest([problem]) : tweetId;
}

export const createRetweet: Handler = (ctx) => {
  const refused = checkSelf(ctx);
  if (refused) return refused;
  const tweetId = bodyTweetId(ctx);
  if (typeof tweetId !== 'string') return tweetId;
  const source = ctx.world.post(tweetId, ctx.now);
  if (!source) return notFound('tweet_id', tweetId);
  if (!ctx.world.retweetBy(me(ctx), source.id, ctx.now))
    ctx.world.createRetweet(me(ctx), source, ctx.now);
  return ok({ data: { id: source.id, retweeted: true } });
};

export const deleteRetweet: Handler = (ctx) => {
  const refused = checkSelf(ctx);
  if (refused) return refused;
  const sourceId = ctx.path.source_tweet_id!;
  const problem = checkId('source_tweet_id', sourceId);
  if (problem) return invalidRequest([problem]);
  const retweet = ctx.world.retweetBy(me(ctx), sourceId, ctx.now);
  if (retweet) ctx.world.delete(retweet);
  return ok({ data: { retweeted: false } });
};

export const createLike: Handler = (ctx) => {
  if (ctx.tier === 'self-serve') return clientForbidden('Likes');
  const refused = checkSelf(ctx);
  if (refused) return refused;
  const tweetId = bodyTweetId(ctx);
  if (typeof tweetId !== 'string') return tweetId;
  const post = ctx.world.post(tweetId, ctx.now);
  if (!post) return notFound('tweet_id', tweetId);
  ctx.world.like(me(ctx), post);
  return ok({ data: { liked: true } });
};

export const deleteLike: Handler = (ctx) => {
  if (ctx.tier === 'self-serve') return clientForbidden('Likes');
  const refused = checkSelf(ctx);
  if (refused) return refused;
  const tweetId = ctx.path.tweet_id!;
  const problem = checkId('tweet_id', tweetId);
  if (problem) return invalidRequest([problem]);
  const post = ctx.world.post(tweetId, ctx.now);
  if (post) ctx.world.unlike(me(ctx), post);
  return ok({ data: { liked: false } });
};
