import type { DecksState } from '../../shared/decks/schema';
import { REMOVED_COLUMNS_KEPT, type RemovedColumn } from '../../shared/decks/removed-columns';
import { notFound } from '../errors';
import * as ops from './deck-ops';

/**
 * The removed columns' history as pure ops: main records a removal before the column leaves
 * the layout, so that no failure between the two writes loses a column's settings.
 */

/** The column about to be removed, as a history entry; throws as removeColumn would. */
export function removalOf(
  state: DecksState,
  deckId: string,
  columnId: string,
  key: string,
): RemovedColumn {
  const deck = state.decks.find((d) => d.id === deckId);
  const index = deck?.columns.findIndex((c) => c.id === columnId) ?? -1;
  const column = deck?.columns[index];
  if (!column) throw notFound('That column no longer exists');
  return { key, deckId, index, column };
}

/** The history with `entry` first, the oldest beyond the last REMOVED_COLUMNS_KEPT dropped. */
export const recordRemoval = (
  history: readonly RemovedColumn[],
  entry: RemovedColumn,
): RemovedColumn[] =>
  [entry, ...history.filter((e) => e.key !== entry.key)].slice(0, REMOVED_COLUMNS_KEPT);

/**
 * Puts the entry's column back: into its deck at its old place (the end if the deck is shorter
 * now), or into the active deck when its own is gone; under `newId`, with every setting it had.
 * Returns the layout and the history without the entry.
 */
export function restoreRemoved(
  state: DecksState,
  history: readonly RemovedColumn[],
  key: string,
  newId: string,
): { decks: DecksState; history: RemovedColumn[]; columnId: string } {
  const entry = history.find((e) => e.key === key);
  if (!entry) throw notFound('That column is no longer in the history of removed columns');
  const deckId = state.decks.some((d) => d.id === entry.deckId) ? entry.deckId : state.activeDeckId;
  const { id: _old, ...draft } = entry.column;
  const added = ops.addColumn(state, deckId, newId, draft);
  const length = added.decks.find((d) => d.id === deckId)?.columns.length ?? 0;
  const decks = ops.moveColumn(added, deckId, newId, Math.min(entry.index, length - 1));
  return { decks, history: history.filter((e) => e.key !== key), columnId: newId };
}
