import type { ReactNode } from 'react';
import { COLUMN_TYPE_LABELS } from '../../../../shared/decks/constants';
import type { Column } from '../../../../shared/decks/schema';
import { columnCostWords } from '../../lib/spend-words';
import { useStore } from '../../store';
import { ColumnAccountBadge } from './ColumnAccountBadge';
import { ColumnUnread } from './ColumnUnread';
import { ColumnInboxCount } from '../inbox/ColumnInboxCount';

interface Props {
  column: Column;
  /** The handle the column strip drags the column by (ColumnStrip). */
  dragHandle?: ReactNode;
  /** Today's reads, shown beside the type. */
  reads: ReactNode;
  index: number;
  count: number;
  editing: boolean;
  onToggleEdit(): void;
  onMove(to: number): void;
  onRemove(): void;
}

/** Title, type and account of a column, and the buttons that edit, move and remove it. */
export function ColumnHeader({
  column,
  dragHandle,
  reads,
  index,
  count,
  editing,
  onToggleEdit,
  onMove,
  onRemove,
}: Props) {
  // The cost tooltip is written when the pointer arrives, from the store as it is then: a
  // subscription would re-render the header on every poll and every change of spend.
  const showCost = (heading: HTMLElement) => {
    const s = useStore.getState();
    const cost = s.spend?.columns.find((c) => c.columnId === column.id);
    // Today's reads come with every poll (the column's status); the average with spend changes.
    if (cost) heading.title = columnCostWords(cost, s.columnStatuses[column.id]?.readsToday);
  };
  return (
    <header className="column-header">
      {dragHandle}
      <div className="column-heading" onMouseEnter={(e) => showCost(e.currentTarget)}>
        <h2 className="column-title">
          {column.title}
          {column.type === 'inbox' ? (
            <ColumnInboxCount accountId={column.accountId} />
          ) : (
            <ColumnUnread columnId={column.id} title={column.title} />
          )}
        </h2>
        <div className="column-meta">
          <ColumnAccountBadge accountId={column.accountId} />
          <span className="column-type">{COLUMN_TYPE_LABELS[column.type]}</span>
          {reads}
        </div>
      </div>
      <div className="column-actions">
        <button
          type="button"
          className="icon-button"
          aria-label={`Edit column ${column.title}`}
          onClick={onToggleEdit}
          aria-expanded={editing}
        >
          ✎
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Move ${column.title} left`}
          disabled={index === 0}
          onClick={() => onMove(index - 1)}
        >
          ←
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Move ${column.title} right`}
          disabled={index === count - 1}
          onClick={() => onMove(index + 1)}
        >
          →
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Remove column ${column.title}`}
          onClick={onRemove}
        >
          ✕
        </button>
      </div>
    </header>
  );
}
