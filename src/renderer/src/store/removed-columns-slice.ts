import type { StateCreator } from 'zustand';
import type { Column, ColumnDraft } from '../../../shared/decks/schema';
import type { Store } from './index';

/** A removed column, with everything needed to put it back where it was. */
export interface RemovedColumn {
  /** Unique per removal (the same column may be removed twice). */
  key: number;
  deckId: string;
  index: number;
  column: Column;
  removedAt: number;
}

/** How many removed columns the history keeps, newest first. */
export const REMOVED_HISTORY = 5;
/** How long the "Undo" toast stays after a removal. */
export const UNDO_MS = 10_000;

export interface RemovedColumnsSlice {
  /** The last few removed columns, newest first: a built search can be 300+ characters. */
  removedColumns: RemovedColumn[];
  /** The removal the toast offers to undo, until it times out or is undone. */
  undoable: RemovedColumn | null;
  removeColumnWithUndo(deckId: string, columnId: string): Promise<boolean>;
  /** Puts a removed column back in its deck, at its place (or the end), and out of the history. */
  restoreColumn(key: number): Promise<boolean>;
  dismissUndo(key: number): void;
}

/** The column's settings as a new column: main gives it a new id. */
export function columnAsDraft(column: Column): ColumnDraft {
  const { id: _id, ...draft } = column;
  return draft;
}

let nextKey = 1;

export const createRemovedColumnsSlice: StateCreator<Store, [], [], RemovedColumnsSlice> = (
  set,
  get,
) => ({
  removedColumns: [],
  undoable: null,
  async removeColumnWithUndo(deckId, columnId) {
    const deck = get().layout?.decks.find((d) => d.id === deckId);
    const index = deck?.columns.findIndex((c) => c.id === columnId) ?? -1;
    const column = deck?.columns[index];
    if (!column) return false;
    if (!(await get().removeColumn(deckId, columnId))) return false;
    const removed: RemovedColumn = { key: nextKey++, deckId, index, column, removedAt: Date.now() };
    set((s) => ({
      removedColumns: [removed, ...s.removedColumns].slice(0, REMOVED_HISTORY),
      undoable: removed,
    }));
    return true;
  },
  async restoreColumn(key) {
    const removed = get().removedColumns.find((r) => r.key === key);
    if (!removed) return false;
    const s = get();
    const deck =
      s.layout?.decks.find((d) => d.id === removed.deckId) ??
      s.layout?.decks.find((d) => d.id === s.layout?.activeDeckId);
    if (!deck) return false;
    const before = new Set(deck.columns.map((c) => c.id));
    if (!(await s.addColumn(deck.id, columnAsDraft(removed.column)))) return false;
    const after = get().layout?.decks.find((d) => d.id === deck.id);
    const added = after?.columns.find((c) => !before.has(c.id));
    if (added && after && removed.index < after.columns.length - 1) {
      await get().moveColumn(deck.id, added.id, removed.index);
    }
    set((st) => ({
      removedColumns: st.removedColumns.filter((r) => r.key !== key),
      undoable: st.undoable?.key === key ? null : st.undoable,
    }));
    return true;
  },
  dismissUndo: (key) => set((s) => (s.undoable?.key === key ? { undoable: null } : {})),
});
