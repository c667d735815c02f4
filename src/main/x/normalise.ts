import type { Entities, Media, Post, PostPage, XList, XUser } from '../../shared/x/types';
import type { RawEntities, RawList, RawMedia, RawTweet, RawTweetList, RawUser } from './x-raw';

/** X's snake_case answers into Timedeck's shapes (src/shared/x/types.ts). */

const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

function entities(e: RawEntities | undefined): Entities {
  return {
    mentions: (e?.mentions ?? []).map((m) => defined({ ...m })),
    hashtags: (e?.hashtags ?? []).map(({ start, end, tag }) => ({ start, end, tag })),
    cashtags: (e?.cashtags ?? []).map(({ start, end, tag }) => ({ start, end, tag })),
    urls: (e?.urls ?? []).map((u) =>
      defined({
        start: u.start,
        end: u.end,
        url: u.url,
        expandedUrl: u.expanded_url,
        displayUrl: u.display_url,
        mediaKey: u.media_key,
      }),
    ),
  };
}

export function toPost(t: RawTweet): Post {
  // A long post's `text` is cut at 280 characters; its note_tweet has the whole of it.
  const note = t.note_tweet;
  const m = t.public_metrics;
  return defined({
    id: t.id,
    text: note?.text ?? t.text,
    createdAt: t.created_at,
    authorId: t.author_id,
    conversationId: t.conversation_id,
    inReplyToUserId: t.in_reply_to_user_id,
    referenced: (t.referenced_tweets ?? []).map(({ type, id }) => ({ type, id })),
    entities: entities(note ? note.entities : t.entities),
    metrics: m
      ? defined({
          replies: m.reply_count,
          reposts: m.retweet_count,
          likes: m.like_count,
          quotes: m.quote_count,
          bookmarks: m.bookmark_count,
          impressions: m.impression_count,
        })
      : undefined,
    lang: t.lang,
    mediaKeys: t.attachments?.media_keys ?? [],
  });
}

export function toUser(u: RawUser): XUser {
  const m = u.public_metrics;
  return defined({
    id: u.id,
    username: u.username,
    name: u.name,
    profileImageUrl: u.profile_image_url,
    description: u.description,
    verified: u.verified,
    protected: u.protected,
    metrics: m
      ? {
          followers: m.followers_count,
          following: m.following_count,
          posts: m.tweet_count,
          listed: m.listed_count,
        }
      : undefined,
  });
}

export function toMedia(m: RawMedia): Media {
  return defined({
    mediaKey: m.media_key,
    type: m.type,
    url: m.url,
    previewImageUrl: m.preview_image_url,
    width: m.width,
    height: m.height,
    altText: m.alt_text,
    durationMs: m.duration_ms,
  });
}

export function toList(l: RawList): XList {
  return defined({
    id: l.id,
    name: l.name,
    description: l.description,
    private: l.private,
    memberCount: l.member_count,
  });
}

export function toPostPage(raw: Pick<RawTweetList, 'data' | 'includes' | 'meta'>): PostPage {
  const posts = (raw.data ?? []).map(toPost);
  return {
    posts,
    includes: {
      users: (raw.includes?.users ?? []).map(toUser),
      posts: (raw.includes?.tweets ?? []).map(toPost),
      media: (raw.includes?.media ?? []).map(toMedia),
    },
    meta: defined({
      resultCount: raw.meta?.result_count ?? posts.length,
      newestId: raw.meta?.newest_id,
      oldestId: raw.meta?.oldest_id,
      nextToken: raw.meta?.next_token,
    }),
  };
}
