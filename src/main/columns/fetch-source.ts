import type { XResult } from '../../shared/x/errors';
import type { PostPage } from '../../shared/x/types';
import type { XClient } from '../x/x-client';
import { DEFAULT_MAX_PAGES } from './paging';
import type { ColumnSource } from './poll-plan';

/** X's largest page for the timelines Timedeck polls: fewer requests for the same posts. */
const PAGE_SIZE = 100;
/** The most posts one poll of a column reads: what caps a column's reads a day at its interval. */
export const MAX_POSTS_PER_POLL = PAGE_SIZE * DEFAULT_MAX_PAGES;

/** One page of what a column asks X, through the account's client. */
export function fetchSourcePage(
  client: XClient,
  accountId: string,
  source: ColumnSource,
  page: { sinceId?: string; nextToken?: string },
): Promise<XResult<PostPage>> {
  const q = { maxResults: PAGE_SIZE, ...page };
  switch (source.kind) {
    case 'search':
      return client.searchRecent({ query: source.query, ...q });
    case 'mentions':
      return client.mentions(accountId, q);
    case 'home':
      return client.homeTimeline(accountId, q);
    case 'user':
      return client.userPosts(source.userId, q);
    case 'list':
      return client.listPosts(source.listId, {
        maxResults: PAGE_SIZE,
        ...(page.nextToken ? { nextToken: page.nextToken } : {}),
      });
  }
}
