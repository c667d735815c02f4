import type { StateCreator } from 'zustand';
import type { Draft } from '../../../shared/columns/content';
import type { AppError } from '../../../shared/errors';
import { bridge } from '../bridge';
import { sendRetryDelayMs } from '../lib/send-retry';
import type { Store } from './index';
import { capDraftText } from '../../../shared/posts/draft-cap';

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
  /** When the failed post is sent again by itself (wall-clock ms), or null if it is not. */
  sendRetryAt: number | null;
  /** Automatic retries made for the post being sent. */
  sendRetries: number;
  loadDraft(): Promise<void>;
  openComposer(target?: ComposerTarget): void;
  closeComposer(): void;
  setDraftText(text: string): void;
  setDraftAccount(accountId: string): void;
  /** Turns a reply back into a new post. */
  dropReplyTarget(): void;
  /**
   * Sends the draft; on success it is emptied, on failure it stays with the error shown. A
   * failure worth retrying (X not answering, or not reachable) is sent again by itself, with
   * backoff; `retry` marks such an automatic attempt.
   */
  sendDraft(options?: { retry?: boolean }): Promise<boolean>;
}

const EMPTY_DRAFT: Draft = { accountId: null, text: '', inReplyToId: null };

let saveTimer: ReturnType<typeof setTimeout> | null = null;
let retryTimer: ReturnType<typeof setTimeout> | null = null;
const cancelRetry = () => {
  if (retryTimer !== null) clearTimeout(retryTimer);
  retryTimer = null;
};

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
    sendRetryAt: null,
    sendRetries: 0,
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
      cancelRetry();
      set({
        composerOpen: true,
        composerColumnAccountId: fromColumn,
        sendError: null,
        sendRetryAt: null,
        sendRetries: 0,
        draft: { ...draft, accountId, inReplyToId },
      });
      saveSoon();
    },
    closeComposer() {
      // Closing stops a pending retry: nothing is sent behind the user's back. The draft stays.
      cancelRetry();
      set({ composerOpen: false, sendError: null, sendRetryAt: null, sendRetries: 0 });
      saveNow();
    },
    setDraftText(text) {
      // Whatever typed or pasted it, a draft never grows past the cap main's schema accepts.
      set((s) => ({
        draft: { ...s.draft, text: capDraftText(text) },
        // An emptied draft no longer holds the answer it was made from.
        ...(text.trim() === '' ? { draftAnswer: null } : {}),
      }));
      saveSoon();
    },
    setDraftAccount(accountId) {
      set((s) => ({ draft: { ...s.draft, accountId }, sendError: null }));
      saveSoon();
    },
    dropReplyTarget() {
      set((s) => ({
        draft: { ...s.draft, inReplyToId: null },
        sendError: null,
        draftAnswer: null,
      }));
      saveSoon();
    },
    async sendDraft(options = {}) {
      const { draft, sending } = get();
      if (sending || !draft.accountId) return false;
      cancelRetry();
      const retries = options.retry ? get().sendRetries : 0;
      set({ sending: true, sendError: null, sendRetryAt: null, sendRetries: retries });
      const answerId = draft.inReplyToId ? get().draftAnswer?.answerId : undefined;
      const result = await bridge().posts.create({
        accountId: draft.accountId,
        text: draft.text,
        ...(draft.inReplyToId ? { inReplyToId: draft.inReplyToId } : {}),
        ...(answerId ? { answerId } : {}),
      });
      if (!result.ok) {
        const delay = sendRetryDelayMs(result.error, retries, Math.random);
        set({
          sending: false,
          sendError: result.error,
          sendRetryAt: delay === null ? null : Date.now() + delay,
          sendRetries: delay === null ? retries : retries + 1,
        });
        if (delay !== null) {
          retryTimer = setTimeout(() => {
            retryTimer = null;
            if (get().composerOpen) void get().sendDraft({ retry: true });
          }, delay);
        }
        saveNow();
        return false;
      }
      set({
        sending: false,
        sendError: null,
        sendRetryAt: null,
        sendRetries: 0,
        composerOpen: false,
        draft: { accountId: draft.accountId, text: '', inReplyToId: null },
      });
      if (draft.inReplyToId) get().noteOwnReply(draft.inReplyToId);
      // A reply can become an answer ("Save as answer"); one made from an answer was counted.
      get().noteSentReply(
        draft.inReplyToId && !answerId
          ? { accountId: draft.accountId, text: draft.text, inReplyToId: draft.inReplyToId }
          : null,
      );
      set({ draftAnswer: null });
      saveNow();
      get().clearXHealthErrors();
      // A post sent by a retry has no click to answer: say it went out.
      if (options.retry) get().showFlash('Sent');
      return true;
    },
  };
};
