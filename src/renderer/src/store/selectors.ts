import type { AccountView } from '../../../shared/accounts/schema';
import type { Column, Deck } from '../../../shared/decks/schema';
import { uniqueShown } from '../lib/unique-reposts';
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
