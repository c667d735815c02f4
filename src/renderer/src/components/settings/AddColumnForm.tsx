import { useState, type FormEvent } from 'react';
import { emptyColumnForm, formToDraft, type ColumnForm } from '../../lib/column-form';
import { useStore } from '../../store';
import { ColumnSettingsFields } from './ColumnSettingsFields';
import { saveSplitColumns } from './save-columns';
import { useMentionsCovered } from './use-mentions-covered';

/**
 * A new column. Until the user picks one, its account is the first signed-in account (the
 * accounts may arrive after the form is shown).
 */
export function AddColumnForm({ deckId }: { deckId: string }) {
  const addColumn = useStore((s) => s.addColumn);
  const firstAccountId = useStore((s) => s.accounts?.accounts[0]?.id ?? null);
  const [form, setForm] = useState<ColumnForm>(() => emptyColumnForm(null));
  const [accountChosen, setAccountChosen] = useState(false);
  const covered = useMentionsCovered(deckId);
  const value: ColumnForm = accountChosen ? form : { ...form, accountId: firstAccountId };

  const onChange = (next: ColumnForm) => {
    if (next.accountId !== value.accountId) setAccountChosen(true);
    setForm(next);
  };
  const reset = () => {
    setForm(emptyColumnForm(null));
    setAccountChosen(false);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await addColumn(deckId, formToDraft(value, covered))) reset();
  };
  return (
    <section className="column add-column" aria-label="Add a column">
      <h2>Add a column</h2>
      <form className="column-form" onSubmit={(e) => void submit(e)}>
        <ColumnSettingsFields
          value={value}
          onChange={onChange}
          idPrefix={`add-${deckId}`}
          deckId={deckId}
          onSplit={(forms) =>
            void saveSplitColumns(deckId, forms, null).then((ok) => ok && reset())
          }
        />
        <button type="submit" className="button primary">
          Add column
        </button>
      </form>
    </section>
  );
}
