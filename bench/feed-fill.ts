import type { ColumnPosts } from '../src/shared/columns/content';
import { compareIds } from '../src/shared/posts/ids';
import type { Media, Post, XUser } from '../src/shared/x/types';
import { snowflakeId, snowflakeTime } from './snowflake';

/**
 * The world of the simulator brings a few posts an hour, so no column reaches 2,000 posts by
 * polling in a bench's time. This grows real columns to any length with real posts: a column
 * keeps the posts the poller brought, and continues further back in time with copies of posts
 * the deck's columns brought (text, entities, media, authors and quoted posts unchanged), each
 * copy with an id and a time of its own, older than the column's oldest post.
 */

/** Between two copies: far enough apart that the column spans days, as a real one would. */
const COPY_SPACING_MS = 90_000;

/**
 * Every column of `batches` with exactly `perColumn` posts, newest first, as 'replace' batches
 * that carry every referenced post, author and media key their posts need. Pure.
 */
export function fillColumns(batches: readonly ColumnPosts[], perColumn: number): ColumnPosts[] {
  const pool = uniqueById(batches.flatMap((b) => b.posts)).sort((a, b) => compareIds(b.id, a.id));
  if (pool.length === 0) throw new Error('no real posts to fill the columns with');
  const referenced = new Map(batches.flatMap((b) => b.referenced).map((p) => [p.id, p]));
  const users = new Map<string, XUser>(batches.flatMap((b) => b.users).map((u) => [u.id, u]));
  const media = new Map<string, Media>(batches.flatMap((b) => b.media).map((m) => [m.mediaKey, m]));

  return batches.map((batch, column) => {
    const own = [...batch.posts].sort((a, b) => compareIds(b.id, a.id)).slice(0, perColumn);
    const oldest = own.at(-1) ?? pool[0]!;
    const posts: Post[] = [...own];
    let at = snowflakeTime(oldest.id);
    for (let k = 0; posts.length < perColumn; k++) {
      at -= COPY_SPACING_MS;
      posts.push(copyOf(pool[k % pool.length]!, snowflakeId(at, column, k), at));
    }
    const refs = uniqueById(
      posts.flatMap((p) => p.referenced.flatMap((r) => referenced.get(r.id) ?? [])),
    );
    const all = [...posts, ...refs];
    const authorIds = new Set(all.map((p) => p.authorId));
    const mediaKeys = new Set(all.flatMap((p) => p.mediaKeys));
    return {
      columnId: batch.columnId,
      mode: 'replace' as const,
      posts,
      referenced: refs,
      users: [...authorIds].flatMap((id) => users.get(id) ?? []),
      media: [...mediaKeys].flatMap((k) => media.get(k) ?? []),
    };
  });
}

function copyOf(post: Post, id: string, at: number): Post {
  return {
    ...post,
    id,
    createdAt: new Date(at).toISOString(),
    // A post that starts its own conversation starts the copy's.
    ...(post.conversationId === post.id ? { conversationId: id } : {}),
  };
}

function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((i) => [i.id, i])).values()];
}
