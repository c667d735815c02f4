import type { Post } from '../../../shared/x/types';

/** The post an entry shows: the original of a plain repost, else the entry itself. */
const shownIdOf = (post: Post | undefined, id: string): string =>
  post?.referenced.find((r) => r.type === 'retweeted')?.id ?? id;

const memo = new WeakMap<readonly string[], readonly string[]>();

/**
 * A column's entries with each post shown once: a post and its reposts, or several reposts of
 * one post, keep only the newest entry. The same array for the same ids (a post's references
 * never change), and the ids themselves when nothing repeats, so selectors stay stable.
 */
export function uniqueShown(
  ids: readonly string[],
  postsById: Readonly<Record<string, Post | undefined>>,
): readonly string[] {
  const known = memo.get(ids);
  if (known) return known;
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const id of ids) {
    const shown = shownIdOf(postsById[id], id);
    if (seen.has(shown)) continue;
    seen.add(shown);
    kept.push(id);
  }
  const result = kept.length === ids.length ? ids : kept;
  memo.set(ids, result);
  return result;
}
