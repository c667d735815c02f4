import type { PendingChange } from '../../../../shared/timebox/status';
import { instantWords, pendingChangeWords } from '../../lib/timebox-words';
import { useStore } from '../../store';
import { selectDecks } from '../../store/selectors';

/** Looser settings wait for the next reset: each one, from what to what, and when. */
export function PendingChanges({
  pending,
  nextResetAt,
  timeZone,
}: {
  pending: readonly PendingChange[];
  nextResetAt: number;
  timeZone?: string;
}) {
  const decks = useStore(selectDecks);
  if (pending.length === 0) return null;
  const deckName = (id: string) => decks.find((d) => d.id === id)?.name ?? id;
  return (
    <section className="pending-changes" aria-labelledby="pending-heading">
      <h4 id="pending-heading">Waiting for the reset on {instantWords(nextResetAt, timeZone)}</h4>
      <ul>
        {pending.map((change) => {
          const w = pendingChangeWords(change, deckName);
          return (
            <li key={change.field}>
              {w.setting}: {w.from} → <strong>{w.to}</strong>
            </li>
          );
        })}
      </ul>
      <p className="form-hint">
        Looser settings take effect at the next reset, so that a weak moment does not buy time
        today.
      </p>
    </section>
  );
}
