import type { Post } from '../../../shared/x/types';

/**
 * The post a card shows for `post`: the reposted original when `post` is a plain repost (and
 * the original came with it), else `post` itself. Actions (reply, like, open) act on that one.
 */
export function shownPost(
  post: Post,
  postsById: Readonly<Record<string, Post | undefined>>,
): { shown: Post; repostedBy: string | null } {
  const ref = post.referenced.find((r) => r.type === 'retweeted');
  const original = ref ? postsById[ref.id] : undefined;
  return original
    ? { shown: original, repostedBy: post.authorId }
    : { shown: post, repostedBy: null };
}
