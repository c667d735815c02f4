import { useState, type FormEvent } from 'react';
import type { ColumnDraft } from '../../../shared/decks/schema';
import { useStore } from '../store';
import { ColumnFields } from './ColumnFields';

const EMPTY: ColumnDraft = { type: 'search', title: '', width: 'medium' };

export function AddColumnForm({ deckId }: { deckId: string }) {
  const addColumn = useStore((s) => s.addColumn);
  const [draft, setDraft] = useState<ColumnDraft>(EMPTY);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await addColumn(deckId, draft)) setDraft(EMPTY);
  };
  return (
    <section className="column add-column" aria-label="Add a column">
      <h2>Add a column</h2>
      <form className="column-form" onSubmit={(e) => void submit(e)}>
        <ColumnFields value={draft} onChange={setDraft} idPrefix={`add-${deckId}`} />
        <button type="submit" className="button primary">
          Add column
        </button>
      </form>
    </section>
  );
}
