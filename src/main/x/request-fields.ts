/**
 * The fields Timedeck asks X for on every read of posts or users. X sends only `id` and `text`
 * unless asked, and one request that carries authors, quoted posts and media is cheaper than
 * looking each of them up later.
 */

export const TWEET_FIELDS = [
  'id',
  'text',
  'created_at',
  'author_id',
  'conversation_id',
  'in_reply_to_user_id',
  'referenced_tweets',
  'entities',
  'public_metrics',
  'lang',
  'attachments',
  'note_tweet',
].join(',');

export const USER_FIELDS = [
  'id',
  'name',
  'username',
  'profile_image_url',
  'description',
  'verified',
  'protected',
  'public_metrics',
].join(',');

export const MEDIA_FIELDS = [
  'media_key',
  'type',
  'url',
  'preview_image_url',
  'width',
  'height',
  'alt_text',
  'duration_ms',
].join(',');

/**
 * Timelines and searches expand authors and media, not the posts a post replies to or quotes:
 * X bills those as reads too, for context the user may never open. A card loads its context on
 * demand with post(id), which does expand it (and posts the store already holds cost nothing).
 */
export const TWEET_EXPANSIONS = ['author_id', 'attachments.media_keys'].join(',');

export const CONTEXT_EXPANSIONS = [
  'author_id',
  'referenced_tweets.id',
  'referenced_tweets.id.author_id',
  'attachments.media_keys',
].join(',');

export const LIST_FIELDS = ['id', 'name', 'description', 'private', 'member_count'].join(',');

/** Query parameters for timelines and searches: the posts, their authors and media. */
export const POST_READ_FIELDS = {
  'tweet.fields': TWEET_FIELDS,
  'user.fields': USER_FIELDS,
  'media.fields': MEDIA_FIELDS,
  expansions: TWEET_EXPANSIONS,
} as const;

/** Query parameters for one post asked for itself, with what it replies to or quotes. */
export const POST_WITH_CONTEXT_FIELDS = {
  ...POST_READ_FIELDS,
  expansions: CONTEXT_EXPANSIONS,
} as const;

/** Query parameters for any endpoint that answers with users. */
export const USER_READ_FIELDS = { 'user.fields': USER_FIELDS } as const;
