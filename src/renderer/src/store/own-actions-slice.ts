import type { StateCreator } from 'zustand';
import type { Post } from '../../../shared/x/types';
import type { Store } from './index';

/**
 * What the user did to a post from this window (X's counts come back only with the next read):
 * the count X showed when they acted, so that a later read that already includes their action
 * is not counted twice.
 */
export interface OwnAction {
  /** The account that reposted it, and X's repost count at that moment. */
  repostedBy?: { accountId: string; base: number };
  /** Replies sent to it from here, and X's reply count before the first. */
  replies?: { sent: number; base: number };
}

export interface OwnActionsSlice {
  ownActions: Readonly<Record<string, OwnAction>>;
  noteOwnRepost(postId: string, accountId: string): void;
  noteOwnReply(postId: string): void;
}

type Metrics = NonNullable<Post['metrics']>;

/** X's counts with the user's own actions in them: never fewer than what they did adds. */
export function countsWithOwn(metrics: Metrics | undefined, own: OwnAction | undefined): Metrics {
  const m = metrics ?? { replies: 0, reposts: 0, likes: 0, quotes: 0 };
  if (!own) return m;
  return {
    ...m,
    reposts: own.repostedBy ? Math.max(m.reposts, own.repostedBy.base + 1) : m.reposts,
    replies: own.replies ? Math.max(m.replies, own.replies.base + own.replies.sent) : m.replies,
  };
}

export const createOwnActionsSlice: StateCreator<Store, [], [], OwnActionsSlice> = (set, get) => ({
  ownActions: {},
  noteOwnRepost(postId, accountId) {
    const base = get().postCache.postsById[postId]?.metrics?.reposts ?? 0;
    set((s) => ({
      ownActions: {
        ...s.ownActions,
        [postId]: { ...s.ownActions[postId], repostedBy: { accountId, base } },
      },
    }));
  },
  noteOwnReply(postId) {
    const base = get().postCache.postsById[postId]?.metrics?.replies ?? 0;
    set((s) => {
      const before = s.ownActions[postId];
      const replies = before?.replies
        ? { ...before.replies, sent: before.replies.sent + 1 }
        : { sent: 1, base };
      return { ownActions: { ...s.ownActions, [postId]: { ...before, replies } } };
    });
  },
});
