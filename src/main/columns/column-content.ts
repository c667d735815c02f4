import type { ColumnPosts } from '../../shared/columns/content';
import { MAX_POSTS_PER_COLUMN } from '../../shared/columns/content';
import { compareIds } from '../../shared/posts/ids';
import {
  clearColumn,
  emptyPostStore,
  mergeIntoColumn,
  pruneUnreferenced,
  removeColumn,
  type PostStore,
} from '../../shared/posts/merge';
import type { Media, Post, XUser } from '../../shared/x/types';

/**
 * What main holds of every column: its posts newest first (capped), the posts they reference,
 * and their authors and media, so a batch for the renderer carries all a card needs. Posts
 * nothing shows any more are dropped, with their users and media.
 */
export function createColumnContent() {
  let store: PostStore<Post> = emptyPostStore();
  const users = new Map<string, XUser>();
  const media = new Map<string, Media>();
  /** Posts at or below this id were cleared by the user and do not come back. */
  const clearedUpTo = new Map<string, string>();

  function pruneIncludes() {
    const authors = new Set<string>();
    const keys = new Set<string>();
    for (const post of store.postsById.values()) {
      authors.add(post.authorId);
      post.mediaKeys.forEach((k) => keys.add(k));
    }
    for (const id of users.keys()) if (!authors.has(id)) users.delete(id);
    for (const key of media.keys()) if (!keys.has(key)) media.delete(key);
  }

  function batch(columnId: string, posts: readonly Post[], mode: ColumnPosts['mode']): ColumnPosts {
    const referenced = new Map<string, Post>();
    for (const p of posts) {
      for (const ref of p.referenced) {
        const r = store.postsById.get(ref.id);
        if (r) referenced.set(r.id, r);
      }
    }
    const all = [...posts, ...referenced.values()];
    const authorIds = new Set(all.map((p) => p.authorId));
    const mediaKeys = new Set(all.flatMap((p) => p.mediaKeys));
    return {
      columnId,
      mode,
      posts: [...posts],
      referenced: [...referenced.values()],
      users: [...authorIds].flatMap((id) => users.get(id) ?? []),
      media: [...mediaKeys].flatMap((k) => media.get(k) ?? []),
    };
  }

  return {
    /** Adds a page's posts to a column; returns the ones it did not hold, newest first. */
    add(
      columnId: string,
      posts: readonly Post[],
      includes: { users: readonly XUser[]; posts: readonly Post[]; media: readonly Media[] },
    ): Post[] {
      const cleared = clearedUpTo.get(columnId);
      const held = new Set(store.columnIds[columnId] ?? []);
      const fresh = posts.filter(
        (p) => !held.has(p.id) && (!cleared || compareIds(p.id, cleared) > 0),
      );
      includes.users.forEach((u) => users.set(u.id, u));
      includes.media.forEach((m) => media.set(m.mediaKey, m));
      store = mergeIntoColumn(store, columnId, fresh, {
        cap: MAX_POSTS_PER_COLUMN,
        related: includes.posts,
      });
      const listed = new Set(store.columnIds[columnId]);
      pruneIncludes();
      return fresh.filter((p) => listed.has(p.id)).sort((a, b) => compareIds(b.id, a.id));
    },
    ids: (columnId: string): readonly string[] => store.columnIds[columnId] ?? [],
    newestId: (columnId: string): string | undefined => store.columnIds[columnId]?.[0],
    /** The column's posts (all, or the newest `limit`) as one batch for the renderer. */
    batchOf(
      columnId: string,
      mode: ColumnPosts['mode'],
      limit = MAX_POSTS_PER_COLUMN,
    ): ColumnPosts {
      const ids = (store.columnIds[columnId] ?? []).slice(0, limit);
      return batch(
        columnId,
        ids.flatMap((id) => store.postsById.get(id) ?? []),
        mode,
      );
    },
    batch,
    clear(columnId: string) {
      const newest = store.columnIds[columnId]?.[0];
      if (newest) clearedUpTo.set(columnId, newest);
      store = clearColumn(store, columnId);
      pruneIncludes();
    },
    clearedUpTo: (columnId: string) => clearedUpTo.get(columnId),
    restoreCleared(columnId: string, id: string) {
      clearedUpTo.set(columnId, id);
    },
    /** Keeps only the column's posts that pass `keep` (stricter filters); returns the users known. */
    retain(
      columnId: string,
      keep: (posts: readonly Post[], users: ReadonlyMap<string, XUser>) => readonly Post[],
    ) {
      const ids = store.columnIds[columnId] ?? [];
      const kept = new Set(
        keep(
          ids.flatMap((id) => store.postsById.get(id) ?? []),
          users,
        ).map((p) => p.id),
      );
      if (kept.size === ids.length) return;
      store = pruneUnreferenced({
        ...store,
        columnIds: { ...store.columnIds, [columnId]: ids.filter((id) => kept.has(id)) },
      });
      pruneIncludes();
    },
    forget(columnId: string) {
      store = removeColumn(store, columnId);
      clearedUpTo.delete(columnId);
      pruneIncludes();
    },
    columnIds: () => Object.keys(store.columnIds),
  };
}

export type ColumnContent = ReturnType<typeof createColumnContent>;
