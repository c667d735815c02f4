import type { Column } from '../../shared/decks/schema';
import { searchQueryWithFilters } from '../../shared/search/column-filters';
import { RECENT_SEARCH_QUERY_LIMIT } from '../../shared/search/support-query';
import type { ColumnSource } from './poll-plan';

export type SourceProblem =
  | { problem: 'needs-account'; message: string }
  | { problem: 'needs-setup'; message: string }
  | { problem: 'invalid'; message: string };

/**
 * What a column asks X, as whom — or why it cannot ask yet. A search column's filters become
 * query operators, so X never sends (nor bills) the posts they hide; a user column needs the
 * user's id, which the poller resolves once from the username (`userIds`).
 */
export function columnSource(
  column: Column,
  userIds: ReadonlyMap<string, string>,
): { accountId: string; source: ColumnSource } | SourceProblem {
  if (!column.accountId) {
    return { problem: 'needs-account', message: 'Choose the account this column reads as.' };
  }
  const accountId = column.accountId;
  switch (column.type) {
    case 'search': {
      const query = column.query?.trim();
      if (!query) return { problem: 'needs-setup', message: 'Set up what this search looks for.' };
      const full = searchQueryWithFilters(query, column.filters);
      if (full.length > RECENT_SEARCH_QUERY_LIMIT) {
        return {
          problem: 'invalid',
          message: `With its filters this search is ${full.length} characters; X allows ${RECENT_SEARCH_QUERY_LIMIT}. Split it over several columns.`,
        };
      }
      return { accountId, source: { kind: 'search', query: full } };
    }
    case 'mentions':
      return { accountId, source: { kind: 'mentions' } };
    case 'home':
      return { accountId, source: { kind: 'home' } };
    case 'user': {
      if (!column.username)
        return { problem: 'needs-setup', message: 'Choose whose posts this column shows.' };
      const userId = userIds.get(column.username.toLowerCase());
      if (!userId) return { problem: 'needs-setup', message: `Looking up @${column.username}…` };
      return { accountId, source: { kind: 'user', userId } };
    }
    case 'list':
      if (!column.listId)
        return { problem: 'needs-setup', message: 'Choose the list this column shows.' };
      return { accountId, source: { kind: 'list', listId: column.listId } };
    case 'archive':
      // The poller searches the archive for it: it never asks X.
      return { problem: 'invalid', message: 'An Archive column searches your archive, not X.' };
    case 'inbox':
      // It shows the conversations the other columns delivered: it never asks X.
      return { problem: 'invalid', message: 'An Inbox column shows your conversations, not X.' };
  }
}
