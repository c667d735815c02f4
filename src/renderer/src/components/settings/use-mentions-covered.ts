import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store';

/**
 * The usernames of the accounts that have a Mentions column in this deck: a search in the deck
 * need not ask for their @handle (the Mentions column reads those posts, cheaper).
 */
export function useMentionsCovered(deckId: string | undefined): string[] {
  return useStore(
    useShallow((s) => {
      const deck = s.layout?.decks.find((d) => d.id === deckId);
      if (!deck) return [];
      const ids = new Set(
        deck.columns.filter((c) => c.type === 'mentions' && c.accountId).map((c) => c.accountId),
      );
      return (s.accounts?.accounts ?? []).filter((a) => ids.has(a.id)).map((a) => a.username);
    }),
  );
}
