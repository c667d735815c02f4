import type { AccountView } from '../../../shared/accounts/schema';
import type { Column, Deck } from '../../../shared/decks/schema';
import { uniqueShown } from '../lib/unique-reposts';
import { unreadCount, unreadOf } from '../lib/unread';
import type { Store } from './index';

const NO_DECKS: Deck[] = [];
const NO_IDS: readonly string[] = [];
const NO_ACCOUNTS: AccountView[] = [];

export const selectDecks = (s: Store): Deck[] => s.layout?.decks ?? NO_DECKS;
export const selectActiveDeck = (s: Store): Deck | undefined =>
  s.layout?.decks.find((d) => d.id === s.layout?.activeDeckId);

export const selectAccounts = (s: Store): AccountView[] => s.accounts?.accounts ?? NO_ACCOUNTS;
export const selectAccount =
  (accountId: string | null | undefined) =>
  (s: Store): AccountView | undefined =>
    accountId ? s.accounts?.accounts.find((a) => a.id === accountId) : undefined;

/**
 * A column's post ids, newest first, each post shown once (a repost of a post the column already
 * shows is left out): the same array until the column changes.
 */
export const selectColumnPostIds =
  (columnId: string) =>
  (s: Store): readonly string[] => {
    const ids = s.postCache.columnIds[columnId];
    return ids ? uniqueShown(ids, s.postCache.postsById) : NO_IDS;
  };

export const selectColumn =
  (columnId: string | null) =>
  (s: Store): Column | undefined => {
    if (!columnId) return undefined;
    for (const deck of s.layout?.decks ?? []) {
      const column = deck.columns.find((c) => c.id === columnId);
      if (column) return column;
    }
    return undefined;
  };

/** Posts newer than the column's read marker (lib/unread.ts). */
export const selectColumnUnread =
  (columnId: string) =>
  (s: Store): number =>
    unreadCount(s.postCache.columnIds[columnId] ?? NO_IDS, s.readMarkers[columnId]);

/** A deck's unread posts: its columns' counts added up. */
export const selectDeckUnread =
  (deckId: string) =>
  (s: Store): number => {
    const deck = s.layout?.decks.find((d) => d.id === deckId);
    if (!deck) return 0;
    return unreadOf(
      deck.columns.map((c) => c.id),
      s.postCache.columnIds,
      s.readMarkers,
    );
  };

/** Every deck's unread posts, for the window title. */
export const selectTotalUnread = (s: Store): number =>
  (s.layout?.decks ?? NO_DECKS).reduce(
    (sum, deck) =>
      sum +
      unreadOf(
        deck.columns.map((c) => c.id),
        s.postCache.columnIds,
        s.readMarkers,
      ),
    0,
  );
