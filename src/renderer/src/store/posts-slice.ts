import type { StateCreator } from 'zustand';
import type { ColumnPosts, ColumnSnapshot } from '../../../shared/columns/content';
import { bridge } from '../bridge';
import {
  applyColumnPosts,
  clearColumnPosts,
  emptyPostCache,
  retainColumns,
  type PostCache,
} from '../lib/post-cache';
import type { Store } from './index';

export interface PostsSlice {
  /** Every post the deck shows, stored once (see lib/post-cache.ts). */
  postCache: PostCache;
  /** New posts that arrived while the user was reading further down, per column. */
  pendingNew: Readonly<Record<string, number>>;
  /** Columns scrolled away from their newest post (absent: at the top). */
  scrolledAway: Readonly<Record<string, true>>;
  receivePosts(batch: ColumnPosts): void;
  receiveSnapshot(snapshot: ColumnSnapshot): void;
  loadColumns(): Promise<void>;
  setColumnScrolledAway(columnId: string, away: boolean): void;
  clearColumnPosts(columnId: string): Promise<boolean>;
  /** Forgets the posts of columns no deck has any more. */
  retainColumns(columnIds: ReadonlySet<string>): void;
}

export const createPostsSlice: StateCreator<Store, [], [], PostsSlice> = (set, get) => ({
  postCache: emptyPostCache(),
  pendingNew: {},
  scrolledAway: {},
  receivePosts(batch) {
    set((s) => {
      const { cache, added } = applyColumnPosts(s.postCache, batch);
      const away = s.scrolledAway[batch.columnId] === true;
      if (batch.mode === 'replace') {
        const { [batch.columnId]: _dropped, ...pendingNew } = s.pendingNew;
        return { postCache: cache, pendingNew };
      }
      if (!away || added === 0) return { postCache: cache };
      return {
        postCache: cache,
        pendingNew: {
          ...s.pendingNew,
          [batch.columnId]: (s.pendingNew[batch.columnId] ?? 0) + added,
        },
      };
    });
  },
  receiveSnapshot(snapshot) {
    let cache = emptyPostCache();
    for (const batch of snapshot.posts) {
      cache = applyColumnPosts(cache, { ...batch, mode: 'replace' }).cache;
    }
    set({
      postCache: cache,
      pendingNew: {},
      columnStatuses: Object.fromEntries(snapshot.statuses.map((st) => [st.columnId, st])),
      readMarkers: snapshot.readMarkers,
    });
  },
  async loadColumns() {
    const result = await bridge().columns.snapshot();
    if (result.ok) get().receiveSnapshot(result.value);
  },
  setColumnScrolledAway(columnId, away) {
    const s = get();
    if (away === (s.scrolledAway[columnId] === true)) return;
    if (away) {
      set({ scrolledAway: { ...s.scrolledAway, [columnId]: true } });
      return;
    }
    // Back at the top: whatever was new is in view now.
    const { [columnId]: _a, ...scrolledAway } = s.scrolledAway;
    const { [columnId]: _p, ...pendingNew } = s.pendingNew;
    set({ scrolledAway, pendingNew });
  },
  async clearColumnPosts(columnId) {
    const result = await bridge().columns.clear({ columnId });
    if (!result.ok) return false;
    set((s) => {
      const { [columnId]: _p, ...pendingNew } = s.pendingNew;
      return { postCache: clearColumnPosts(s.postCache, columnId), pendingNew };
    });
    return true;
  },
  retainColumns(columnIds) {
    set((s) => {
      const postCache = retainColumns(s.postCache, columnIds);
      return postCache === s.postCache ? {} : { postCache };
    });
  },
});
