import type { StateCreator } from 'zustand';
import type { XList } from '../../../shared/x/types';
import { bridge } from '../bridge';
import type { Store } from './index';

/** The lists one account owns, as far as the picker knows them. */
export type OwnedListsState =
  | { state: 'loading' }
  | { state: 'ok'; lists: XList[]; more: boolean }
  | { state: 'error'; message: string };

export interface ListsSlice {
  /** By account id: read from X once per account and session, on demand (X bills each list). */
  ownedLists: Record<string, OwnedListsState>;
  /** Reads the account's lists unless they are known or on their way; `again` after an error. */
  loadOwnedLists(accountId: string, again?: boolean): Promise<void>;
}

export const createListsSlice: StateCreator<Store, [], [], ListsSlice> = (set, get) => {
  const put = (accountId: string, value: OwnedListsState) =>
    set((s) => ({ ownedLists: { ...s.ownedLists, [accountId]: value } }));
  return {
    ownedLists: {},
    async loadOwnedLists(accountId, again = false) {
      const known = get().ownedLists[accountId];
      if (known && (known.state !== 'error' || !again)) return;
      put(accountId, { state: 'loading' });
      const result = await bridge().lists.owned({ accountId });
      put(
        accountId,
        result.ok
          ? { state: 'ok', lists: result.value.lists, more: result.value.more }
          : { state: 'error', message: result.error.message },
      );
    },
  };
};
