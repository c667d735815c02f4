import { useState } from 'react';
import { useStore } from '../../store';

/** Mark read, refresh and clear: what one does to the column's posts. */
export function ColumnToolbar({ columnId }: { columnId: string }) {
  const markRead = useStore((s) => s.markColumnRead);
  const refresh = useStore((s) => s.refreshColumn);
  const clear = useStore((s) => s.clearColumnPosts);
  const postCount = useStore((s) => s.postCache.columnIds[columnId]?.length ?? 0);
  const [confirmingClear, setConfirmingClear] = useState(false);

  return (
    <div className="column-toolbar">
      <button
        type="button"
        className="button small"
        disabled={postCount === 0}
        onClick={() => void markRead(columnId)}
      >
        Mark read
      </button>
      <button type="button" className="button small" onClick={() => void refresh(columnId)}>
        Refresh
      </button>
      {confirmingClear ? (
        <>
          <button
            type="button"
            className="button small danger"
            autoFocus
            onClick={() => void clear(columnId).then(() => setConfirmingClear(false))}
          >
            Clear {postCount} post{postCount === 1 ? '' : 's'} for good
          </button>
          <button type="button" className="button small" onClick={() => setConfirmingClear(false)}>
            Keep posts
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button small"
          disabled={postCount === 0}
          onClick={() => setConfirmingClear(true)}
        >
          Clear column
        </button>
      )}
    </div>
  );
}
