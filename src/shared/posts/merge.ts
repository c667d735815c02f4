import { compareIds, newestFirst } from './ids';

/** A column keeps at most this many posts; older ones fall off the end. */
export const COLUMN_CAP = 2000;

/**
 * Merges `incoming` ids into a column's ids. `existing` must already be newest-first without
 * duplicates (what this function returns); `incoming` may be in any order and repeat itself or
 * `existing`. O(n + k log k) for n existing and k incoming ids.
 *
 * Returns `existing` itself when nothing changes, so a renderer can skip the re-render.
 */
export function mergeNewestFirst(
  existing: readonly string[],
  incoming: readonly string[],
  cap: number = COLUMN_CAP,
): readonly string[] {
  const limit = Math.max(0, Math.floor(cap));
  const seen = new Set(existing);
  const fresh: string[] = [];
  for (const id of incoming) {
    if (seen.has(id)) continue;
    seen.add(id);
    fresh.push(id);
  }
  if (fresh.length === 0 && existing.length <= limit) return existing;
  fresh.sort(newestFirst);

  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (out.length < limit && (i < existing.length || j < fresh.length)) {
    const a = existing[i];
    const b = fresh[j];
    if (b === undefined || (a !== undefined && compareIds(a, b) > 0)) {
      out.push(a as string);
      i++;
    } else {
      out.push(b);
      j++;
    }
  }
  return out;
}

interface StoredPost {
  id: string;
  /** The posts this one quotes, replies to or reposts: kept while this one is shown. */
  referenced?: ReadonlyArray<{ id: string }>;
}

/**
 * The renderer's one copy of every post it shows: posts by id, and each column as a list of ids,
 * newest first. A post shown in several columns is stored once; a post no column shows (nor any
 * shown post quotes or reposts) is dropped, so memory stays bounded by the columns' caps.
 *
 * Every function returns a new store and leaves its argument untouched. Each costs time linear in
 * the store's size, so feed it a page of posts at a time, not post by post.
 */
export interface PostStore<P extends StoredPost> {
  postsById: Readonly<Record<string, P>>;
  columnIds: Readonly<Record<string, readonly string[]>>;
}

export function emptyPostStore<P extends StoredPost>(): PostStore<P> {
  return { postsById: {}, columnIds: {} };
}

/** Adds posts, or replaces stored ones with fresher copies (new counts, edited text). */
export function upsertPosts<P extends StoredPost>(
  store: PostStore<P>,
  posts: readonly P[],
): PostStore<P> {
  if (posts.length === 0) return store;
  const postsById: Record<string, P> = { ...store.postsById };
  for (const p of posts) postsById[p.id] = p;
  return { ...store, postsById };
}

export interface MergeOptions<P> {
  cap?: number;
  /** Posts the merged ones quote, reply to or repost (X's includes.tweets): stored, not listed. */
  related?: readonly P[];
}

/** Stores `posts` and lists them in column `columnId`, newest first, without duplicates. */
export function mergeIntoColumn<P extends StoredPost>(
  store: PostStore<P>,
  columnId: string,
  posts: readonly P[],
  options: MergeOptions<P> = {},
): PostStore<P> {
  const before = store.columnIds[columnId] ?? [];
  const ids = mergeNewestFirst(
    before,
    posts.map((p) => p.id),
    options.cap,
  );
  const related = options.related ?? [];
  const withPosts = upsertPosts(store, related.length ? [...related, ...posts] : posts);
  const next: PostStore<P> = {
    postsById: withPosts.postsById,
    columnIds:
      ids === store.columnIds[columnId] ? store.columnIds : { ...store.columnIds, [columnId]: ids },
  };
  // Pruning walks the whole store: only worth it when the cap pushed posts out of the column or
  // related posts came in (some may be referenced by nothing the column keeps).
  const listed = new Set(ids);
  const dropped =
    related.length > 0 ||
    before.some((id) => !listed.has(id)) ||
    posts.some((p) => !listed.has(p.id));
  return dropped ? pruneUnreferenced(next) : next;
}

/** Empties a column (it stays in the store) and drops posts nothing else shows. */
export function clearColumn<P extends StoredPost>(
  store: PostStore<P>,
  columnId: string,
): PostStore<P> {
  if (!store.columnIds[columnId]?.length) return store;
  return pruneUnreferenced({ ...store, columnIds: { ...store.columnIds, [columnId]: [] } });
}

/** Forgets a column and drops posts nothing else shows. */
export function removeColumn<P extends StoredPost>(
  store: PostStore<P>,
  columnId: string,
): PostStore<P> {
  if (!(columnId in store.columnIds)) return store;
  const columnIds = { ...store.columnIds };
  delete columnIds[columnId];
  return pruneUnreferenced({ ...store, columnIds });
}

/** Drops every post that no column lists and no listed post references. */
export function pruneUnreferenced<P extends StoredPost>(store: PostStore<P>): PostStore<P> {
  const keep = new Set<string>();
  for (const ids of Object.values(store.columnIds)) {
    for (const id of ids) {
      keep.add(id);
      for (const ref of store.postsById[id]?.referenced ?? []) keep.add(ref.id);
    }
  }
  const postsById: Record<string, P> = {};
  let removed = false;
  for (const [id, post] of Object.entries(store.postsById)) {
    if (keep.has(id)) postsById[id] = post;
    else removed = true;
  }
  return removed ? { ...store, postsById } : store;
}

/** The same operations as actions, for a reducer-style store (zustand, useReducer). */
export type PostStoreAction<P> =
  | { type: 'upsert'; posts: readonly P[] }
  | { type: 'merge'; columnId: string; posts: readonly P[]; related?: readonly P[]; cap?: number }
  | { type: 'clear'; columnId: string }
  | { type: 'remove'; columnId: string }
  | { type: 'prune' };

export function postStoreReducer<P extends StoredPost>(
  store: PostStore<P>,
  action: PostStoreAction<P>,
): PostStore<P> {
  switch (action.type) {
    case 'upsert':
      return upsertPosts(store, action.posts);
    case 'merge':
      return mergeIntoColumn(store, action.columnId, action.posts, {
        cap: action.cap,
        related: action.related,
      });
    case 'clear':
      return clearColumn(store, action.columnId);
    case 'remove':
      return removeColumn(store, action.columnId);
    case 'prune':
      return pruneUnreferenced(store);
  }
}
