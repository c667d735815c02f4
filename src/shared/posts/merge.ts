import { MAX_POSTS_PER_COLUMN } from '../columns/limits';
import { compareIds, newestFirst } from './ids';
import { PostTable } from './post-table';

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
  cap: number = MAX_POSTS_PER_COLUMN,
): readonly string[] {
  const limit = Math.max(0, Math.floor(cap));
  // A binary search of the column per incoming id, not a Set of the whole column: a page is
  // small and the column up to 2,000 long.
  const seen = new Set<string>();
  const fresh: string[] = [];
  for (const id of incoming) {
    if (seen.has(id) || listsPost(existing, id)) continue;
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
  referenced?: ReadonlyArray<{ id: string; type?: string }>;
}

/**
 * The renderer's one copy of every post it shows: posts by id, and each column as a list of ids,
 * newest first. A post shown in several columns is stored once. A post is kept while a column
 * lists it, or a listed post references it, or the original a listed repost shows references it
 * (the card of a repost shows that original's context); anything else is dropped, so memory
 * stays bounded by the columns' caps.
 *
 * Every function returns a new store and leaves its argument untouched. Merging a page costs time
 * in proportion to the page and the column, plus one copy of the posts table (a plain object, so
 * that any side can read it); feed it a page of posts at a time, not post by post.
 */
export interface PostStore<P extends StoredPost> {
  postsById: PostTable<P>;
  columnIds: Readonly<Record<string, readonly string[]>>;
}

export function emptyPostStore<P extends StoredPost>(): PostStore<P> {
  return { postsById: PostTable.empty(), columnIds: {} };
}

/** Whether a column (newest first, as this module keeps it) lists `id`: a binary search. */
export function listsPost(ids: readonly string[], id: string): boolean {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const order = compareIds(ids[mid]!, id);
    if (order === 0) return true;
    // Newest first: a newer id than the one sought means it lies further down.
    if (order > 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function listedAnywhere(columnIds: PostStore<StoredPost>['columnIds'], id: string): boolean {
  for (const column in columnIds) if (listsPost(columnIds[column]!, id)) return true;
  return false;
}

/**
 * The ids a shown post keeps in the store: what it references, and when it is a repost, what
 * the reposted original references (the card shows the original's context).
 */
function keptRefIds<P extends StoredPost>(
  post: P,
  lookup: (id: string) => P | undefined,
  out: Set<string>,
): void {
  for (const ref of post.referenced ?? []) {
    out.add(ref.id);
    if (ref.type !== 'retweeted') continue;
    for (const inner of lookup(ref.id)?.referenced ?? []) out.add(inner.id);
  }
}

export interface MergeOptions<P> {
  cap?: number;
  /** Posts the merged ones quote, reply to or repost (X's includes.tweets): stored, not listed. */
  related?: readonly P[];
  /** The column becomes exactly `posts` (capped) rather than gaining them. */
  replace?: boolean;
}

/** A new store, and what changed in its posts table (for tables kept beside it). */
export interface StoreChange<P extends StoredPost> {
  store: PostStore<P>;
  /** Posts written: new to the store, or fresher copies of stored ones. */
  written: readonly P[];
  /** Posts the store no longer holds: nothing lists them, nothing shown references them. */
  dropped: readonly P[];
}

/**
 * Writes `writes` into the store's posts and drops the `candidates` that no column lists and no
 * shown post keeps. Only candidates are looked at: the posts that an edit of a column may have
 * left unwanted (those it stopped listing, and what they referenced).
 */
function commit<P extends StoredPost>(
  store: PostStore<P>,
  columnIds: PostStore<P>['columnIds'],
  writes: ReadonlyMap<string, P>,
  candidates: Set<string>,
): StoreChange<P> {
  const old = store.postsById;
  const lookup = (id: string) => writes.get(id) ?? old.get(id);
  for (const id of candidates) {
    if (lookup(id) === undefined || listedAnywhere(columnIds, id)) candidates.delete(id);
  }
  if (candidates.size > 0) {
    // Still referenced by a post some column shows? Read-only, and stops once all are settled.
    const refs = new Set<string>();
    scan: for (const column in columnIds) {
      for (const id of columnIds[column]!) {
        const post = lookup(id);
        if (!post?.referenced?.length) continue;
        refs.clear();
        keptRefIds(post, lookup, refs);
        for (const ref of refs) candidates.delete(ref);
        if (candidates.size === 0) break scan;
      }
    }
  }
  const dropped: P[] = [];
  for (const id of candidates) {
    const post = old.get(id);
    if (post) dropped.push(post);
  }
  const written = [...writes.values()].filter((p) => !candidates.has(p.id));
  const postsById = written.length > 0 || candidates.size > 0 ? old.with(written, candidates) : old;
  const unchanged = postsById === old && columnIds === store.columnIds;
  return {
    store: unchanged ? store : { ...store, postsById, columnIds },
    written,
    dropped,
  };
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/** The ids of `before` that `after` no longer lists. */
function unlisted(
  before: readonly string[],
  after: readonly string[],
  replaced: boolean,
): string[] {
  if (replaced) return before.filter((id) => !listsPost(after, id));
  // A merge keeps the newest of old and new: what it pushed out is the old tail past its last.
  const last = after.at(-1);
  let from = before.length;
  while (from > 0 && (last === undefined || compareIds(before[from - 1]!, last) < 0)) from--;
  return before.slice(from);
}

/**
 * Stores `posts` and lists them in column `columnId`, newest first, without duplicates; says
 * which posts were written and which dropped. Of `related`, only the posts that a listed post of
 * the page references are stored (or fresher copies of stored ones). Posts the cap (or a
 * replace) pushed out of the column are dropped unless another column lists them or a shown post
 * references them, and so is what only they referenced. A post of the page too old for a full
 * column is not stored, unless the store holds it already (then it is refreshed).
 */
export function mergePage<P extends StoredPost>(
  store: PostStore<P>,
  columnId: string,
  posts: readonly P[],
  options: MergeOptions<P> = {},
): StoreChange<P> {
  const before = store.columnIds[columnId] ?? [];
  const merged = mergeNewestFirst(
    options.replace ? [] : before,
    posts.map((p) => p.id),
    options.cap,
  );
  const ids = merged !== before && sameList(merged, before) ? before : merged;
  const columnIds =
    ids === store.columnIds[columnId] ? store.columnIds : { ...store.columnIds, [columnId]: ids };

  const old = store.postsById;
  const stored = (id: string) => old.has(id);
  const related = new Map((options.related ?? []).map((p) => [p.id, p]));
  const lookup = (id: string) => related.get(id) ?? old.get(id);

  // What the page's listed posts keep: their references (and their reposted originals').
  const kept = new Set<string>();
  const listedHere = (id: string) => listsPost(ids, id);
  for (const p of posts) {
    if (listedHere(p.id) || (stored(p.id) && listedAnywhere(columnIds, p.id))) {
      keptRefIds(p, lookup, kept);
    }
  }
  const writes = new Map<string, P>();
  const write = (p: P) => {
    if (old.get(p.id) !== p) writes.set(p.id, p);
    else writes.delete(p.id);
  };
  for (const r of related.values()) if (kept.has(r.id) || stored(r.id)) write(r);
  for (const p of posts) if (listedHere(p.id) || stored(p.id)) write(p);

  // Posts this column no longer lists, and what they kept: dropped unless still wanted.
  const candidates = new Set<string>();
  const current = (id: string) => writes.get(id) ?? old.get(id);
  for (const id of unlisted(before, ids, options.replace === true)) {
    candidates.add(id);
    for (const copy of [old.get(id), writes.get(id)]) {
      if (copy) keptRefIds(copy, current, candidates);
    }
  }
  return commit(store, columnIds, writes, candidates);
}

/** Stores `posts` and lists them in column `columnId`, newest first, without duplicates. */
export function mergeIntoColumn<P extends StoredPost>(
  store: PostStore<P>,
  columnId: string,
  posts: readonly P[],
  options: MergeOptions<P> = {},
): PostStore<P> {
  return mergePage(store, columnId, posts, options).store;
}

/**
 * Stores the context of posts the store shows (X's answer for one post asked for itself): fresher
 * copies of `posts` the store holds, and the `referenced` posts that those reference. A post the
 * store no longer holds (its column moved on meanwhile) keeps nothing.
 */
export function addContext<P extends StoredPost>(
  store: PostStore<P>,
  posts: readonly P[],
  referenced: readonly P[],
): StoreChange<P> {
  const old = store.postsById;
  const held = posts.filter((p) => old.has(p.id));
  const byId = new Map(referenced.map((p) => [p.id, p]));
  const kept = new Set<string>();
  for (const p of held) keptRefIds(p, (id) => byId.get(id) ?? old.get(id), kept);
  const writes = new Map<string, P>();
  for (const r of referenced) {
    if ((kept.has(r.id) || old.has(r.id)) && old.get(r.id) !== r) writes.set(r.id, r);
  }
  for (const p of held) if (old.get(p.id) !== p) writes.set(p.id, p);
  return commit(store, store.columnIds, writes, new Set());
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

/** Drops every post that no column lists and no shown post references. Walks the whole store. */
export function pruneUnreferenced<P extends StoredPost>(store: PostStore<P>): PostStore<P> {
  const keep = new Set<string>();
  const lookup = (id: string) => store.postsById.get(id);
  for (const ids of Object.values(store.columnIds)) {
    for (const id of ids) {
      keep.add(id);
      const post = lookup(id);
      if (post) keptRefIds(post, lookup, keep);
    }
  }
  const removed = [...store.postsById.keys()].filter((id) => !keep.has(id));
  return removed.length > 0 ? { ...store, postsById: store.postsById.with([], removed) } : store;
}
