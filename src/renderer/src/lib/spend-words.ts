import type { SpendView } from '../../../shared/columns/content';

/** Dollars as the header shows them: "$0.42"; a spend under a cent is not shown as nothing. */
export function formatDollars(dollars: number): string {
  if (dollars > 0 && dollars < 0.01) return '<$0.01';
  return `$${dollars.toFixed(2)}`;
}

export interface SpendToday {
  dollars: number;
  postsRead: number;
}

/** Today's spend over every account. */
export function spendToday(spend: SpendView): SpendToday {
  return spend.accounts.reduce(
    (sum, a) => ({ dollars: sum.dollars + a.dollars, postsRead: sum.postsRead + a.postsRead }),
    { dollars: 0, postsRead: 0 },
  );
}

/** "API spend today: $0.42 · 84 posts read" */
export function spendSummary(spend: SpendView): string {
  const today = spendToday(spend);
  const posts = `${today.postsRead} post${today.postsRead === 1 ? '' : 's'} read`;
  return `API spend today: ${formatDollars(today.dollars)} · ${posts}`;
}

/** The month so far against the cap: "$3.10 of $20.00 this month". */
export function monthWords(spend: SpendView): string {
  const spent = formatDollars(spend.monthToDateDollars);
  return spend.monthlyCapDollars === null
    ? `${spent} this month, no cap`
    : `${spent} of ${formatDollars(spend.monthlyCapDollars)} this month`;
}

/** A column header's tooltip: "Cost today ≈ $0.12 · 7-day average ≈ $0.09 a day". */
export function columnCostWords(c: SpendView['columns'][number], readsToday?: number): string {
  const today = readsToday === undefined ? c.todayDollars : readsToday * c.pricePerRead;
  return `Cost today ≈ ${formatDollars(today)} · 7-day average ≈ ${formatDollars(c.averageDollars)} a day`;
}
