import type { DecksState } from '../../shared/decks/schema';
import type { EventHub } from '../ipc/events';
import type { Handlers } from '../ipc/router';
import type { StateStore } from '../store/state-store';
import type { PersistedState } from '../store/schema';
import * as ops from './deck-ops';
import { recordRemoval, removalOf, restoreRemoved } from './removed-history';
import { intervalFloorMs } from '../columns/interval-floor';
import { formatWait } from '../../shared/time/wait-words';
import { conflict } from '../errors';

export interface DeckServiceDeps {
  store: StateStore<PersistedState>;
  events: EventHub;
  newId: () => string;
}

/** Owns the deck layout: every edit is applied by a pure op, persisted, then announced. */
export function createDeckService({ store, events, newId }: DeckServiceDeps) {
  /** Refuses a refresh interval the column's account cannot sustain with its other columns. */
  const checkIntervals = (next: DecksState, columnId: string) => {
    const all = next.decks.flatMap((d) => d.columns);
    const column = all.find((c) => c.id === columnId);
    if (!column) return;
    const floor = intervalFloorMs(column, all);
    if (column.intervalMs >= floor) return;
    throw conflict(
      Number.isFinite(floor)
        ? `With its account's other columns, this column can refresh at most every ${formatWait(floor)}. Choose a longer interval.`
        : "Its account's other columns already use all of X's rate limit for this kind of column. Slow one of them down first.",
    );
  };

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
  const removedHistory = () => store.get('removedColumns') ?? [];
  const columns: Pick<
    Handlers['columns'],
    'add' | 'update' | 'move' | 'remove' | 'removed' | 'restore'
  > = {
    add: ({ deckId, column }) => {
      const id = newId();
      const next = ops.addColumn(current(), deckId, id, column);
      checkIntervals(next, id);
      return commit(next);
    },
    update: ({ deckId, columnId, patch }) => {
      const next = ops.updateColumn(current(), deckId, columnId, patch);
      checkIntervals(next, columnId);
      return commit(next);
    },
    move: ({ deckId, columnId, toIndex }) =>
      commit(ops.moveColumn(current(), deckId, columnId, toIndex)),
    remove: ({ deckId, columnId }) => {
      const state = current();
      const next = ops.removeColumn(state, deckId, columnId);
      // Kept before it leaves the layout: a failure between the two writes loses no settings.
      store.set(
        'removedColumns',
        recordRemoval(removedHistory(), removalOf(state, deckId, columnId, newId())),
      );
      return commit(next);
    },
    removed: () => removedHistory(),
    restore: ({ key }) => {
      const id = newId();
      const { decks: next, history } = restoreRemoved(current(), removedHistory(), key, id);
      checkIntervals(next, id);
      // The column is back before it leaves the history: no failure loses it.
      const decks = commit(next);
      store.set('removedColumns', history);
      return { decks, removed: history };
    },
  };
  return { decks, columns, current };
}
