import { useStore } from '../store';
import { monthWords, spendSummary, spendToday, formatDollars } from '../lib/spend-words';

/** "$0.42 today", with the posts read, the month and its cap on hover and for screen readers. */
export function SpendSummary() {
  const spend = useStore((s) => s.spend);
  if (!spend) return null;
  const full = `${spendSummary(spend)}; ${monthWords(spend)} (X bills by UTC day)`;
  return (
    <span
      className={`spend-summary${spend.capReached ? ' cap-reached' : ''}`}
      title={full}
      aria-label={spend.capReached ? `${full}; monthly cap reached` : full}
      role="note"
    >
      {formatDollars(spendToday(spend).dollars)} today
      {spend.capReached && ' · cap reached'}
    </span>
  );
}
