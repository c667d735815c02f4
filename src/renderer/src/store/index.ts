import { create } from 'zustand';
import { createAccountsSlice, type AccountsSlice } from './accounts-slice';
import { createAppSlice, type AppSlice } from './app-slice';
import { createDecksSlice, type DecksSlice } from './decks-slice';

export type Store = AppSlice & DecksSlice & AccountsSlice;

/** One store, built from slices; each slice owns its state and the actions that change it. */
export const useStore = create<Store>()((...a) => ({
  ...createAppSlice(...a),
  ...createDecksSlice(...a),
  ...createAccountsSlice(...a),
}));
