import { useState, type FormEvent } from 'react';
import { countdown } from '../../lib/timebox-words';
import { useStore } from '../../store';

/** The override's wait as main counts it; 30 s is main's rule, shown here only as words. */
const WAIT_WORDS = '30 seconds';

/**
 * Asking for more time: the user writes why, then stays on this window while main counts down
 * (main pushes the remaining wait every second; leaving the window starts it over). The minutes
 * come from tomorrow's budget.
 */
export function OverrideFlow() {
  const flow = useStore((s) => s.timebox?.override);
  const allowance = useStore((s) => s.timebox?.status.override);
  const requestOverride = useStore((s) => s.requestOverride);
  const cancelOverride = useStore((s) => s.cancelOverride);
  const [reason, setReason] = useState('');
  const [asking, setAsking] = useState(false);
  if (!flow || !allowance) return null;

  if (flow.state === 'waiting') {
    const away = flow.focused === false;
    return (
      <section className="override" aria-labelledby="override-heading">
        <h3 id="override-heading">More time</h3>
        <p className="override-countdown" role="timer" aria-label="Override wait">
          Stay on this window: {countdown((flow.waitRemainingMs ?? 0) / 1000)}
        </p>
        <p className={away ? 'override-away' : 'muted'} aria-live="polite">
          {away
            ? 'You left the window: the wait starts again when you are back.'
            : 'Leaving the window starts the wait again.'}
        </p>
        <button type="button" className="button" onClick={() => void cancelOverride()}>
          Cancel the request
        </button>
      </section>
    );
  }

  if (!allowance.available) {
    return (
      <section className="override" aria-labelledby="override-heading">
        <h3 id="override-heading">More time</h3>
        <p className="muted">
          {allowance.perDay === 0
            ? 'Your settings allow no overrides.'
            : `Today’s override${allowance.perDay === 1 ? ' is' : 's are'} used: the deck opens at the next reset.`}
        </p>
      </section>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAsking(true);
    void requestOverride(reason).finally(() => setAsking(false));
  };
  const left = allowance.perDay - allowance.usedToday;
  return (
    <section className="override" aria-labelledby="override-heading">
      <h3 id="override-heading">More time</h3>
      <form className="override-form" onSubmit={submit}>
        <label htmlFor="override-reason">Why do you need more time?</label>
        <textarea
          id="override-reason"
          rows={2}
          maxLength={280}
          value={reason}
          aria-describedby="override-terms"
          onChange={(e) => setReason(e.target.value)}
        />
        <p id="override-terms" className="form-hint">
          After {WAIT_WORDS} on this window you get {allowance.minutes} minutes, taken from
          tomorrow’s budget ({left} of {allowance.perDay} left today).
        </p>
        {flow.state === 'refused' && flow.message && (
          <p className="override-refused">{flow.message}</p>
        )}
        <button type="submit" className="button" disabled={asking}>
          Ask for more time
        </button>
      </form>
    </section>
  );
}
