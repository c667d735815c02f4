import { useStore } from '../../store';

/**
 * Main's 5- and 1-minute warnings (the desktop notification is main's too). Rendered only while
 * there is one, so that the alert is announced when it appears.
 */
export function WarningBanner() {
  const warning = useStore((s) => s.timeWarning);
  const dismiss = useStore((s) => s.dismissWarning);
  if (!warning) return null;
  return (
    <div className={`time-warning level-${warning.level}`} role="alert">
      <span className="time-warning-text">{warning.message}</span>
      <button type="button" className="button" onClick={dismiss}>
        Dismiss warning
      </button>
    </div>
  );
}
