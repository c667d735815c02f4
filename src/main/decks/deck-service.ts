import type { DecksState } from '../../shared/decks/schema';
import type { EventHub } from '../ipc/events';
import type { Handlers } from '../ipc/router';
import type { StateStore } from '../store/state-store';
import type { PersistedState } from '../store/schema';
import * as ops from './deck-ops';

export interface DeckServiceDeps {
  store: StateStore<PersistedState>;
  events: EventHub;
  newId: () => string;
}

/** Owns the deck layout: every edit is applied by a pure op, persisted, then announced. */
export function createDeckService({ store, events, newId }: DeckServiceDeps) {
  const commit = (next: DecksState): DecksState => {
    store.set('decks', next);
    events.emit('decks.changed', next);
    return next;
  };
  const current = () => store.get('decks');

  const decks: Handlers['decks'] = {
    get: () => current(),
    create: ({ name }) => commit(ops.createDeck(current(), newId(), name)),
    rename: ({ deckId, name }) => commit(ops.renameDeck(current(), deckId, name)),
    move: ({ deckId, toIndex }) => commit(ops.moveDeck(current(), deckId, toIndex)),
    remove: ({ deckId }) => commit(ops.removeDeck(current(), deckId)),
    activate: ({ deckId }) => commit(ops.activateDeck(current(), deckId)),
  };
  const columns: Pick<Handlers['columns'], 'add' | 'update' | 'move' | 'remove'> = {
    add: ({ deckId, column }) => commit(ops.addColumn(current(), deckId, newId(), column)),
    update: ({ deckId, columnId, patch }) =>
      commit(ops.updateColumn(current(), deckId, columnId, patch)),
    move: ({ deckId, columnId, toIndex }) =>
      commit(ops.moveColumn(current(), deckId, columnId, toIndex)),
    remove: ({ deckId, columnId }) => commit(ops.removeColumn(current(), deckId, columnId)),
  };
  return { decks, columns, current };
}
