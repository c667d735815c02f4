import { AppFailure, conflict, xFailure } from '../errors';
import type { Handlers } from '../ipc/router';
import type { XResult } from '../../shared/x/errors';
import type { XList } from '../../shared/x/types';
import type { XClient } from '../x/x-client';

/** X's page size for owned lists, and how many pages the picker reads at most. */
const PAGE_SIZE = 100;
const MAX_PAGES = 3;

export interface ListDeps {
  asAccount<T>(
    accountId: string,
    call: (client: XClient) => Promise<XResult<T>>,
  ): Promise<XResult<T>>;
  accountExists(accountId: string): boolean;
  /** The time box: may X be read now? The refusal in plain words, or null. */
  lockedFor(accountId: string): string | null;
}

/**
 * The lists an account owns, for the List column's picker. Read on demand only (when the user
 * picks the List type), since X bills every list it returns; a few pages at most, the rest is
 * reached by pasting a list's address.
 */
export function createListService(deps: ListDeps) {
  const handlers: Handlers['lists'] = {
    owned: async ({ accountId }) => {
      if (!deps.accountExists(accountId)) throw conflict('That account is no longer signed in.');
      const locked = deps.lockedFor(accountId);
      if (locked) throw new AppFailure('locked', locked);
      const lists: XList[] = [];
      let nextToken: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const result = await deps.asAccount(accountId, (c) =>
          c.ownedLists(accountId, { maxResults: PAGE_SIZE, nextToken }),
        );
        if (!result.ok) throw xFailure(result.error);
        lists.push(...result.value.lists);
        nextToken = result.value.nextToken;
        if (!nextToken) break;
      }
      return { lists, more: nextToken !== undefined };
    },
  };
  return handlers;
}
