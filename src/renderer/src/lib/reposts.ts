import type { PostLookup } from '../../../shared/posts/post-table';
import type { Entities, Post, XUser } from '../../../shared/x/types';

/** Whether `post` is a plain repost (X's "retweeted" reference), whatever came with it. */
export const isRepost = (post: Pick<Post, 'referenced'>): boolean =>
  post.referenced.some((r) => r.type === 'retweeted');

// X writes a repost as "RT @author: " and the original's text, its entities shifted along.
const RT_PREFIX = /^RT @(\w{1,15}): /;

// Per repost object, so that a store selector answers the same object for the same post.
const fromRepost = new WeakMap<Post, { post: Post; author: XUser } | null>();

/**
 * The original of a plain repost as the repost itself tells it, when the store does not hold
 * it (timelines do not expand it: X bills it as one more read): its id, its author (named by
 * the repost's first mention) and its text and entities without the "RT @author: " prefix.
 * Its metrics, media and what it replies to are not known. Null when `post` is no repost or
 * does not read like one.
 */
export function originalFromRepost(post: Post): { post: Post; author: XUser } | null {
  const known = fromRepost.get(post);
  if (known !== undefined) return known;
  const ref = post.referenced.find((r) => r.type === 'retweeted');
  const prefix = RT_PREFIX.exec(post.text);
  const mention = prefix && post.entities.mentions.find((m) => m.start === 3);
  let found: { post: Post; author: XUser } | null = null;
  if (ref && prefix && mention?.id && mention.username === prefix[1]) {
    const shift = prefix[0].length;
    const move = <T extends { start: number; end: number }>(list: readonly T[]): T[] =>
      list
        .filter((e) => e.start >= shift)
        .map((e) => ({ ...e, start: e.start - shift, end: e.end - shift }));
    const entities: Entities = {
      mentions: move(post.entities.mentions),
      hashtags: move(post.entities.hashtags),
      cashtags: move(post.entities.cashtags),
      urls: move(post.entities.urls),
    };
    found = {
      post: {
        id: ref.id,
        text: post.text.slice(shift),
        createdAt: post.createdAt,
        authorId: mention.id,
        referenced: [],
        entities,
        ...(post.lang ? { lang: post.lang } : {}),
        mediaKeys: [],
      },
      author: { id: mention.id, username: mention.username, name: mention.username },
    };
  }
  fromRepost.set(post, found);
  return found;
}

/**
 * The post a card shows for `post`: the reposted original when `post` is a plain repost (from
 * the store where it holds the original, else as the repost tells it), else `post` itself.
 * Actions (reply, like, open) act on that one.
 */
export function shownPost(
  post: Post,
  postsById: PostLookup<Post>,
): { shown: Post; repostedBy: string | null } {
  const ref = post.referenced.find((r) => r.type === 'retweeted');
  if (!ref) return { shown: post, repostedBy: null };
  const original = postsById.get(ref.id) ?? originalFromRepost(post)?.post;
  return original
    ? { shown: original, repostedBy: post.authorId }
    : { shown: post, repostedBy: null };
}

/**
 * Who wrote the post a card shows: the stored user, or for an original known only from its
 * repost, a stand-in with its username.
 */
export function shownAuthor(
  post: Post,
  shown: Post,
  usersById: Readonly<Record<string, XUser | undefined>>,
): XUser | undefined {
  const stored = usersById[shown.authorId];
  if (stored || shown === post) return stored;
  const told = originalFromRepost(post);
  return told?.post === shown ? told.author : undefined;
}
