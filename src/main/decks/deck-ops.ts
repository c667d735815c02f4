import {
  MAX_COLUMNS,
  MAX_DECKS,
  type Column,
  type ColumnPatch,
  type ParsedColumnDraft,
  type Deck,
  type DecksState,
} from '../../shared/decks/schema';
import { conflict, notFound } from '../errors';

/**
 * Pure edits of the deck layout: each takes the state and returns the next one, or throws an
 * AppFailure the user can read. Ids come in from outside so that these stay deterministic.
 */

const findDeck = (state: DecksState, deckId: string): Deck => {
  const deck = state.decks.find((d) => d.id === deckId);
  if (!deck) throw notFound('That deck no longer exists');
  return deck;
};

const findColumn = (deck: Deck, columnId: string): Column => {
  const column = deck.columns.find((c) => c.id === columnId);
  if (!column) throw notFound(`That column is no longer in "${deck.name}"`);
  return column;
};

const moveItem = <T>(items: readonly T[], from: number, to: number): T[] => {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(Math.min(Math.max(to, 0), next.length), 0, item as T);
  return next;
};

const replaceDeck = (state: DecksState, deck: Deck): DecksState => ({
  ...state,
  decks: state.decks.map((d) => (d.id === deck.id ? deck : d)),
});

const assertUniqueName = (state: DecksState, name: string, exceptId?: string) => {
  const taken = state.decks.some(
    (d) => d.id !== exceptId && d.name.toLowerCase() === name.toLowerCase(),
  );
  if (taken) throw conflict(`There is already a deck called "${name}"`);
};

export function createDeck(state: DecksState, id: string, name: string): DecksState {
  if (state.decks.length >= MAX_DECKS) throw conflict(`Timedeck keeps at most ${MAX_DECKS} decks`);
  assertUniqueName(state, name);
  return { decks: [...state.decks, { id, name, columns: [] }], activeDeckId: id };
}

export function renameDeck(state: DecksState, deckId: string, name: string): DecksState {
  const deck = findDeck(state, deckId);
  assertUniqueName(state, name, deckId);
  return replaceDeck(state, { ...deck, name });
}

export function moveDeck(state: DecksState, deckId: string, toIndex: number): DecksState {
  const from = state.decks.findIndex((d) => d.id === deckId);
  if (from < 0) throw notFound('That deck no longer exists');
  return { ...state, decks: moveItem(state.decks, from, toIndex) };
}

export function removeDeck(state: DecksState, deckId: string): DecksState {
  const index = state.decks.findIndex((d) => d.id === deckId);
  if (index < 0) throw notFound('That deck no longer exists');
  if (state.decks.length === 1) throw conflict('The last deck cannot be deleted');
  const decks = state.decks.filter((d) => d.id !== deckId);
  const activeDeckId =
    state.activeDeckId === deckId ? (decks[Math.max(0, index - 1)] as Deck).id : state.activeDeckId;
  return { decks, activeDeckId };
}

export function activateDeck(state: DecksState, deckId: string): DecksState {
  findDeck(state, deckId);
  return { ...state, activeDeckId: deckId };
}

export function addColumn(
  state: DecksState,
  deckId: string,
  id: string,
  draft: ParsedColumnDraft,
): DecksState {
  const deck = findDeck(state, deckId);
  if (deck.columns.length >= MAX_COLUMNS)
    throw conflict(`A deck holds at most ${MAX_COLUMNS} columns`);
  // Notifications are on by default for mentions: that is where customers talk to the brand.
  const column: Column = { ...draft, id, notify: draft.notify ?? draft.type === 'mentions' };
  return replaceDeck(state, { ...deck, columns: [...deck.columns, column] });
}

export function updateColumn(
  state: DecksState,
  deckId: string,
  columnId: string,
  patch: ColumnPatch,
): DecksState {
  const deck = findDeck(state, deckId);
  const column = findColumn(deck, columnId);
  const { builder, ...rest } = patch;
  const edited: Column = { ...column, ...rest };
  if (builder === null) delete edited.builder;
  else if (builder !== undefined) edited.builder = builder;
  const columns = deck.columns.map((c) => (c.id === columnId ? edited : c));
  return replaceDeck(state, { ...deck, columns });
}

export function moveColumn(
  state: DecksState,
  deckId: string,
  columnId: string,
  toIndex: number,
): DecksState {
  const deck = findDeck(state, deckId);
  findColumn(deck, columnId);
  const from = deck.columns.findIndex((c) => c.id === columnId);
  return replaceDeck(state, { ...deck, columns: moveItem(deck.columns, from, toIndex) });
}

export function removeColumn(state: DecksState, deckId: string, columnId: string): DecksState {
  const deck = findDeck(state, deckId);
  findColumn(deck, columnId);
  return replaceDeck(state, { ...deck, columns: deck.columns.filter((c) => c.id !== columnId) });
}
