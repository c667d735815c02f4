import type { KeyboardEvent, ReactNode } from 'react';
import { SortableList } from '../drag/SortableList';
import { useSortableItem } from '../drag/use-sortable-item';

/**
 * Deck tabs move by drag, as columns do: with the mouse, or from the keyboard with dnd-kit's
 * keyboard sensor (Space picks the focused tab up, arrows move it, Space drops it, Escape
 * cancels). Only Space starts a drag, so Enter and the tablist's own arrows keep their meaning.
 * dnd-kit joins the tabs once loaded, after the first paint (SortableList).
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
  return (
    <SortableList
      items={decks}
      noun="deck"
      onMove={onMove}
      onDragging={onDragging}
      keyboardCodes={KEYBOARD_CODES}
    >
      {children}
    </SortableList>
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
  const { setNode, transform, transition, isDragging, listeners, attributes } =
    useSortableItem(deckId);
  const sensorKeyDown = listeners?.onKeyDown as ((e: KeyboardEvent) => void) | undefined;
  return {
    setNode,
    style: {
      transform,
      transition,
      ...(isDragging ? { zIndex: 1, position: 'relative' as const } : {}),
    },
    /** dnd-kit's instructions (Space, arrows, Space), there once it can drag the tab. */
    describedBy: attributes?.['aria-describedby'] as string | undefined,
    onPointerDown: listeners?.onPointerDown as ((e: React.PointerEvent) => void) | undefined,
    onKeyDown: (e: KeyboardEvent<HTMLButtonElement>) => {
      onKeyDown(e);
      if (!e.defaultPrevented) sensorKeyDown?.(e);
    },
  };
}
