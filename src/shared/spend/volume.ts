import type { CountBucket, VolumeCounts } from './volume-schema';
import { DEFAULT_PRICES, type PriceTable } from '../x/prices';

/**
 * What a search column will cost, from X's count of the posts its query matched over the last
 * seven days (GET /2/tweets/counts/recent, granularity=day).
 *
 * The estimate, and why the interval hardly matters:
 * - X bills a read per post returned, once per developer app and UTC day (docs: Pricing,
 *   Deduplication), and a column polls with since_id, so each matching post is returned — and
 *   billed — once, on the first poll after it appears. An empty poll returns no post and costs
 *   nothing. So posts read a day ≈ posts matched a day, at the post-read price.
 * - The interval enters only as a ceiling: a poll reads at most `maxPostsPerPoll` (pages × page
 *   size), so a column polled rarely for a very busy query reads at most
 *   polls a day × maxPostsPerPoll and misses the rest (which then costs nothing either).
 * - A month is 30 days of that. Authors (user reads) are not billed for a column's pages, and
 *   posts another column already read that day are free: the estimate is an upper bound of the
 *   reads, not a floor.
 */

export interface VolumeEstimate {
  weekTotal: number;
  /** Matched posts a day, over the window the buckets cover. */
  perDay: number;
  /** Posts the column would read a day at its interval (≤ perDay). */
  readsPerDay: number;
  dollarsPerDay: number;
  dollarsPerMonth: number;
}

const DAY_MS = 86_400_000;
export const MONTH_DAYS = 30;

/** Days the buckets cover (7 for X's default window), never less than one. */
export function windowDays(buckets: readonly CountBucket[]): number {
  if (buckets.length === 0) return 7;
  const start = Math.min(...buckets.map((b) => Date.parse(b.start)));
  const end = Math.max(...buckets.map((b) => Date.parse(b.end)));
  const days = (end - start) / DAY_MS;
  return Number.isFinite(days) && days >= 1 ? days : 1;
}

export function estimateVolume(
  counts: Pick<VolumeCounts, 'total' | 'buckets' | 'maxPostsPerPoll'>,
  intervalMs: number,
  prices: PriceTable = DEFAULT_PRICES,
): VolumeEstimate {
  const perDay = counts.total / windowDays(counts.buckets);
  const pollsPerDay = Number.isFinite(intervalMs) && intervalMs > 0 ? DAY_MS / intervalMs : 0;
  const readsPerDay = Math.min(perDay, pollsPerDay * counts.maxPostsPerPoll);
  const dollarsPerDay = readsPerDay * prices.postRead;
  return {
    weekTotal: counts.total,
    perDay,
    readsPerDay,
    dollarsPerDay,
    dollarsPerMonth: dollarsPerDay * MONTH_DAYS,
  };
}

const whole = (n: number) => Math.round(n).toLocaleString('en-US');
const money = (x: number) =>
  x >= 10 ? `$${Math.round(x).toLocaleString('en-US')}` : `$${x.toFixed(2)}`;

/** "About 1,240 posts matched last week (≈ 177 a day). At this column's interval …" */
export function volumeWords(e: VolumeEstimate): string {
  const matched = `About ${whole(e.weekTotal)} ${e.weekTotal === 1 ? 'post' : 'posts'} matched last week (≈ ${whole(e.perDay)} a day).`;
  const capped =
    e.readsPerDay < e.perDay
      ? ` At this column's interval it reads at most ≈ ${whole(e.readsPerDay)} a day.`
      : '';
  return `${matched}${capped} At this column's interval that is ≈ ${money(e.dollarsPerDay)} a day, ${money(e.dollarsPerMonth)} a month.`;
}
