import { formToDraft, formToPatch, type ColumnForm } from '../../lib/column-form';
import { useStore } from '../../store';

/**
 * Saves a search split over several columns: the first form into the column being edited (or
 * as a new column), every other one as a new column. Stops at the first refusal, which main
 * explains through the usual error messages.
 */
export async function saveSplitColumns(
  deckId: string,
  forms: readonly ColumnForm[],
  editingColumnId: string | null,
  /** Handles the deck's Mentions columns read: each chunk leaves them out, as one column does. */
  covered: string[] = [],
): Promise<boolean> {
  const { updateColumn, addColumn } = useStore.getState();
  for (const [i, form] of forms.entries()) {
    const ok =
      i === 0 && editingColumnId
        ? await updateColumn(deckId, editingColumnId, formToPatch(form, covered))
        : await addColumn(deckId, formToDraft(form, covered));
    if (!ok) return false;
  }
  return true;
}
