import { compareIds, maxId, newestFirst } from '../../shared/posts/ids';
import type { EndpointKey } from '../x/endpoints';

/**
 * Catching up after a pause: X answers newest first, a page at a time. A poll reads pages back
 * until it reaches the last post the column has seen, but never more than a few pages, since
 * every post read is billed; what lies beyond is reported as a gap.
 */

/** Pages one poll may read at most. 3 pages of 100 posts is at most $1.50 at $0.005 a post. */
export const DEFAULT_MAX_PAGES = 3;

/** Lists' post timeline takes no since_id, so its pages are read until a seen post appears. */
export const usesSinceId = (endpoint: EndpointKey): boolean => endpoint !== 'listPosts';

export interface FetchedPage {
  postIds: readonly string[];
  /** X's next_token / pagination_token: absent on the last page. */
  nextToken?: string;
}

export interface PagingProgress {
  /** The newest id the column had before this poll; undefined on its first load. */
  sinceId?: string;
  /** Pages read so far in this poll, the one just read included. */
  pagesRead: number;
  maxPages?: number;
}

export type PageDecision =
  | { action: 'fetch'; paginationToken: string }
  | {
      action: 'stop';
      reason: 'first-load' | 'caught-up' | 'no-more-pages' | 'page-limit';
      /** Posts newer than sinceId may exist that this poll did not read. */
      gap: boolean;
    };

/** Whether to read another page after `page`, the latest page of this poll. */
export function nextPage(page: FetchedPage, progress: PagingProgress): PageDecision {
  const { sinceId } = progress;
  // A first load shows the latest page; older posts come from the user's "load more".
  if (sinceId === undefined) return { action: 'stop', reason: 'first-load', gap: false };
  if (page.postIds.some((id) => compareIds(id, sinceId) <= 0)) {
    return { action: 'stop', reason: 'caught-up', gap: false };
  }
  if (!page.nextToken) return { action: 'stop', reason: 'no-more-pages', gap: false };
  if (progress.pagesRead >= (progress.maxPages ?? DEFAULT_MAX_PAGES)) {
    return { action: 'stop', reason: 'page-limit', gap: true };
  }
  return { action: 'fetch', paginationToken: page.nextToken };
}

/**
 * The posts a poll's pages bring that the column has not seen: each once, newer than `sinceId`,
 * newest first. Pages can overlap when posts arrive between two page requests.
 */
export function newPostsFromPages<P extends { id: string }>(
  pages: ReadonlyArray<readonly P[]>,
  sinceId?: string,
): P[] {
  const byId = new Map<string, P>();
  for (const page of pages) {
    for (const post of page) {
      if (sinceId !== undefined && compareIds(post.id, sinceId) <= 0) continue;
      if (!byId.has(post.id)) byId.set(post.id, post);
    }
  }
  return [...byId.values()].sort((a, b) => newestFirst(a.id, b.id));
}

/**
 * The since_id of a column's next poll: the newest post X has given it, whether the column shows
 * it (`newestShown`), its filters hid it (`readUpTo`) or the user cleared it away (`clearedUpTo`).
 * Asking from anything older reads those posts again, and X bills them again on each later UTC
 * day. Undefined when it has read nothing: its next poll is a first load.
 */
export function columnSinceId(marks: {
  newestShown?: string | undefined;
  readUpTo?: string | undefined;
  clearedUpTo?: string | undefined;
}): string | undefined {
  return maxId(
    [marks.newestShown, marks.readUpTo, marks.clearedUpTo].filter(
      (id): id is string => id !== undefined,
    ),
  );
}

/** The since_id for the next poll: the newest id seen so far, even past a gap. */
export function nextSinceId(
  previous: string | undefined,
  fetchedIds: Iterable<string>,
): string | undefined {
  const newest = maxId(fetchedIds);
  if (newest === undefined) return previous;
  if (previous === undefined) return newest;
  return compareIds(newest, previous) > 0 ? newest : previous;
}
