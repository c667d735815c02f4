import { useStore } from '../store';
import { monthWords, spendSummary } from '../lib/spend-words';

/** "API spend today: $0.42 · 84 posts read", with the month and its cap on hover. */
export function SpendSummary() {
  const spend = useStore((s) => s.spend);
  if (!spend) return null;
  return (
    <span
      className={`spend-summary${spend.capReached ? ' cap-reached' : ''}`}
      title={`${monthWords(spend)} (X bills by UTC day)`}
    >
      {spendSummary(spend)}
      {spend.capReached && ' · monthly cap reached'}
    </span>
  );
}
