import { z } from 'zod';

/**
 * X's response bodies, as far as Timedeck reads them. Lenient where X is (optional fields,
 * unknown fields dropped), strict where Timedeck depends on a field, so that a malformed answer
 * becomes an 'unavailable' error rather than a broken column.
 */

const span = { start: z.number(), end: z.number() };

const RawEntities = z
  .object({
    mentions: z.array(z.object({ ...span, username: z.string(), id: z.string().optional() })),
    hashtags: z.array(z.object({ ...span, tag: z.string() })),
    cashtags: z.array(z.object({ ...span, tag: z.string() })),
    urls: z.array(
      z.object({
        ...span,
        url: z.string(),
        expanded_url: z.string().optional(),
        display_url: z.string().optional(),
        media_key: z.string().optional(),
      }),
    ),
  })
  .partial();
export type RawEntities = z.infer<typeof RawEntities>;

export const RawTweet = z.object({
  id: z.string(),
  text: z.string(),
  created_at: z.string(),
  author_id: z.string(),
  conversation_id: z.string().optional(),
  in_reply_to_user_id: z.string().optional(),
  referenced_tweets: z
    .array(z.object({ type: z.enum(['replied_to', 'quoted', 'retweeted']), id: z.string() }))
    .optional(),
  entities: RawEntities.optional(),
  public_metrics: z
    .object({
      retweet_count: z.number(),
      reply_count: z.number(),
      like_count: z.number(),
      quote_count: z.number(),
      bookmark_count: z.number().optional(),
      impression_count: z.number().optional(),
    })
    .optional(),
  lang: z.string().optional(),
  attachments: z.object({ media_keys: z.array(z.string()).optional() }).optional(),
  /** The full text of a long post; `text` then holds only its first 280 characters. */
  note_tweet: z.object({ text: z.string(), entities: RawEntities.optional() }).optional(),
});
export type RawTweet = z.infer<typeof RawTweet>;

export const RawUser = z.object({
  id: z.string(),
  name: z.string(),
  username: z.string(),
  profile_image_url: z.string().optional(),
  description: z.string().optional(),
  verified: z.boolean().optional(),
  protected: z.boolean().optional(),
  public_metrics: z
    .object({
      followers_count: z.number(),
      following_count: z.number(),
      tweet_count: z.number(),
      listed_count: z.number(),
    })
    .optional(),
});
export type RawUser = z.infer<typeof RawUser>;

export const RawMedia = z.object({
  media_key: z.string(),
  type: z.enum(['photo', 'video', 'animated_gif']),
  url: z.string().optional(),
  preview_image_url: z.string().optional(),
  width: z.number().optional(),
  height: z.number().optional(),
  alt_text: z.string().optional(),
  duration_ms: z.number().optional(),
});
export type RawMedia = z.infer<typeof RawMedia>;

export const RawList = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  private: z.boolean().optional(),
  member_count: z.number().optional(),
});
export type RawList = z.infer<typeof RawList>;

/** An error inside a 200 answer: a post that is gone, a user who is suspended, ... */
export const RawPartialError = z.object({
  type: z.string().optional(),
  title: z.string().optional(),
  detail: z.string().optional(),
  resource_type: z.string().optional(),
  resource_id: z.string().optional(),
});
export type RawPartialError = z.infer<typeof RawPartialError>;

const Includes = z
  .object({
    users: z.array(RawUser).optional(),
    tweets: z.array(RawTweet).optional(),
    media: z.array(RawMedia).optional(),
  })
  .optional();

const Errors = z.array(RawPartialError).optional();

export const RawTweetList = z.object({
  data: z.array(RawTweet).optional(), // absent when nothing matched
  includes: Includes,
  errors: Errors,
  meta: z
    .object({
      result_count: z.number().optional(),
      newest_id: z.string().optional(),
      oldest_id: z.string().optional(),
      next_token: z.string().optional(),
    })
    .optional(),
});
export type RawTweetList = z.infer<typeof RawTweetList>;

export const RawSingleTweet = z.object({
  data: RawTweet.optional(),
  includes: Includes,
  errors: Errors,
});
export type RawSingleTweet = z.infer<typeof RawSingleTweet>;

export const RawSingleUser = z.object({ data: RawUser.optional(), errors: Errors });

export const RawListList = z.object({
  data: z.array(RawList).optional(),
  errors: Errors,
  meta: z.object({ next_token: z.string().optional() }).optional(),
});

export const RawCreatedTweet = z.object({ data: z.object({ id: z.string(), text: z.string() }) });
export const RawDeleted = z.object({ data: z.object({ deleted: z.boolean() }) });
export const RawRetweeted = z.object({ data: z.object({ retweeted: z.boolean() }) });
export const RawLiked = z.object({ data: z.object({ liked: z.boolean() }) });
