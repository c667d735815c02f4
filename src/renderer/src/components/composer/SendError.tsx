import type { AppError } from '../../../../shared/errors';
import { describeXError } from '../../../../shared/x/error-words';
import { useNow } from '../../hooks/use-now';

/** Why the post was not sent, in plain words, with X's way out where it has one. */
export function SendError({
  error,
  onReplyOnX,
}: {
  error: AppError;
  /** Offered when X refused a reply the author did not summon. */
  onReplyOnX: (() => void) | null;
}) {
  const now = useNow(1000);
  const text = error.kind === 'x' && error.x ? describeXError(error.x, now) : error.message;
  return (
    <div className="send-error" role="alert">
      <p>{text} Your text is kept.</p>
      {error.x?.kind === 'not_summoned' && onReplyOnX && (
        <button type="button" className="button" onClick={onReplyOnX}>
          Reply on x.com instead
        </button>
      )}
    </div>
  );
}
