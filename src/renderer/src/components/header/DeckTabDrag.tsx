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
  useSortable,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { KeyboardEvent, ReactNode } from 'react';
import { dragAnnouncements } from '../../lib/drag-announcements';

/**
 * Deck tabs move by drag, as columns do: with the mouse, or from the keyboard with dnd-kit's
 * keyboard sensor (Space picks the focused tab up, arrows move it, Space drops it, Escape
 * cancels). Only Space starts a drag, so Enter and the tablist's own arrows keep their meaning.
 */

const KEYBOARD_CODES = { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] };

export function DeckTabDrag({
  decks,
  onMove,
  onDragging,
  children,
}: {
  decks: ReadonlyArray<{ id: string; name: string }>;
  onMove(deckId: string, toIndex: number): void;
  /** True while a tab is picked up: the tablist's own arrow keys stand aside. */
  onDragging(dragging: boolean): void;
  children: ReactNode;
}) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
      keyboardCodes: KEYBOARD_CODES,
    }),
  );
  const ids = decks.map((d) => d.id);
  const name = (id: unknown) => decks.find((d) => d.id === id)?.name ?? '';
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    onDragging(false);
    if (!over || active.id === over.id) return;
    const to = ids.indexOf(String(over.id));
    if (to >= 0) onMove(String(active.id), to);
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragStart={() => onDragging(true)}
      onDragEnd={onDragEnd}
      onDragCancel={() => onDragging(false)}
      accessibility={{ announcements: dragAnnouncements('deck', name) }}
    >
      <SortableContext items={ids} strategy={horizontalListSortingStrategy}>
        {children}
      </SortableContext>
    </DndContext>
  );
}

/**
 * What a tab needs to be dragged: its node, its moving style, and the sensors' handlers, merged
 * with the tab's own key handler (which runs first, and alone for the tablist's own keys).
 */
export function useDeckTabDrag(
  deckId: string,
  onKeyDown: (e: KeyboardEvent<HTMLButtonElement>) => void,
) {
  const { setNodeRef, transform, transition, isDragging, listeners } = useSortable({ id: deckId });
  const sensorKeyDown = listeners?.onKeyDown as ((e: KeyboardEvent) => void) | undefined;
  return {
    setNode: setNodeRef,
    style: {
      transform: CSS.Translate.toString(transform),
      transition,
      ...(isDragging ? { zIndex: 1, position: 'relative' as const } : {}),
    },
    onPointerDown: listeners?.onPointerDown as ((e: React.PointerEvent) => void) | undefined,
    onKeyDown: (e: KeyboardEvent<HTMLButtonElement>) => {
      onKeyDown(e);
      if (!e.defaultPrevented) sensorKeyDown?.(e);
    },
  };
}
