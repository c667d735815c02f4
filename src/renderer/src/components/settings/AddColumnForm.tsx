import { useState } from 'react';
import { emptyColumnForm, formToDraft, type ColumnForm } from '../../lib/column-form';
import { deckAccount } from '../../lib/deck-account';
import { useStore } from '../../store';
import { selectAccounts } from '../../store/selectors';
import { ColumnSettingsFields } from './ColumnSettingsFields';
import { RemovedColumns } from './RemovedColumns';
import { saveSplitColumns } from './save-columns';
import { useColumnFormCheck } from './use-column-form';
import { useMentionsCovered } from './use-mentions-covered';

/**
 * A new column. Until the user picks one, its account is the one the deck mostly reads as (the
 * accounts may arrive after the form is shown), as the `n` shortcut picks it.
 */
export function AddColumnForm({ deckId }: { deckId: string }) {
  const addColumn = useStore((s) => s.addColumn);
  const accounts = useStore(selectAccounts);
  const columns = useStore((s) => s.layout?.decks.find((d) => d.id === deckId)?.columns);
  const defaultAccountId = deckAccount(
    columns ?? [],
    accounts.map((a) => a.id),
  );
  const [form, setForm] = useState<ColumnForm>(() => emptyColumnForm(null));
  const [accountChosen, setAccountChosen] = useState(false);
  const value: ColumnForm = accountChosen ? form : { ...form, accountId: defaultAccountId };
  const formId = `add-column-form-${deckId}`;
  const check = useColumnFormCheck(formId);
  const covered = useMentionsCovered(deckId);

  const onChange = (next: ColumnForm) => {
    if (next.accountId !== value.accountId) setAccountChosen(true);
    setForm(next);
  };
  const reset = () => {
    setForm(emptyColumnForm(null));
    setAccountChosen(false);
    check.reset();
  };
  return (
    <section className="column add-column" aria-label="Add a column">
      <h2>Add a column</h2>
      <form
        id={formId}
        className="column-form"
        noValidate
        onSubmit={check.onSubmit(value, async (f) => {
          if (await addColumn(deckId, formToDraft(f, covered))) reset();
        })}
      >
        <ColumnSettingsFields
          value={value}
          problems={check.problemsOf(value)}
          onChange={onChange}
          idPrefix={`add-${deckId}`}
          deckId={deckId}
          onSplit={(forms) =>
            void saveSplitColumns(deckId, forms, null, covered).then((ok) => ok && reset())
          }
        />
        <button type="submit" className="button primary">
          Add column
        </button>
      </form>
      <RemovedColumns />
    </section>
  );
}
