import type { StateCreator } from 'zustand';
import type { RemovedColumn } from '../../../shared/decks/removed-columns';
import { bridge } from '../bridge';
import type { Store } from './index';

export type { RemovedColumn };

/** How long the "Undo" toast stays after a removal. */
export const UNDO_MS = 10_000;

export interface RemovedColumnsSlice {
  /**
   * The last removed columns, newest first, as main keeps them (across restarts): a built
   * support search can be 300+ characters.
   */
  removedColumns: RemovedColumn[];
  /** The removal the toast offers to undo, until it times out or is undone. */
  undoable: RemovedColumn | null;
  loadRemovedColumns(): Promise<void>;
  removeColumnWithUndo(deckId: string, columnId: string): Promise<boolean>;
  /** Puts a removed column back in its deck, at its place (or the end), and out of the history. */
  restoreColumn(key: string): Promise<boolean>;
  dismissUndo(key: string): void;
}

export const createRemovedColumnsSlice: StateCreator<Store, [], [], RemovedColumnsSlice> = (
  set,
  get,
) => ({
  removedColumns: [],
  undoable: null,
  async loadRemovedColumns() {
    const result = await bridge().columns.removed();
    if (result.ok) set({ removedColumns: result.value });
  },
  async removeColumnWithUndo(deckId, columnId) {
    if (!(await get().removeColumn(deckId, columnId))) return false;
    // Main recorded the removal: its history is the one the toast and the list offer.
    const result = await bridge().columns.removed();
    if (!result.ok) return true;
    const removed = result.value.find((r) => r.column.id === columnId) ?? null;
    set({ removedColumns: result.value, undoable: removed });
    return true;
  },
  async restoreColumn(key) {
    const result = await bridge().columns.restore({ key });
    if (!result.ok) return false;
    set((s) => ({
      layout: result.value.decks,
      removedColumns: result.value.removed,
      undoable: s.undoable?.key === key ? null : s.undoable,
    }));
    return true;
  },
  dismissUndo: (key) => set((s) => (s.undoable?.key === key ? { undoable: null } : {})),
});
