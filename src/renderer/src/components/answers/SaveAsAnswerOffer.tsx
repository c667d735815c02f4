import { useStore } from '../../store';

/**
 * After a reply goes out (from here, or to x.com), one click keeps it as an answer: the text
 * with the customer's name, handle, product and link turned back into variables, to check.
 */
export function SaveAsAnswerOffer() {
  const sent = useStore((s) => s.sentReply);
  const save = useStore((s) => s.saveSentReplyAsAnswer);
  const dismiss = useStore((s) => s.noteSentReply);
  return (
    <div className="toast-region save-answer-region" role="status" aria-live="polite">
      {sent && (
        <div className="toast">
          <span>Reply sent.</span>
          <button type="button" className="button small" onClick={() => void save()}>
            Save as answer
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss"
            onClick={() => dismiss(null)}
          >
            ✕
          </button>
        </div>
      )}
    </div>
  );
}
