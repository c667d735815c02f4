import { create } from 'zustand';
import { createAccountsSlice, type AccountsSlice } from './accounts-slice';
import { createAnswersSlice, type AnswersSlice } from './answers-slice';
import { createAppSlice, type AppSlice } from './app-slice';
import { createAppearanceSlice, type AppearanceSlice } from './appearance-slice';
import { createArchiveSlice, type ArchiveSlice } from './archive-slice';
import { createColumnStatusSlice, type ColumnStatusSlice } from './column-status-slice';
import { createComposerSlice, type ComposerSlice } from './composer-slice';
import { createDecksSlice, type DecksSlice } from './decks-slice';
import { createInboxSlice, type InboxSlice } from './inbox-slice';
import { createOwnActionsSlice, type OwnActionsSlice } from './own-actions-slice';
import { createPostActionsSlice, type PostActionsSlice } from './post-actions-slice';
import { createPostsSlice, type PostsSlice } from './posts-slice';
import { createSpendSlice, type SpendSlice } from './spend-slice';
import { createTimeboxSlice, type TimeboxSlice } from './timebox-slice';
import { createRemovedColumnsSlice, type RemovedColumnsSlice } from './removed-columns-slice';
import { createUiSlice, type UiSlice } from './ui-slice';
import { createListsSlice, type ListsSlice } from './lists-slice';
import { createPeopleSlice, type PeopleSlice } from './people-slice';
import { createBalanceSlice, type BalanceSlice } from './balance-slice';

export type Store = AppSlice &
  DecksSlice &
  AccountsSlice &
  PostsSlice &
  ColumnStatusSlice &
  SpendSlice &
  ComposerSlice &
  PostActionsSlice &
  TimeboxSlice &
  UiSlice &
  AppearanceSlice &
  RemovedColumnsSlice &
  OwnActionsSlice &
  AnswersSlice &
  InboxSlice &
  ListsSlice &
  PeopleSlice &
  BalanceSlice &
  ArchiveSlice;

/** One store, built from slices; each slice owns its state and the actions that change it. */
export const useStore = create<Store>()((...a) => ({
  ...createAppSlice(...a),
  ...createDecksSlice(...a),
  ...createAccountsSlice(...a),
  ...createPostsSlice(...a),
  ...createColumnStatusSlice(...a),
  ...createSpendSlice(...a),
  ...createComposerSlice(...a),
  ...createPostActionsSlice(...a),
  ...createTimeboxSlice(...a),
  ...createUiSlice(...a),
  ...createAppearanceSlice(...a),
  ...createRemovedColumnsSlice(...a),
  ...createOwnActionsSlice(...a),
  ...createAnswersSlice(...a),
  ...createInboxSlice(...a),
  ...createListsSlice(...a),
  ...createPeopleSlice(...a),
  ...createBalanceSlice(...a),
  ...createArchiveSlice(...a),
}));
