import { useStore } from '../../store';

/** The columns removed lately, any deck: each can come back with all its settings. */
export function RemovedColumns() {
  const removed = useStore((s) => s.removedColumns);
  const restore = useStore((s) => s.restoreColumn);
  const decks = useStore((s) => s.layout?.decks);
  if (removed.length === 0) return null;
  return (
    <details className="removed-columns">
      <summary>Recently removed ({removed.length})</summary>
      <ul>
        {removed.map((r) => (
          <li key={r.key}>
            <span>
              {r.column.title}
              <span className="muted">
                {' '}
                · {decks?.find((d) => d.id === r.deckId)?.name ?? 'a deck no longer there'}
              </span>
            </span>
            <button
              type="button"
              className="button small"
              aria-label={`Restore ${r.column.title}`}
              onClick={() => void restore(r.key)}
            >
              Restore
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
