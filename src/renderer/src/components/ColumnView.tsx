import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { COLUMN_TYPE_LABELS, type Column, type ColumnDraft } from '../../../shared/decks/schema';
import { useStore } from '../store';
import { ColumnFields } from './ColumnFields';
import { refocus } from './focus';

interface Props {
  deckId: string;
  column: Column;
  index: number;
  count: number;
}

export const columnDomId = (columnId: string) => `column-${columnId}`;

/**
 * One column: a labelled region. Alt+Shift+Left/Right anywhere in it moves it; the same moves
 * are buttons in its header for those who prefer them.
 */
export function ColumnView({ deckId, column, index, count }: Props) {
  const moveColumn = useStore((s) => s.moveColumn);
  const removeColumn = useStore((s) => s.removeColumn);
  const [editing, setEditing] = useState(false);

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
    <section
      id={columnDomId(column.id)}
      role="region"
      aria-label={column.title}
      tabIndex={-1}
      className={`column width-${column.width}`}
      onKeyDown={onKeyDown}
    >
      <header className="column-header">
        <h2 className="column-title">{column.title}</h2>
        <span className="column-type">{COLUMN_TYPE_LABELS[column.type]}</span>
        <div className="column-actions">
          <button
            type="button"
            className="icon-button"
            aria-label={`Edit column ${column.title}`}
            onClick={() => setEditing(!editing)}
            aria-expanded={editing}
          >
            ✎
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={`Move ${column.title} left`}
            disabled={index === 0}
            onClick={() => move(index - 1)}
          >
            ←
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={`Move ${column.title} right`}
            disabled={index === count - 1}
            onClick={() => move(index + 1)}
          >
            →
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={`Remove column ${column.title}`}
            onClick={() => void removeColumn(deckId, column.id)}
          >
            ✕
          </button>
        </div>
      </header>
      {editing && <ColumnEditor deckId={deckId} column={column} onDone={() => setEditing(false)} />}
      <div className="column-body">
        <p className="column-empty">
          No posts yet: this column fills once an X account is connected to it.
        </p>
      </div>
    </section>
  );
}

function ColumnEditor({
  deckId,
  column,
  onDone,
}: {
  deckId: string;
  column: Column;
  onDone(): void;
}) {
  const updateColumn = useStore((s) => s.updateColumn);
  const [draft, setDraft] = useState<ColumnDraft>({
    type: column.type,
    title: column.title,
    width: column.width,
  });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await updateColumn(deckId, column.id, draft)) onDone();
  };
  return (
    <form
      className="column-form"
      aria-label={`Settings of ${column.title}`}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && onDone()}
    >
      <ColumnFields value={draft} onChange={setDraft} idPrefix={`edit-${column.id}`} />
      <div className="form-buttons">
        <button type="submit" className="button primary">
          Save column
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
