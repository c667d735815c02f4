import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type DragEndEvent,
  type KeyboardCodes,
} from '@dnd-kit/core';
import {
  SortableContext,
  horizontalListSortingStrategy,
  sortableKeyboardCoordinates,
  useSortable,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useLayoutEffect } from 'react';
import { dragAnnouncements } from '../../lib/drag-announcements';
import type { SortableRegistry } from './sortable-registry';

export interface SortableBindingsProps {
  registry: SortableRegistry;
  /** The items' ids, in order, with their names for what a screen reader hears. */
  items: ReadonlyArray<{ id: string; name: string }>;
  /** "deck" or "column". */
  noun: string;
  onMove(id: string, toIndex: number): void;
  /** True while an item is picked up. */
  onDragging?(dragging: boolean): void;
  keyboardCodes?: KeyboardCodes;
}

/**
 * dnd-kit for one sortable list (this module is its own chunk): drag with the mouse, or from the
 * keyboard with its keyboard sensor (Space picks the focused handle up, arrows move it, Space
 * drops it, Escape cancels). It renders no element of the list: each item's binding publishes
 * to the registry, and the items render what they read there.
 */
export default function SortableBindings({
  registry,
  items,
  noun,
  onMove,
  onDragging,
  keyboardCodes,
}: SortableBindingsProps) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
      ...(keyboardCodes ? { keyboardCodes } : {}),
    }),
  );
  const ids = items.map((i) => i.id);
  const name = (id: unknown) => items.find((i) => i.id === id)?.name ?? '';
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    onDragging?.(false);
    if (!over || active.id === over.id) return;
    const to = ids.indexOf(String(over.id));
    if (to >= 0) onMove(String(active.id), to);
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragStart={() => onDragging?.(true)}
      onDragEnd={onDragEnd}
      onDragCancel={() => onDragging?.(false)}
      accessibility={{ announcements: dragAnnouncements(noun, name) }}
    >
      <SortableContext items={ids} strategy={horizontalListSortingStrategy}>
        {ids.map((id) => (
          <Binding key={id} id={id} registry={registry} />
        ))}
      </SortableContext>
    </DndContext>
  );
}

function Binding({ id, registry }: { id: string; registry: SortableRegistry }) {
  const { setNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({
    id,
  });
  useLayoutEffect(() => {
    registry.bind(id, setNodeRef);
    return () => registry.release(id);
  }, [registry, id, setNodeRef]);
  const css = CSS.Translate.toString(transform) ?? undefined;
  // Before paint, so the item moves in the same frame as dnd-kit's state.
  useLayoutEffect(() => {
    registry.publish(id, {
      attributes: attributes as unknown as Record<string, unknown>,
      listeners,
      transform: css,
      transition,
      isDragging,
    });
  });
  return null;
}
