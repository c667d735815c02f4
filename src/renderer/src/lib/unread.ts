import { isNewer } from '../../../shared/posts/ids';

/**
 * Unread counts: a column's posts newer than its read marker. A column that has never been read
 * (no marker yet) counts nothing: Timedeck cannot know what the user saw before. The marker
 * itself lives in main (the poller's cache today, the library later), behind
 * `columns.markRead` and the snapshot's `readMarkers`; this is only how it is counted.
 */
export function unreadCount(ids: readonly string[], marker: string | undefined): number {
  if (marker === undefined) return 0;
  let n = 0;
  // Newest first: stop at the first post the marker covers.
  for (const id of ids) {
    if (!isNewer(id, marker)) break;
    n++;
  }
  return n;
}

/** The unread posts of some columns, added up. */
export function unreadOf(
  columnIds: readonly string[],
  posts: Readonly<Record<string, readonly string[]>>,
  markers: Readonly<Record<string, string>>,
): number {
  return columnIds.reduce((sum, id) => sum + unreadCount(posts[id] ?? [], markers[id]), 0);
}

/** A count as a badge shows it: nothing for 0, "99+" past 99. */
export const badgeText = (n: number): string => (n <= 0 ? '' : n > 99 ? '99+' : String(n));

/** The window title with the total unread in front, as mail and chat apps write it. */
export const titleWithUnread = (title: string, unread: number): string =>
  unread > 0 ? `(${badgeText(unread)}) ${title}` : title;
