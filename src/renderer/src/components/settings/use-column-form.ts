import { useState, type FormEvent } from 'react';
import type { ColumnForm } from '../../lib/column-form';
import { columnFormProblems, titleOf, type ColumnProblems } from '../../lib/column-form-problems';

/**
 * The checking shared by the add and edit forms: nothing is sent while a field has a problem;
 * after a first try, problems follow the typing (and go as soon as they are fixed). An empty
 * title becomes the default one when the form is sent.
 */
export function useColumnFormCheck(formElementId: string) {
  const [tried, setTried] = useState(false);
  const problemsOf = (form: ColumnForm): ColumnProblems => (tried ? columnFormProblems(form) : {});
  const onSubmit =
    (form: ColumnForm, send: (form: ColumnForm) => Promise<unknown>) => (e: FormEvent) => {
      e.preventDefault();
      setTried(true);
      if (Object.keys(columnFormProblems(form)).length > 0) {
        // Focus the first field with a problem, once React has marked it.
        requestAnimationFrame(() =>
          document
            .getElementById(formElementId)
            ?.querySelector<HTMLElement>('[aria-invalid="true"]')
            ?.focus(),
        );
        return;
      }
      void send({ ...form, title: titleOf(form) });
    };
  return { problemsOf, onSubmit, reset: () => setTried(false) };
}
