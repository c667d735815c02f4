import { MAX_POSTS_PER_COLUMN, type ColumnPosts } from '../../../shared/columns/content';
import {
  clearColumn,
  mergeIntoColumn,
  pruneUnreferenced,
  removeColumn,
  type PostStore,
} from '../../../shared/posts/merge';
import type { Media, Post, XUser } from '../../../shared/x/types';

/**
 * Everything the deck shows, stored once: posts by id, each column as a list of ids (newest
 * first), and the authors and media those posts need. Posts, authors and media that nothing on
 * screen needs any more are dropped, so memory stays bounded by the columns' caps.
 */
export interface PostCache extends PostStore<Post> {
  usersById: Readonly<Record<string, XUser>>;
  mediaById: Readonly<Record<string, Media>>;
}

export const emptyPostCache = (): PostCache => ({
  postsById: {},
  columnIds: {},
  usersById: {},
  mediaById: {},
});

/** Keeps the authors and media of the stored posts; returns the same tables when nothing goes. */
function pruneSideTables(cache: PostCache): PostCache {
  const authors = new Set<string>();
  const media = new Set<string>();
  for (const post of Object.values(cache.postsById)) {
    authors.add(post.authorId);
    for (const key of post.mediaKeys) media.add(key);
  }
  const keep = <T>(table: Readonly<Record<string, T>>, wanted: Set<string>) => {
    const entries = Object.entries(table);
    if (entries.every(([id]) => wanted.has(id))) return table;
    return Object.fromEntries(entries.filter(([id]) => wanted.has(id)));
  };
  const usersById = keep(cache.usersById, authors);
  const mediaById = keep(cache.mediaById, media);
  return usersById === cache.usersById && mediaById === cache.mediaById
    ? cache
    : { ...cache, usersById, mediaById };
}

const byId = <T>(
  table: Readonly<Record<string, T>>,
  items: readonly T[],
  id: (item: T) => string,
): Readonly<Record<string, T>> => {
  if (items.length === 0) return table;
  const next = { ...table };
  for (const item of items) next[id(item)] = item;
  return next;
};

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
  const before = batch.mode === 'replace' ? [] : (cache.columnIds[batch.columnId] ?? []);
  const start: PostStore<Post> = {
    postsById: cache.postsById,
    columnIds:
      batch.mode === 'replace' ? { ...cache.columnIds, [batch.columnId]: [] } : cache.columnIds,
  };
  let store = mergeIntoColumn(start, batch.columnId, batch.posts, {
    cap,
    related: batch.referenced,
  });
  if (batch.mode === 'replace') store = pruneUnreferenced(store);

  const listed = store.columnIds[batch.columnId] ?? [];
  const had = new Set(before);
  const added = batch.mode === 'prepend' ? listed.filter((id) => !had.has(id)).length : 0;

  const next = pruneSideTables({
    postsById: store.postsById,
    columnIds: store.columnIds,
    usersById: byId(cache.usersById, batch.users, (u) => u.id),
    mediaById: byId(cache.mediaById, batch.media, (m) => m.mediaKey),
  });
  return { cache: next, added };
}

/** Empties a column and drops what nothing else shows. */
export function clearColumnPosts(cache: PostCache, columnId: string): PostCache {
  const store = clearColumn(cache, columnId);
  return store === cache ? cache : pruneSideTables({ ...cache, ...store });
}

/** Forgets the columns that are no longer in any deck. */
export function retainColumns(cache: PostCache, columnIds: ReadonlySet<string>): PostCache {
  let store: PostStore<Post> = cache;
  for (const id of Object.keys(cache.columnIds)) {
    if (!columnIds.has(id)) store = removeColumn(store, id);
  }
  return store === cache ? cache : pruneSideTables({ ...cache, ...store });
}
