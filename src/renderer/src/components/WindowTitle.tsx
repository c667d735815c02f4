import { useEffect } from 'react';
import { windowTitle } from '../lib/timebox-words';
import { titleWithUnread } from '../lib/unread';
import { useStore } from '../store';
import { selectTotalUnread } from '../store/selectors';

/** The window title: the unread total in front, then a focus session's countdown and purpose. */
export function WindowTitle() {
  const session = useStore((s) => s.timebox?.status.focusSession ?? null);
  const unread = useStore(selectTotalUnread);
  const title = titleWithUnread(windowTitle(session), unread);
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
