import { useEffect } from 'react';
import { useNow } from '../../hooks/use-now';
import { waitWords } from '../../lib/inbox-view';
import { useStore } from '../../store';

/**
 * On the lock panel: how many customers still wait and for how long, as numbers only (no post
 * is read while locked), so the owner can choose an override for them, or not.
 */
export function LockInboxSummary() {
  const summary = useStore((s) => s.inboxSummary);
  const load = useStore((s) => s.loadInbox);
  const now = useNow(60_000);
  useEffect(() => void load(), [load]);
  if (!summary) return null;
  return (
    <p className="lock-inbox" role="status">
      {summary.open === 0
        ? 'No customer is waiting for an answer.'
        : `${summary.open} conversation${summary.open === 1 ? ' is' : 's are'} still open; the oldest has waited ${waitWords(now - (summary.oldestOpenSince ?? now))}.`}
    </p>
  );
}
