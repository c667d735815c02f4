import type { StateCreator } from 'zustand';
import type { ColumnDraft, ColumnPatchInput, DecksState } from '../../../shared/decks/schema';
import type { Result } from '../../../shared/errors';
import { bridge } from '../bridge';
import type { Store } from './index';

export interface DecksSlice {
  layout: DecksState | null;
  setLayout(layout: DecksState): void;
  loadDecks(): Promise<void>;
  createDeck(name: string): Promise<boolean>;
  renameDeck(deckId: string, name: string): Promise<boolean>;
  moveDeck(deckId: string, toIndex: number): Promise<boolean>;
  removeDeck(deckId: string): Promise<boolean>;
  activateDeck(deckId: string): Promise<boolean>;
  addColumn(deckId: string, column: ColumnDraft): Promise<boolean>;
  updateColumn(deckId: string, columnId: string, patch: ColumnPatchInput): Promise<boolean>;
  moveColumn(deckId: string, columnId: string, toIndex: number): Promise<boolean>;
  removeColumn(deckId: string, columnId: string): Promise<boolean>;
}

/**
 * Main owns the layout: every action asks main and shows what main answers. A refusal is shown
 * by the bridge's error listener (see subscribe.ts); the action only reports whether it worked,
 * so that a form keeps what the user typed.
 */
export const createDecksSlice: StateCreator<Store, [], [], DecksSlice> = (set) => {
  const apply = async (request: Promise<Result<DecksState>>) => {
    const result = await request;
    if (result.ok) set({ layout: result.value });
    return result.ok;
  };
  return {
    layout: null,
    setLayout: (layout) => set({ layout }),
    loadDecks: async () => void (await apply(bridge().decks.get())),
    createDeck: (name) => apply(bridge().decks.create({ name })),
    renameDeck: (deckId, name) => apply(bridge().decks.rename({ deckId, name })),
    moveDeck: (deckId, toIndex) => apply(bridge().decks.move({ deckId, toIndex })),
    removeDeck: (deckId) => apply(bridge().decks.remove({ deckId })),
    activateDeck: (deckId) => apply(bridge().decks.activate({ deckId })),
    addColumn: (deckId, column) => apply(bridge().columns.add({ deckId, column })),
    updateColumn: (deckId, columnId, patch) =>
      apply(bridge().columns.update({ deckId, columnId, patch })),
    moveColumn: (deckId, columnId, toIndex) =>
      apply(bridge().columns.move({ deckId, columnId, toIndex })),
    removeColumn: (deckId, columnId) => apply(bridge().columns.remove({ deckId, columnId })),
  };
};
