import type { AppError } from '../../../../shared/errors';
import { describeXError } from '../../../../shared/x/error-words';
import { useNow } from '../../hooks/use-now';
import { sendingAgainWords } from '../../lib/send-retry';

/**
 * Why the post was not sent, in plain words, with X's way out where it has one. A failure that
 * is being retried says when ("Sending again in 20 s…"); any other says "Not sent" and offers
 * Retry, so nothing promises a retry that will not happen.
 */
export function SendError({
  error,
  retryAt,
  onRetry,
  onReplyOnX,
}: {
  error: AppError;
  /** When the post is sent again by itself, or null. */
  retryAt: number | null;
  onRetry(): void;
  /** Offered when X refused a reply the author did not summon. */
  onReplyOnX: (() => void) | null;
}) {
  const now = useNow(1000);
  const text =
    error.kind === 'x' && error.x
      ? error.x.kind === 'unavailable'
        ? 'X is not answering right now.'
        : describeXError(error.x, now)
      : error.message;
  return (
    <div className="send-error" role="alert">
      {retryAt !== null ? (
        <>
          <p>{text} Your text is kept.</p>
          <p className="send-retry" role="status">
            {sendingAgainWords(retryAt, now)}
          </p>
        </>
      ) : (
        <>
          <p>
            <strong>Not sent.</strong> {text} Your text is kept.
          </p>
          <button type="button" className="button" onClick={onRetry}>
            Retry
          </button>
        </>
      )}
      {error.x?.kind === 'not_summoned' && onReplyOnX && (
        <button type="button" className="button" onClick={onReplyOnX}>
          Reply on x.com instead
        </button>
      )}
    </div>
  );
}
