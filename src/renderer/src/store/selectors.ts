import type { Deck } from '../../../shared/decks/schema';
import type { Store } from './index';

const NO_DECKS: Deck[] = [];

export const selectDecks = (s: Store): Deck[] => s.layout?.decks ?? NO_DECKS;
export const selectActiveDeck = (s: Store): Deck | undefined =>
  s.layout?.decks.find((d) => d.id === s.layout?.activeDeckId);
