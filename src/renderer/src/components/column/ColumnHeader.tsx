import type { ReactNode } from 'react';
import { COLUMN_TYPE_LABELS, type Column } from '../../../../shared/decks/schema';
import { ColumnAccountBadge } from './ColumnAccountBadge';
import { ColumnUnread } from './ColumnUnread';

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
  return (
    <header className="column-header">
      {dragHandle}
      <div className="column-heading">
        <h2 className="column-title">
          {column.title}
          <ColumnUnread columnId={column.id} title={column.title} />
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
