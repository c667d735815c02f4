import { activityTotals, minutesWords } from '../../lib/timebox-words';
import { useStore } from '../../store';
import { selectAccounts } from '../../store/selectors';
import { useModalDialog } from '../use-modal-dialog';
import { INBOX_SESSION_PURPOSE } from '../../../../shared/inbox/session-purpose';
import { InboxSessionSummary } from '../inbox/InboxSessionSummary';

/** The end of a focus session: how long it really took, and what it brought, per account. */
export function SessionSummaryDialog() {
  const summary = useStore((s) => s.sessionSummary);
  const dismiss = useStore((s) => s.dismissSessionSummary);
  const accounts = useStore(selectAccounts);
  const ref = useModalDialog(summary !== null);
  const rows = summary ? Object.entries(summary.accounts) : [];
  const totals = summary ? activityTotals(summary.accounts) : null;
  const handle = (id: string) => {
    const a = accounts.find((x) => x.id === id);
    return a ? `@${a.username}` : 'An account no longer signed in';
  };
  return (
    <dialog
      ref={ref}
      className="session-dialog"
      aria-labelledby="session-summary-heading"
      onClose={() => useStore.getState().sessionSummary && dismiss()}
    >
      {summary && totals && (
        <>
          <div className="composer-head">
            <h2 id="session-summary-heading">Focus session over: {summary.purpose}</h2>
            <button type="button" className="button" autoFocus onClick={dismiss}>
              Close
            </button>
          </div>
          <p>
            {summary.endedEarly
              ? `Ended early, after ${minutesWords(summary.elapsedSeconds)} of ${minutesWords(summary.lengthSeconds)}.`
              : `${minutesWords(summary.lengthSeconds)}, run to the end.`}{' '}
            <strong>{minutesWords(summary.activeSeconds)} active</strong> on X.
          </p>
          <table className="summary-table">
            <caption className="visually-hidden">What the session brought, per account</caption>
            <thead>
              <tr>
                <th scope="col">Account</th>
                <th scope="col">Posts seen</th>
                <th scope="col">Replies sent</th>
                <th scope="col">Posts sent</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([id, a]) => (
                <tr key={id}>
                  <th scope="row">{handle(id)}</th>
                  <td>{a.postsSeen}</td>
                  <td>{a.repliesSent}</td>
                  <td>{a.postsSent}</td>
                </tr>
              ))}
              {rows.length === 0 && (
                <tr>
                  <td colSpan={4} className="muted">
                    No posts seen or sent during the session.
                  </td>
                </tr>
              )}
            </tbody>
            {rows.length > 1 && (
              <tfoot>
                <tr>
                  <th scope="row">All accounts</th>
                  <td>{totals.postsSeen}</td>
                  <td>{totals.repliesSent}</td>
                  <td>{totals.postsSent}</td>
                </tr>
              </tfoot>
            )}
          </table>
          {summary.purpose === INBOX_SESSION_PURPOSE && (
            <InboxSessionSummary since={summary.startedAt} />
          )}
        </>
      )}
    </dialog>
  );
}
