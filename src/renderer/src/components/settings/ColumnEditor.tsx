import { useState, type FormEvent } from 'react';
import type { Column } from '../../../../shared/decks/schema';
import { columnToForm, formToPatch, type ColumnForm } from '../../lib/column-form';
import { useStore } from '../../store';
import { ColumnSettingsFields } from './ColumnSettingsFields';
import { saveSplitColumns } from './save-columns';
import { useMentionsCovered } from './use-mentions-covered';

/** A column's settings, edited in place; Escape or Cancel leaves them as they were. */
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
  const covered = useMentionsCovered(deckId);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await updateColumn(deckId, column.id, formToPatch(form, covered))) onDone();
  };
  return (
    <form
      className="column-form"
      aria-label={`Settings of ${column.title}`}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && onDone()}
    >
      <ColumnSettingsFields
        value={form}
        onChange={setForm}
        idPrefix={`edit-${column.id}`}
        deckId={deckId}
        onSplit={(forms) =>
          void saveSplitColumns(deckId, forms, column.id).then((ok) => ok && onDone())
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
