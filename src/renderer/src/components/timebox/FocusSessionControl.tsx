import { useShallow } from 'zustand/react/shallow';
import { countdown } from '../../lib/timebox-words';
import { useStore } from '../../store';

/**
 * The header's focus session: a button to start one, or its countdown and purpose with pause,
 * resume and end. The countdown is main's (pushed every second); WindowTitle carries it too.
 */
export function FocusSessionControl() {
  const session = useStore((s) => s.timebox?.status.focusSession ?? null);
  const enabled = useStore((s) => s.timebox?.status.enabled ?? false);
  const actions = useStore(
    useShallow((s) => ({
      open: s.setStartSessionOpen,
      pause: s.pauseFocusSession,
      resume: s.resumeFocusSession,
      end: s.endFocusSession,
    })),
  );

  if (!session || session.state === 'finished') {
    return (
      <button
        type="button"
        className="button"
        disabled={!enabled}
        onClick={() => actions.open(true)}
      >
        Focus session
      </button>
    );
  }
  const paused = session.state === 'paused';
  return (
    <div
      className={`focus-session${paused ? ' paused' : ''}`}
      role="group"
      aria-label={`Focus session: ${session.purpose}`}
    >
      <span className="focus-session-time" role="timer" aria-label="Focus session time left">
        {countdown(session.remainingSeconds)}
      </span>
      <span className="focus-session-purpose" title={session.purpose}>
        {paused ? `Paused · ${session.purpose}` : session.purpose}
      </span>
      {paused ? (
        <button type="button" className="button small" onClick={() => void actions.resume()}>
          Resume session
        </button>
      ) : (
        <button type="button" className="button small" onClick={() => void actions.pause()}>
          Pause session
        </button>
      )}
      <button type="button" className="button small" onClick={() => void actions.end()}>
        End session
      </button>
    </div>
  );
}
