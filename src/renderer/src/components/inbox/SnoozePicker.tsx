import { useEffect, useId, useRef, useState } from 'react';
import type { z } from 'zod';
import type { SnoozeChoiceSchema } from '../../../../shared/inbox/schema';
import { localInputValue, pickedTime } from '../../lib/inbox-view';
import { FieldError } from '../FieldError';

type SnoozeChoice = z.infer<typeof SnoozeChoiceSchema>;

const HOUR = 3_600_000;

/** Snooze until later today, tomorrow morning, next week, or a picked time. Escape cancels. */
export function SnoozePicker({
  onPick,
  onCancel,
}: {
  onPick(choice: SnoozeChoice): void;
  onCancel(): void;
}) {
  const id = useId();
  const [value, setValue] = useState(() => localInputValue(Date.now() + 2 * HOUR));
  const [problem, setProblem] = useState<string | null>(null);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);

  const pick = () => {
    const picked = pickedTime(value, Date.now());
    if ('problem' in picked) return setProblem(picked.problem);
    onPick({ until: picked.until });
  };

  return (
    <div
      role="group"
      aria-label="Snooze until"
      className="inbox-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <button
        ref={first}
        type="button"
        className="button small"
        onClick={() => onPick('later-today')}
      >
        Later today
      </button>
      <button type="button" className="button small" onClick={() => onPick('tomorrow')}>
        Tomorrow
      </button>
      <button type="button" className="button small" onClick={() => onPick('next-week')}>
        Next week
      </button>
      <label htmlFor={`${id}-at`}>Pick a time</label>
      <input
        id={`${id}-at`}
        type="datetime-local"
        value={value}
        aria-invalid={problem !== null}
        aria-describedby={`${id}-problem`}
        onChange={(e) => {
          setValue(e.target.value);
          setProblem(null);
        }}
      />
      <button type="button" className="button small" onClick={pick}>
        Snooze until then
      </button>
      <button type="button" className="button small" onClick={onCancel}>
        Cancel
      </button>
      <FieldError id={`${id}-problem`} problem={problem} />
    </div>
  );
}
