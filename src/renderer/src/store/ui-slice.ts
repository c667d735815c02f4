import type { StateCreator } from 'zustand';
import type { Store } from './index';

export interface Flash {
  id: number;
  text: string;
}

/** A repost waiting for the user's yes: it is public, and X bills it. */
export interface PendingRepost {
  accountId: string;
  postId: string;
  /** "@kate": whose post. */
  author: string;
}

/** The panel beside the deck: one at a time. */
export type SidePanel = 'accounts' | 'time' | 'people' | 'answers' | 'questions';

export interface UiSlice {
  /** The column and post the keyboard acts on (j/k, r, t, o). */
  focusedColumnId: string | null;
  focusedPostId: string | null;
  /** Bumped when the keyboard moves the focus, so the column scrolls to it and focuses it. */
  focusRequest: number;
  helpOpen: boolean;
  /** A short confirmation ("Link copied"), announced politely. */
  flash: Flash | null;
  pendingRepost: PendingRepost | null;
  sidePanel: SidePanel | null;
  /** `request`: move DOM focus there too (a keyboard move, not a click). */
  setFocus(columnId: string | null, postId: string | null, request?: boolean): void;
  setHelpOpen(open: boolean): void;
  showFlash(text: string): void;
  dismissFlash(id: number): void;
  askRepost(repost: PendingRepost | null): void;
  /** Opens a side panel, or closes it when it is the one open. */
  toggleSidePanel(panel: SidePanel | null): void;
}

let nextFlashId = 1;

export const createUiSlice: StateCreator<Store, [], [], UiSlice> = (set, get) => ({
  focusedColumnId: null,
  focusedPostId: null,
  focusRequest: 0,
  helpOpen: false,
  flash: null,
  pendingRepost: null,
  sidePanel: null,
  setFocus(columnId, postId, request = false) {
    const s = get();
    if (!request && s.focusedColumnId === columnId && s.focusedPostId === postId) return;
    set({
      focusedColumnId: columnId,
      focusedPostId: postId,
      ...(request ? { focusRequest: s.focusRequest + 1 } : {}),
    });
  },
  setHelpOpen: (helpOpen) => set({ helpOpen }),
  showFlash: (text) => set({ flash: { id: nextFlashId++, text } }),
  dismissFlash: (id) => set((s) => (s.flash?.id === id ? { flash: null } : {})),
  askRepost: (pendingRepost) => set({ pendingRepost }),
  toggleSidePanel: (panel) => set((s) => ({ sidePanel: s.sidePanel === panel ? null : panel })),
});
