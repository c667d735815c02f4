import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  horizontalListSortingStrategy,
  sortableKeyboardCoordinates,
} from '@dnd-kit/sortable';
import type { ReactNode } from 'react';
import '../../styles/column-strip.css';
import type { Deck } from '../../../../shared/decks/schema';
import { useStore } from '../../store';
import { refocus } from '../focus';
import { ColumnView, columnDomId } from './ColumnView';
import { ErrorBoundary } from '../ErrorBoundary';
import { dragAnnouncements } from '../../lib/drag-announcements';

/**
 * The deck's columns, in order: drag a column by its handle to move it, with the mouse or with
 * the keyboard (focus the handle, Space, arrows, Space), as dnd-kit's keyboard sensor does.
 * Alt+Shift+arrows and the header's arrow buttons still move it too.
 */
export function ColumnStrip({ deck, after }: { deck: Deck; after: ReactNode }) {
  const moveColumn = useStore((s) => s.moveColumn);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = deck.columns.map((c) => c.id);
  const title = (id: unknown) => deck.columns.find((c) => c.id === id)?.title ?? '';

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const to = ids.indexOf(String(over.id));
    const id = String(active.id);
    if (to < 0) return;
    void moveColumn(deck.id, id, to).then((ok) => ok && refocus(`column-drag-${id}`));
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements: dragAnnouncements('column', title) }}
    >
      <SortableContext items={ids} strategy={horizontalListSortingStrategy}>
        <div className="columns">
          {deck.columns.map((column, index) => (
            <ErrorBoundary
              key={column.id}
              what={`The column “${column.title}”`}
              label={column.title}
              place="column"
            >
              <ColumnView
                deckId={deck.id}
                column={column}
                index={index}
                count={deck.columns.length}
              />
            </ErrorBoundary>
          ))}
          {after}
        </div>
      </SortableContext>
    </DndContext>
  );
}

export { columnDomId };
