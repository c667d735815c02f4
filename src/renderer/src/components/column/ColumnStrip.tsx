import type { ReactNode } from 'react';
import '../../styles/column-strip.css';
import type { Deck } from '../../../../shared/decks/schema';
import { useStore } from '../../store';
import { refocus } from '../focus';
import { ColumnView, columnDomId } from './ColumnView';
import { ErrorBoundary } from '../ErrorBoundary';
import { SortableList } from '../drag/SortableList';

/**
 * The deck's columns, in order: drag a column by its handle to move it, with the mouse or with
 * the keyboard (focus the handle, Space, arrows, Space), as dnd-kit's keyboard sensor does.
 * Alt+Shift+arrows and the header's arrow buttons still move it too. dnd-kit joins the columns
 * once loaded, after the first paint (SortableList).
 */
export function ColumnStrip({ deck, after }: { deck: Deck; after: ReactNode }) {
  const moveColumn = useStore((s) => s.moveColumn);
  const items = deck.columns.map((c) => ({ id: c.id, name: c.title }));
  const onMove = (id: string, to: number) =>
    void moveColumn(deck.id, id, to).then((ok) => ok && refocus(`column-drag-${id}`));

  return (
    <SortableList items={items} noun="column" onMove={onMove}>
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
    </SortableList>
  );
}

export { columnDomId };
