import { useNow } from '../../hooks/use-now';
import { clockTime, describeColumnStatus } from '../../lib/column-status-words';
import { useStore } from '../../store';

/**
 * The column's state in plain words, with its way out (sign in again, open the settings) and
 * today's reads. Counts down once a second, re-rendering only itself.
 */
/** "84 reads today": what the column cost today, in posts X billed. */
export function ColumnReads({ columnId }: { columnId: string }) {
  const reads = useStore((s) => s.columnStatuses[columnId]?.readsToday ?? 0);
  return (
    <span className="column-reads">
      {reads} read{reads === 1 ? '' : 's'} today
    </span>
  );
}

export function ColumnStatusLine({
  columnId,
  onOpenSettings,
}: {
  columnId: string;
  onOpenSettings(): void;
}) {
  const status = useStore((s) => s.columnStatuses[columnId]);
  const signIn = useStore((s) => s.signIn);
  const accountId = useStore(
    (s) =>
      s.layout?.decks.flatMap((d) => d.columns).find((c) => c.id === columnId)?.accountId ?? null,
  );
  const counting = status?.until !== undefined || status?.state === 'ok';
  const now = useNow(counting ? 1000 : 60_000);
  const words = describeColumnStatus(status, now, (ms) => clockTime(ms));
  return (
    <div className={`column-status tone-${words.tone}`}>
      <span className="visually-hidden" role="status">
        {words.announce}
      </span>
      <span className="column-status-text" aria-hidden="true">
        {words.busy && <span className="spinner" aria-hidden="true" />}
        {words.text}
      </span>
      {words.detail && <span className="column-status-detail">X said: {words.detail}</span>}
      {words.action === 'sign-in' && (
        <button
          type="button"
          className="button small"
          onClick={() => void signIn(accountId ?? undefined)}
        >
          Sign in again
        </button>
      )}
      {words.action === 'settings' && (
        <button type="button" className="button small" onClick={onOpenSettings}>
          Open settings
        </button>
      )}
    </div>
  );
}
