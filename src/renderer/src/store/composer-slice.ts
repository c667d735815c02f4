import type { StateCreator } from 'zustand';
import type { Draft } from '../../../shared/columns/content';
import type { AppError } from '../../../shared/errors';
import { bridge } from '../bridge';
import type { Store } from './index';

/** Typing pauses this long before the draft is saved: main writes it to disk. */
export const DRAFT_SAVE_DELAY_MS = 600;

export interface ComposerTarget {
  /** The column it was opened from: its account is the default one. */
  columnId?: string | null;
  inReplyToId?: string | null;
  accountId?: string | null;
}

export interface ComposerSlice {
  composerOpen: boolean;
  /** The draft: kept across errors, closing and restarts (main stores it). */
  draft: Draft;
  /** The account of the column the composer was opened from, if any. */
  composerColumnAccountId: string | null;
  sending: boolean;
  sendError: AppError | null;
  loadDraft(): Promise<void>;
  openComposer(target?: ComposerTarget): void;
  closeComposer(): void;
  setDraftText(text: string): void;
  setDraftAccount(accountId: string): void;
  /** Turns a reply back into a new post. */
  dropReplyTarget(): void;
  /** Sends the draft; on success it is emptied, on failure it stays with the error shown. */
  sendDraft(): Promise<boolean>;
}

const EMPTY_DRAFT: Draft = { accountId: null, text: '', inReplyToId: null };

let saveTimer: ReturnType<typeof setTimeout> | null = null;

export const createComposerSlice: StateCreator<Store, [], [], ComposerSlice> = (set, get) => {
  const saveNow = () => {
    if (saveTimer !== null) clearTimeout(saveTimer);
    saveTimer = null;
    void bridge().drafts.set(get().draft);
  };
  const saveSoon = () => {
    if (saveTimer !== null) clearTimeout(saveTimer);
    saveTimer = setTimeout(saveNow, DRAFT_SAVE_DELAY_MS);
  };
  const columnAccount = (columnId: string | null | undefined): string | null => {
    if (!columnId) return null;
    for (const deck of get().layout?.decks ?? []) {
      const column = deck.columns.find((c) => c.id === columnId);
      if (column) return column.accountId;
    }
    return null;
  };
  const firstAccount = () => get().accounts?.accounts[0]?.id ?? null;

  return {
    composerOpen: false,
    draft: EMPTY_DRAFT,
    composerColumnAccountId: null,
    sending: false,
    sendError: null,
    async loadDraft() {
      const result = await bridge().drafts.get();
      // Whatever the user typed meanwhile wins over the stored draft.
      if (result.ok && get().draft.text === '') set({ draft: result.value });
    },
    openComposer(target = {}) {
      const { draft } = get();
      const fromColumn = columnAccount(target.columnId);
      const accountId = target.accountId ?? fromColumn ?? draft.accountId ?? firstAccount();
      // The text stays whatever the target: a draft is never dropped without the user seeing it.
      const inReplyToId = target.inReplyToId !== undefined ? target.inReplyToId : draft.inReplyToId;
      set({
        composerOpen: true,
        composerColumnAccountId: fromColumn,
        sendError: null,
        draft: { ...draft, accountId, inReplyToId },
      });
      saveSoon();
    },
    closeComposer() {
      set({ composerOpen: false, sendError: null });
      saveNow();
    },
    setDraftText(text) {
      set((s) => ({ draft: { ...s.draft, text } }));
      saveSoon();
    },
    setDraftAccount(accountId) {
      set((s) => ({ draft: { ...s.draft, accountId }, sendError: null }));
      saveSoon();
    },
    dropReplyTarget() {
      set((s) => ({ draft: { ...s.draft, inReplyToId: null }, sendError: null }));
      saveSoon();
    },
    async sendDraft() {
      const { draft, sending } = get();
      if (sending || !draft.accountId) return false;
      set({ sending: true, sendError: null });
      const result = await bridge().posts.create({
        accountId: draft.accountId,
        text: draft.text,
        ...(draft.inReplyToId ? { inReplyToId: draft.inReplyToId } : {}),
      });
      if (!result.ok) {
        set({ sending: false, sendError: result.error });
        saveNow();
        return false;
      }
      set({
        sending: false,
        composerOpen: false,
        draft: { accountId: draft.accountId, text: '', inReplyToId: null },
      });
      if (draft.inReplyToId) get().noteOwnReply(draft.inReplyToId);
      saveNow();
      return true;
    },
  };
};
