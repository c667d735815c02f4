import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../store';

/** Main's notices (a recovered store, ...) and every request main refused, until dismissed. */
export function Messages() {
  const { notices, errors, dismissNotice, dismissError } = useStore(
    useShallow((s) => ({
      notices: s.notices,
      errors: s.errors,
      dismissNotice: s.dismissNotice,
      dismissError: s.dismissError,
    })),
  );
  return (
    <div className="messages">
      <div role="status" aria-live="polite">
        {notices.map((n) => (
          <div key={n.id} className={`message ${n.level}`}>
            <span>{n.message}</span>
            <button type="button" className="button" onClick={() => void dismissNotice(n.id)}>
              Dismiss
            </button>
          </div>
        ))}
      </div>
      <div role="alert" aria-live="assertive">
        {errors.map((e) => (
          <div key={e.id} className="message error" data-kind={e.kind}>
            <span>{e.message}</span>
            <button type="button" className="button" onClick={() => dismissError(e.id)}>
              Dismiss
            </button>
          </div>
        ))}
      </div>
    </div>
  );
}
