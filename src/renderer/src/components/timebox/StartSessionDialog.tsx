import { useState, type FormEvent } from 'react';
import { INBOX_SESSION_PURPOSE } from '../../../../shared/inbox/session-purpose';
import { useStore } from '../../store';
import { useModalDialog } from '../use-modal-dialog';

/** The contract's bounds for a session's length (main refuses anything else, with its reason). */
const MIN_MINUTES = 5;
const MAX_MINUTES = 60;
const USUAL_MINUTES = 25;

/** Starting a focus session: what it is for, and how long (no more than what is left today). */
export function StartSessionDialog() {
  const open = useStore((s) => s.startSessionOpen);
  const ref = useModalDialog(open);
  const setOpen = useStore((s) => s.setStartSessionOpen);
  return (
    <dialog
      ref={ref}
      className="session-dialog"
      aria-labelledby="start-session-heading"
      onClose={() => useStore.getState().startSessionOpen && setOpen(false)}
    >
      {open && <StartSessionForm onCancel={() => setOpen(false)} />}
    </dialog>
  );
}

function StartSessionForm({ onCancel }: { onCancel(): void }) {
  const remaining = useStore((s) => s.timebox?.status.total.remainingSeconds ?? 0);
  const start = useStore((s) => s.startFocusSession);
  const most = Math.min(MAX_MINUTES, Math.floor(remaining / 60));
  const [purpose, setPurpose] = useState('');
  const [minutes, setMinutes] = useState(() =>
    String(Math.max(MIN_MINUTES, Math.min(USUAL_MINUTES, most))),
  );
  const error = useStore((s) => s.startSessionError);
  const tooLittle = most < MIN_MINUTES;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void start(purpose, Number(minutes));
  };

  return (
    <form className="session-form" onSubmit={submit}>
      <div className="composer-head">
        <h2 id="start-session-heading">Start a focus session</h2>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <label htmlFor="session-purpose">What is it for?</label>
      <input
        id="session-purpose"
        autoFocus
        maxLength={100}
        placeholder="answer support"
        value={purpose}
        onChange={(e) => setPurpose(e.target.value)}
      />
      <button
        type="button"
        className="button small"
        aria-pressed={purpose === INBOX_SESSION_PURPOSE}
        onClick={() => setPurpose(INBOX_SESSION_PURPOSE)}
      >
        {INBOX_SESSION_PURPOSE}
      </button>
      <label htmlFor="session-minutes">Minutes</label>
      <input
        id="session-minutes"
        type="number"
        className="short"
        min={MIN_MINUTES}
        max={Math.max(MIN_MINUTES, most)}
        step={1}
        value={minutes}
        aria-describedby="session-minutes-hint"
        onChange={(e) => setMinutes(e.target.value)}
      />
      <p id="session-minutes-hint" className="form-hint">
        {tooLittle
          ? `Less than ${MIN_MINUTES} minutes are left today: too little for a session.`
          : `${MIN_MINUTES} to ${most} minutes (what is left today).`}
      </p>
      {error && (
        <p className="session-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-buttons">
        <button type="submit" className="button primary" disabled={tooLittle}>
          Start session
        </button>
      </div>
    </form>
  );
}
