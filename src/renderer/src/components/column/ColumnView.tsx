import { Suspense, useState, type KeyboardEvent } from 'react';
import type { Column } from '../../../../shared/decks/schema';
import { useStore } from '../../store';
import { selectAccount } from '../../store/selectors';
import { refocus } from '../focus';
import { useSortableItem } from '../drag/use-sortable-item';
import { ColumnEditor, InboxFeed } from '../lazy/parts';
import { columnWidthPx } from '../../lib/column-width';
import { ColumnFeed } from './ColumnFeed';
import { ColumnResizeEdge } from './ColumnResizeEdge';
import { ColumnHeader } from './ColumnHeader';
import { ColumnReads, ColumnStatusLine } from './ColumnStatusLine';
import { ColumnToolbar } from './ColumnToolbar';

interface Props {
  deckId: string;
  column: Column;
  index: number;
  count: number;
}

export const columnDomId = (columnId: string) => `column-${columnId}`;

/**
 * One column: a labelled region. Alt+Shift+Left/Right anywhere in it moves it; the same moves
 * are buttons in its header for those who prefer them. Its top edge carries its account's colour.
 */
export function ColumnView({ deckId, column, index, count }: Props) {
  const moveColumn = useStore((s) => s.moveColumn);
  const removeColumn = useStore((s) => s.removeColumnWithUndo);
  const setFocus = useStore((s) => s.setFocus);
  const color = useStore((s) => selectAccount(column.accountId)(s)?.color);
  const updateColumn = useStore((s) => s.updateColumn);
  const [editing, setEditing] = useState(false);
  const [previewWidth, setPreviewWidth] = useState<number | null>(null);
  const { setNode, attributes, listeners, transform, transition, isDragging } = useSortableItem(
    column.id,
  );
  const width = previewWidth ?? columnWidthPx(column);

  const move = (to: number) => {
    if (to < 0 || to >= count) return;
    void moveColumn(deckId, column.id, to).then((ok) => ok && refocus(columnDomId(column.id)));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (!e.altKey || !e.shiftKey) return;
    if (e.key === 'ArrowLeft') move(index - 1);
    else if (e.key === 'ArrowRight') move(index + 1);
    else return;
    e.preventDefault();
  };

  return (
    <>
      <section
        id={columnDomId(column.id)}
        role="region"
        aria-label={column.title}
        tabIndex={-1}
        ref={setNode}
        className={`column width-${column.width}${isDragging ? ' dragging' : ''}`}
        style={{
          ...(color ? { borderTopColor: color } : {}),
          width,
          transform,
          transition,
        }}
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          if (e.target === e.currentTarget) setFocus(column.id, null);
        }}
      >
        <ColumnHeader
          column={column}
          dragHandle={
            <button
              type="button"
              id={`column-drag-${column.id}`}
              className="icon-button column-drag-handle"
              aria-label={`Drag to move ${column.title}`}
              title="Drag to move (or Space, then arrows)"
              {...attributes}
              {...listeners}
              aria-roledescription="movable column"
            >
              ⠿
            </button>
          }
          reads={<ColumnReads columnId={column.id} />}
          index={index}
          count={count}
          editing={editing}
          onToggleEdit={() => setEditing(!editing)}
          onMove={move}
          onRemove={() => void removeColumn(deckId, column.id)}
        />
        <ColumnStatusLine columnId={column.id} onOpenSettings={() => setEditing(true)} />
        {editing && (
          <Suspense fallback={null}>
            <ColumnEditor deckId={deckId} column={column} onDone={() => setEditing(false)} />
          </Suspense>
        )}
        {column.type === 'inbox' ? (
          <Suspense fallback={<div className="inbox" aria-busy="true" />}>
            <InboxFeed column={column} />
          </Suspense>
        ) : (
          <>
            <ColumnToolbar columnId={column.id} />
            <ColumnFeed columnId={column.id} title={column.title} />
          </>
        )}
      </section>
      <ColumnResizeEdge
        title={column.title}
        width={width}
        onPreview={setPreviewWidth}
        onCommit={(px) => void updateColumn(deckId, column.id, { widthPx: px })}
      />
    </>
  );
}
