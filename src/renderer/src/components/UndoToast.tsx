import { useEffect } from 'react';
import { UNDO_MS } from '../store/removed-columns-slice';
import { useStore } from '../store';

/**
 * "Removed “Brand search”. Undo" for ten seconds after a column is removed. The column's settings
 * stay in a short history after that (see the Add a column panel).
 */
export function UndoToast() {
  const undoable = useStore((s) => s.undoable);
  const restore = useStore((s) => s.restoreColumn);
  const dismiss = useStore((s) => s.dismissUndo);
  useEffect(() => {
    if (!undoable) return;
    const timer = setTimeout(() => dismiss(undoable.key), UNDO_MS);
    return () => clearTimeout(timer);
  }, [undoable, dismiss]);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {undoable && (
        <div className="toast">
          <span>Removed “{undoable.column.title}”.</span>
          <button type="button" className="button small" onClick={() => void restore(undoable.key)}>
            Undo
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss"
            onClick={() => dismiss(undoable.key)}
          >
            ✕
          </button>
        </div>
      )}
    </div>
  );
}
