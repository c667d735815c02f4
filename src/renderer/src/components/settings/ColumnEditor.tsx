import { useState } from 'react';
import type { Column } from '../../../../shared/decks/schema';
import { columnToForm, formToPatch, type ColumnForm } from '../../lib/column-form';
import { useStore } from '../../store';
import { ColumnSettingsFields } from './ColumnSettingsFields';
import { saveSplitColumns } from './save-columns';
import { useColumnFormCheck } from './use-column-form';
import { useMentionsCovered } from './use-mentions-covered';

/**
 * A column's settings, edited in place (labels above fields, so nothing overlaps in a narrow
 * column) or in a wide panel over the deck; Escape or Cancel leaves them as they were.
 */
export function ColumnEditor({
  deckId,
  column,
  onDone,
}: {
  deckId: string;
  column: Column;
  onDone(): void;
}) {
  const updateColumn = useStore((s) => s.updateColumn);
  const [form, setForm] = useState<ColumnForm>(() => columnToForm(column));
  const [wide, setWide] = useState(false);
  const formId = `edit-column-form-${column.id}`;
  const check = useColumnFormCheck(formId);
  const covered = useMentionsCovered(deckId);
  return (
    <form
      id={formId}
      className={`column-form${wide ? ' wide-panel' : ''}`}
      aria-label={`Settings of ${column.title}`}
      noValidate
      onSubmit={check.onSubmit(form, async (f) => {
        if (await updateColumn(deckId, column.id, formToPatch(f, covered))) onDone();
      })}
      onKeyDown={(e) => e.key === 'Escape' && onDone()}
    >
      <div className="column-form-head form-buttons">
        <h3>Settings of {column.title}</h3>
        <button
          type="button"
          className="button small"
          aria-pressed={wide}
          onClick={() => setWide(!wide)}
        >
          {wide ? 'Show in the column' : 'Open as a wide panel'}
        </button>
      </div>
      <ColumnSettingsFields
        value={form}
        problems={check.problemsOf(form)}
        onChange={setForm}
        idPrefix={`edit-${column.id}`}
        deckId={deckId}
        onSplit={(forms) =>
          void saveSplitColumns(deckId, forms, column.id, covered).then((ok) => ok && onDone())
        }
      />
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
