import { useState, type FormEvent } from 'react';

interface Props {
  label: string;
  submitLabel: string;
  initial: string;
  onSubmit(value: string): void | Promise<void>;
  onCancel(): void;
}

/**
 * A one-field form for a name. It sends what the user typed, empty included: main decides what
 * is valid and says why not, and the field keeps its text until main accepts it.
 */
export function NameForm({ label, submitLabel, initial, onSubmit, onCancel }: Props) {
  const [value, setValue] = useState(initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void onSubmit(value);
  };
  return (
    <form
      className="inline-form"
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <input
        aria-label={label}
        value={value}
        autoFocus
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="submit" className="button primary">
        {submitLabel}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
