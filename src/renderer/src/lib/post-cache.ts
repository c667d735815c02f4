import type { ColumnPosts, PostContext } from '../../../shared/columns/content';
import { MAX_POSTS_PER_COLUMN } from '../../../shared/columns/limits';
import {
  addContext,
  listsPost,
  mergePage,
  type PostStore,
  type StoreChange,
} from '../../../shared/posts/merge';
import { PostTable } from '../../../shared/posts/post-table';
import type { Media, Post, XUser } from '../../../shared/x/types';

/**
 * Everything the deck shows, stored once: posts by id, each column as a list of ids (newest
 * first), and the authors and media those posts need. Posts, authors and media that nothing on
 * screen needs any more are dropped, so memory stays bounded by the columns' caps.
 *
 * Every change costs time in proportion to the batch and the column it touches (and one copy of
 * each table it writes to): authors and media are counted by the posts that use them, so none
 * of these functions walks the whole store.
 */
export interface PostCache extends PostStore<Post> {
  usersById: Readonly<Record<string, XUser>>;
  mediaById: Readonly<Record<string, Media>>;
  /** How many stored posts each author wrote: at none, the author is dropped. */
  userUses: Readonly<Record<string, number>>;
  /** How many stored posts carry each media key: at none, the media is dropped. */
  mediaUses: Readonly<Record<string, number>>;
}

export const emptyPostCache = (): PostCache => ({
  postsById: PostTable.empty(),
  columnIds: {},
  usersById: {},
  mediaById: {},
  userUses: {},
  mediaUses: {},
});

type Counts = Map<string, number>;

const bump = (counts: Counts, key: string, by: number) =>
  counts.set(key, (counts.get(key) ?? 0) + by);

/** The uses with the changes applied, and the keys no post uses any more. */
function recount(
  uses: Readonly<Record<string, number>>,
  changes: Counts,
): { uses: Readonly<Record<string, number>>; unused: string[] } {
  const moved = [...changes].filter(([, by]) => by !== 0);
  if (moved.length === 0) return { uses, unused: [] };
  const next = { ...uses };
  const unused: string[] = [];
  for (const [key, by] of moved) {
    const n = (next[key] ?? 0) + by;
    if (n > 0) next[key] = n;
    else {
      delete next[key];
      unused.push(key);
    }
  }
  return { uses: next, unused };
}

/** A side table with fresh entries that some post uses, and without those none uses any more. */
function updateTable<T>(
  table: Readonly<Record<string, T>>,
  incoming: readonly T[],
  keyOf: (item: T) => string,
  uses: Readonly<Record<string, number>>,
  unused: readonly string[],
): Readonly<Record<string, T>> {
  let next: Record<string, T> | null = null;
  const write = () => (next ??= { ...table });
  for (const item of incoming) {
    const key = keyOf(item);
    if ((uses[key] ?? 0) > 0 && table[key] !== item) write()[key] = item;
  }
  for (const key of unused) if (key in table || (next && key in next)) delete write()[key];
  return next ?? table;
}

/** The cache after a change of its post store, with the authors and media that came along. */
function withChange(
  cache: PostCache,
  change: StoreChange<Post>,
  users: readonly XUser[],
  media: readonly Media[],
): PostCache {
  const userChanges: Counts = new Map();
  const mediaChanges: Counts = new Map();
  const count = (post: Post, by: number) => {
    bump(userChanges, post.authorId, by);
    for (const key of post.mediaKeys) bump(mediaChanges, key, by);
  };
  for (const post of change.written) {
    const before = cache.postsById.get(post.id);
    if (before) count(before, -1);
    count(post, 1);
  }
  for (const post of change.dropped) count(post, -1);
  const authors = recount(cache.userUses, userChanges);
  const keys = recount(cache.mediaUses, mediaChanges);
  const usersById = updateTable(cache.usersById, users, (u) => u.id, authors.uses, authors.unused);
  const mediaById = updateTable(cache.mediaById, media, (m) => m.mediaKey, keys.uses, keys.unused);
  const unchanged =
    change.store.postsById === cache.postsById &&
    change.store.columnIds === cache.columnIds &&
    usersById === cache.usersById &&
    mediaById === cache.mediaById;
  if (unchanged) return cache;
  return {
    postsById: change.store.postsById,
    columnIds: change.store.columnIds,
    usersById,
    mediaById,
    userUses: authors.uses,
    mediaUses: keys.uses,
  };
}

export interface AppliedBatch {
  cache: PostCache;
  /** Posts of the batch that the column did not list before (for the "N new posts" pill). */
  added: number;
}

/**
 * Applies one batch from main: `prepend` merges newer posts into the column, `replace` sets
 * the column to exactly the batch (capped). Fresher copies of stored posts replace the old ones.
 */
export function applyColumnPosts(
  cache: PostCache,
  batch: ColumnPosts,
  cap: number = MAX_POSTS_PER_COLUMN,
): AppliedBatch {
  const before = cache.columnIds[batch.columnId] ?? [];
  const change = mergePage(cache, batch.columnId, batch.posts, {
    cap,
    related: batch.referenced,
    replace: batch.mode === 'replace',
  });
  let added = 0;
  if (batch.mode === 'prepend') {
    const after = change.store.columnIds[batch.columnId] ?? [];
    const counted = new Set<string>();
    for (const { id } of batch.posts) {
      if (counted.has(id) || listsPost(before, id) || !listsPost(after, id)) continue;
      counted.add(id);
      added++;
    }
  }
  return { cache: withChange(cache, change, batch.users, batch.media), added };
}

/**
 * Stores what main loaded for one post (a card's "show the post it replies to"): the posts it
 * replies to or quotes, with their authors and media. Every card that references them shows
 * them from then on.
 */
export function applyPostContext(cache: PostCache, context: PostContext): PostCache {
  const change = addContext(cache, context.posts, context.referenced);
  return withChange(cache, change, context.users, context.media);
}

/** Empties a column and drops what nothing else shows. */
export function clearColumnPosts(cache: PostCache, columnId: string): PostCache {
  if (!cache.columnIds[columnId]?.length) return cache;
  return withChange(cache, mergePage(cache, columnId, [], { replace: true }), [], []);
}

/** Forgets the columns that are no longer in any deck. */
export function retainColumns(cache: PostCache, columnIds: ReadonlySet<string>): PostCache {
  let next = cache;
  for (const id of Object.keys(cache.columnIds)) {
    if (columnIds.has(id)) continue;
    const emptied = withChange(next, mergePage(next, id, [], { replace: true }), [], []);
    const { [id]: _gone, ...kept } = emptied.columnIds;
    next = { ...emptied, columnIds: kept };
  }
  return next;
}
