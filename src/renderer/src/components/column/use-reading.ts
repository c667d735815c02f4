import { useEffect, useState } from 'react';
import { isNewer } from '../../../../shared/posts/ids';
import { useStore } from '../../store';

const pageVisible = () => document.visibilityState === 'visible';

/**
 * Reading clears the unread count: while the column is on screen (its deck shown, the window
 * visible) and scrolled to its top, every post in it has been in front of the user, so its read
 * marker moves to the newest. Scrolled down, or with the window hidden, new posts stay unread.
 */
export function useReadWhileShown(
  columnId: string,
  ids: readonly string[],
  marker: string | undefined,
  away: boolean,
): void {
  const markRead = useStore((s) => s.markColumnRead);
  const [visible, setVisible] = useState(pageVisible);
  useEffect(() => {
    const update = () => setVisible(pageVisible());
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);
  const newest = ids[0];
  const unseen = newest !== undefined && (marker === undefined || isNewer(newest, marker));
  useEffect(() => {
    if (unseen && visible && !away) void markRead(columnId);
  }, [columnId, newest, unseen, visible, away, markRead]);
}
