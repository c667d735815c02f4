import type { StateCreator } from 'zustand';
import type { ColumnPosts, ColumnSnapshot, PostContext } from '../../../shared/columns/content';
import { bridge } from '../bridge';
import {
  applyColumnPosts,
  applyPostContext,
  clearColumnPosts,
  emptyPostCache,
  retainColumns,
  type PostCache,
} from '../lib/post-cache';
import type { Store } from './index';
import { selectColumn } from './selectors';

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
  /**
   * Loads what a post replies to or quotes, as the column's account (X bills each post read, so
   * timelines do not send it along), and stores it for every card that references it. False
   * when the column has no account or main refused (its error is shown as any other).
   */
  loadPostContext(columnId: string, postId: string): Promise<boolean>;
  /** Stores context for the posts the store holds (see applyPostContext). */
  keepPostContext(context: PostContext): void;
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
  async loadPostContext(columnId, postId) {
    const accountId = selectColumn(columnId)(get())?.accountId;
    if (!accountId) return false;
    const result = await bridge().posts.context({ accountId, postId });
    if (!result.ok) return false;
    get().keepPostContext(result.value);
    return true;
  },
  keepPostContext(context) {
    set((s) => {
      const postCache = applyPostContext(s.postCache, context);
      return postCache === s.postCache ? {} : { postCache };
    });
  },
  retainColumns(columnIds) {
    set((s) => {
      const postCache = retainColumns(s.postCache, columnIds);
      return postCache === s.postCache ? {} : { postCache };
    });
  },
});
