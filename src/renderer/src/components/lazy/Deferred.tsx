import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { useStore, type Store } from '../../store';
import { loadDeferredParts } from './parts';

/**
 * Renders `children` (a lazy part) from the first time `wanted` holds, and keeps it mounted after,
 * so a dialog's own closing (focus going back where it was) still runs. Until then nothing is
 * loaded. The parts are modal dialogs or sheets: while one loads there is nothing to hold a place
 * for, so the fallback is empty.
 */
export function Deferred({
  wanted,
  children,
}: {
  wanted: (state: Store) => boolean;
  children: ReactNode;
}) {
  const now = useStore(wanted);
  const [seen, setSeen] = useState(now);
  if (now && !seen) setSeen(true);
  return seen || now ? <Suspense fallback={null}>{children}</Suspense> : null;
}

/** Once the deck is shown (`ready`) and the window idle, fetch the deferred parts. */
export function useLoadDeferredWhenIdle(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const id = requestIdleCallback(loadDeferredParts, { timeout: 5000 });
    return () => cancelIdleCallback(id);
  }, [ready]);
}
