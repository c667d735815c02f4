import { useId, useState, type FormEvent } from 'react';
import { FieldError } from './FieldError';

interface Props {
  label: string;
  submitLabel: string;
  initial: string;
  /** What is wrong with a value, in words, or null; checked on submit and then as one types. */
  validate?(value: string): string | null;
  onSubmit(value: string): void | Promise<void>;
  onCancel(): void;
}

/**
 * A one-field form for a name. A problem is said beside the field (and nothing is sent); the
 * field keeps its text until main accepts it, and main still decides what is valid.
 */
export function NameForm({ label, submitLabel, initial, validate, onSubmit, onCancel }: Props) {
  const [value, setValue] = useState(initial);
  const [checked, setChecked] = useState(false);
  const errorId = useId();
  const problem = checked && validate ? validate(value) : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    if (validate?.(value)) return;
    void onSubmit(value);
  };
  return (
    <form
      className="inline-form"
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <span className="field-stack">
        <input
          aria-label={label}
          aria-required="true"
          aria-invalid={problem !== null}
          aria-describedby={problem ? errorId : undefined}
          value={value}
          autoFocus
          onChange={(e) => setValue(e.target.value)}
        />
        <FieldError id={errorId} problem={problem} />
      </span>
      <button type="submit" className="button primary">
        {submitLabel}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
